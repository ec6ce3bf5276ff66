import type { ResponseOf } from '../../utils/messages';
import type { ImportCounts, LibraryQuery } from '../../utils/protocol/library';
import type { TextAnchor } from '../../utils/schemas';

export type LibraryAnswer = ResponseOf<'libraryQuery'>;
export type { ImportCounts };

/**
 * What the library page needs from the browser. The entrypoint implements it with messages to the background;
 * component tests pass an in-memory one.
 */
export interface LibraryClient {
  query(query: LibraryQuery): Promise<LibraryAnswer>;
  /** The annotation bundle of these articles, or of everything for null (not yet validated: it crossed a boundary). */
  exportBundle(urls: string[] | null): Promise<unknown>;
  /** Merges a bundle in one transaction; aborting `signal` rolls it back and rejects with an AbortError. */
  importBundle(bundle: unknown, signal?: AbortSignal): Promise<ImportCounts>;
  /** Opens the article in a new tab and reveals the passage once the page has been read. */
  openAt(url: string, anchor: TextAnchor | null): Promise<void>;
  /** Hands a finished file to the browser's downloads. */
  download(filename: string, text: string, mimeType: string): void;
}
