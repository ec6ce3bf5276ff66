import type { RequestOf, ResponseOf, TabState } from '../utils/messages';
import type { Note, TextAnchor } from '../utils/schemas';

/**
 * What the panel's connected view needs from the browser. The side panel entrypoint implements it with real
 * messaging; component tests pass an in-memory one.
 */
export interface PanelClient {
  getTabState(tabId: number): Promise<TabState>;
  listNotes(url: string): Promise<Note[]>;
  saveNote(request: RequestOf<'saveNote'>): Promise<Note>;
  deleteNote(id: string): Promise<boolean>;
  /** Puts a deleted note back exactly as it was (undo). */
  restoreNote(note: Note): Promise<void>;
  reveal(tabId: number, anchor: TextAnchor): Promise<boolean>;
  listComments(tabId: number): Promise<ResponseOf<'listComments'>>;
  postComment(tabId: number, anchor: TextAnchor, text: string): Promise<void>;
  retryComments(): Promise<void>;
  /** The annotation bundle of the tab's page and its notes (utils/export's format, unvalidated here). */
  exportPage(tabId: number): Promise<unknown>;
  openOptions(): void;
  /** Calls back when the background says a tab changed; returns the unsubscribe function. */
  onTabChanged(listener: (tabId: number) => void): () => void;
  /** Calls back when the user clicks a highlight in a tab's page (the id of a quote, claim or note). */
  onFocusItem(listener: (tabId: number, id: string) => void): () => void;
}
