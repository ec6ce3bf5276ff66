/**
 * An element's tag name in upper case, as `tagName.toUpperCase()` gives it, without a new string on each read.
 * linkedom (the CLI, the evaluation, the bench) upper-cases `tagName` afresh on every read, and each walk of a
 * page asks it of every element; `localName` is stored as parsed, in browsers and linkedom alike. One upper-case
 * string is kept per distinct name, up to a bound a page of invented tag names cannot grow past.
 */
const upperNames = new Map<string, string>();
const MAX_NAMES = 1_024;

export function tagOf(el: Element): string {
  const name = el.localName;
  let tag = upperNames.get(name);
  if (tag === undefined) {
    tag = name.toUpperCase();
    if (upperNames.size < MAX_NAMES) upperNames.set(name, tag);
  }
  return tag;
}
