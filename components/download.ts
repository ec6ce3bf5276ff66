/** Saves text as a file through the browser's download of a Blob URL (no "downloads" permission needed). */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; keep it a moment for browsers that read it lazily.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `statement-lens-news-example-kz-2026-11-25.csv`: the site and the day, in characters every file system takes. */
export function exportFileName(pageUrl: string, extension: string, now: Date): string {
  let site = 'page';
  try {
    site = new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    // an unusual URL still exports, under a plain name
  }
  const slug = site.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'page';
  return `statement-lens-${slug}-${now.toISOString().slice(0, 10)}.${extension}`;
}
