export const HIGHLIGHT_MENU_ID = 'statement-lens-highlight';

/** The browser APIs the menu needs (wxt's fake browser has no context menus; tests add a stand-in for them). */
export interface HighlightMenuBrowser {
  runtime: { onInstalled: { addListener(callback: () => void): void } };
  contextMenus: {
    create(properties: { id: string; title: string; contexts: ['selection'] }): unknown;
    onClicked: { addListener(callback: (info: { menuItemId: string | number }, tab?: { id?: number }) => void): void };
  };
}

/**
 * "Highlight with Statement Lens" in the context menu of a selection. Created at install (the browser keeps
 * menus across worker restarts), in the browser's language; a click asks the tab for its selection. The keyboard
 * shortcut is the content script's own.
 */
export function registerHighlightMenu(browser: HighlightMenuBrowser, title: () => string, highlightIn: (tabId: number) => Promise<void>): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: HIGHLIGHT_MENU_ID, title: title(), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === HIGHLIGHT_MENU_ID && tab?.id !== undefined) void highlightIn(tab.id).catch(() => undefined);
  });
}
