import { parseResponse, type Message, type RequestType, type ResponseOf } from '../../utils/messages';
import type { LibraryClient } from './library-client';

/** Delivers a message to the background and resolves with its raw answer (browser.runtime.sendMessage). */
export type SendMessage = (message: Message) => Promise<unknown>;

/**
 * The library client over the background's messages. The transport is passed in, so tests can wire it to a real
 * background over a real database without a browser.
 */
export function messageLibraryClient(
  send: SendMessage,
  download: LibraryClient['download'],
  newId: () => string = () => crypto.randomUUID(),
): LibraryClient {
  const ask = async <T extends RequestType>(message: Message & { type: T }): Promise<ResponseOf<T>> => parseResponse(message.type, await send(message));
  return {
    query: (query) => ask({ type: 'libraryQuery', ...query }),
    exportBundle: async (urls) => (await ask({ type: 'libraryExport', urls })).bundle,
    async importBundle(bundle, signal) {
      if (signal?.aborted) throw cancelled();
      const importId = newId();
      // The write runs in the background: Cancel has to travel there as a message of its own.
      const cancel = () => void send({ type: 'libraryImportCancel', importId }).catch(() => undefined);
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        const answer = await ask({ type: 'libraryImport', bundle, importId });
        if ('cancelled' in answer) throw cancelled();
        return answer;
      } finally {
        signal?.removeEventListener('abort', cancel);
      }
    },
    openAt: async (url, anchor) => void (await ask({ type: 'openAt', url, anchor })),
    download,
  };
}

function cancelled(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError');
}
