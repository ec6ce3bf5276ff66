/**
 * How many characters changed between two versions of a page's text, at least: the span between their
 * common beginning and common end. A length difference alone misses text replaced by as much other text (a
 * single-page site swapping one article for the next); this counts it.
 */
export function changedLength(before: string, after: string): number {
  if (before === after) return 0;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return Math.max(before.length, after.length) - prefix - suffix;
}
