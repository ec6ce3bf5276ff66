import type { TabState } from '../messages';

/**
 * What the background knows of each tab. Kept in memory: a restarted service worker loses it and asks the
 * tab's content script to send its snapshot again (cheaper and fresher than persisting extractions).
 */
export class TabStates {
  private readonly states = new Map<number, TabState>();

  get(tabId: number): TabState | undefined {
    return this.states.get(tabId);
  }

  all(): TabState[] {
    return [...this.states.values()];
  }

  set(state: TabState): void {
    this.states.set(state.tabId, state);
  }

  forget(tabId: number): void {
    this.states.delete(tabId);
  }
}
