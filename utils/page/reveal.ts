import { buildTextModel, type TextModel } from '../anchor/text-model';
import type { TextAnchor } from '../schemas';

const FLASH = 'statement-lens-flash';
const FLASH_MS = 1600;

/** Finds an anchor's text in the page: its recorded position when the text there still matches, else the exact quote nearest to it. */
export function locate(model: TextModel, anchor: TextAnchor): [number, number] | null {
  const { exact } = anchor.quote;
  const { start, end } = anchor.position;
  if (model.text.slice(start, end) === exact) return [start, end];
  let best = -1;
  for (let at = model.text.indexOf(exact); at >= 0; at = model.text.indexOf(exact, at + 1)) {
    if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best >= 0 ? [best, best + exact.length] : null;
}

/** Scrolls a piece of page text into view and flashes it. Returns false when the text is not on the page. */
export function revealAnchor(doc: Document, anchor: TextAnchor): boolean {
  const model = buildTextModel(doc.body);
  const found = locate(model, anchor);
  const range = found ? model.toRange(found[0], found[1]) : null;
  if (!range) return false;
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  flash(doc, range);
  return true;
}

function flash(doc: Document, range: Range): void {
  const win = doc.defaultView;
  const registry = win?.CSS && 'highlights' in win.CSS ? win.CSS.highlights : null;
  if (!registry || typeof win?.Highlight !== 'function') return;
  if (!doc.getElementById(FLASH)) {
    const style = doc.createElement('style');
    style.id = FLASH;
    style.textContent = `::highlight(${FLASH}) { background-color: #fde047; color: inherit; }`;
    (doc.head ?? doc.documentElement).append(style);
  }
  registry.set(FLASH, new win.Highlight(range));
  win.setTimeout(() => registry.delete(FLASH), FLASH_MS);
}
