import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Configuration lives here, not in entrypoints: permissions are the least the product needs.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // What the browser itself shows (the store listing, the toolbar, the context menu, the selection button), in
  // the browser's language through _locales. The panel's own strings are utils/i18n/locales: the user picks
  // their language in the options, which browser.i18n cannot follow.
  i18n: { localesDir: fileURLToPath(new URL('./utils/i18n/browser', import.meta.url)) },
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No "tabs" permission: the background learns a page's URL from the sender of its content script's message.
    permissions: ['sidePanel', 'alarms', 'contextMenus'],
    // The comment server's origin is asked for at sign-in, not at install (a user who never signs in grants nothing).
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    // The annotator is loaded by the content script with import() on pages that may be articles; nothing else of
    // the extension is reachable from pages.
    web_accessible_resources: [{ resources: ['annotator.js'], matches: ['http://*/*', 'https://*/*'] }],
  },
});
