import { browser } from 'wxt/browser';
import type { LibraryClient } from '@/components/library/library-client';
import { parseResponse, type Message, type RequestType, type ResponseOf } from '@/utils/messages';

async function ask<T extends RequestType>(message: Message & { type: T }): Promise<ResponseOf<T>> {
  return parseResponse(message.type, await browser.runtime.sendMessage(message));
}

export const browserLibraryClient: LibraryClient = {
  query: (query) => ask({ type: 'libraryQuery', ...query }),
  exportBundle: async (urls) => (await ask({ type: 'libraryExport', urls })).bundle,
  importBundle: (bundle) => ask({ type: 'libraryImport', bundle }),
  openAt: async (url, anchor) => void (await ask({ type: 'openAt', url, anchor })),
  download(filename, text, mimeType) {
    // A Blob URL and <a download> need no "downloads" permission; the URL is released once the click has started.
    const href = URL.createObjectURL(new Blob([text], { type: mimeType }));
    const link = document.createElement('a');
    link.href = href;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
  },
};
