import type { PanelClient } from '../../components/panel-client';

/**
 * A panel client for component tests: the tab's state comes from the test, and every other call answers as a
 * signed-out browser with nothing stored would. A test overrides the calls its behaviour depends on.
 */
export function stubPanelClient(getTabState: PanelClient['getTabState'], overrides: Partial<PanelClient> = {}): PanelClient {
  return {
    getTabState,
    listNotes: async () => [],
    saveNote: async () => Promise.reject(new Error('not in this test')),
    deleteNote: async () => false,
    restoreNote: async () => undefined,
    reveal: async () => true,
    listComments: async () => ({ signedIn: false, comments: [], outbox: [], error: null }),
    postComment: async () => undefined,
    retryComments: async () => undefined,
    exportPage: async () => ({}),
    openOptions: () => undefined,
    onTabChanged: () => () => undefined,
    onFocusItem: () => () => undefined,
    ...overrides,
  };
}
