import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Configuration lives here, not in entrypoints: permissions are the least the product needs.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Statement Lens',
    description: 'Finds, highlights and annotates what officials say in the news.',
    // No "tabs" permission: the background learns a page's URL from the sender of its content script's message.
    permissions: ['sidePanel', 'alarms', 'contextMenus'],
    // The comment server's origin is asked for at sign-in, not at install (a user who never signs in grants nothing).
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Statement Lens' },
    // The annotator is loaded by the content script with import() on pages that may be articles; nothing else of
    // the extension is reachable from pages.
    web_accessible_resources: [{ resources: ['annotator.js'], matches: ['http://*/*', 'https://*/*'] }],
  },
});
