/**
 * Element lookups by tag name where a selector query would do: linkedom (the CLI, the evaluation, the bench)
 * compiles a selector on every call, which cost more than the rest of the snapshot, while browsers answer both
 * alike.
 */

export function firstByTag(root: Document | Element, tag: string, test?: (el: Element) => boolean): Element | null {
  const list = root.getElementsByTagName(tag);
  for (let i = 0; i < list.length; i++) {
    const el = list[i]!;
    if (!test || test(el)) return el;
  }
  return null;
}
