import { anchorText, isOrphan } from '../anchor/anchor-text';
import { buildTextModel } from '../anchor/text-model';
import type { TextAnchor } from '../schemas';

const FLASH = 'statement-lens-flash';
const FLASH_MS = 1600;

/** Scrolls a piece of page text into view and flashes it. Returns false when the text is no longer on the page. */
export function revealAnchor(doc: Document, anchor: TextAnchor): boolean {
  const model = buildTextModel(doc.body);
  const found = anchorText(model, anchor);
  if (isOrphan(found)) return false;
  const range = model.toRange(found.start, found.end);
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
