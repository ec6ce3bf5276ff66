import { browser } from 'wxt/browser';
import type { LibraryClient } from '@/components/library/library-client';
import { messageLibraryClient } from '@/components/library/message-client';

export const browserLibraryClient: LibraryClient = messageLibraryClient(
  (message) => browser.runtime.sendMessage(message),
  (filename, text, mimeType) => {
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
);
