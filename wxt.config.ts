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
    permissions: ['storage', 'sidePanel', 'tabs'],
    action: { default_title: 'Statement Lens' },
  },
});
