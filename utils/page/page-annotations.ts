import { isOrphan } from '../anchor/anchor-text';
import { describeRange } from '../anchor/describe';
import { PageHighlighter, type HighlightStyle } from '../anchor/highlights';
import { watchAnchors, type AnchorUpdate, type LiveAnchors } from '../anchor/live-anchors';
import type { TextModel } from '../anchor/text-model';
import type { RequestOf } from '../messages';
import type { TextAnchor } from '../schemas';
import { PageOverlay } from './page-overlay';
import { changedLength } from './text-change';

export type PaintList = RequestOf<'paintHighlights'>;

export interface PageAnnotationsEvents {
  /** A highlight was clicked: the id of the quote or note under the pointer. */
  onActivate: (id: string) => void;
  /** The user asked to highlight the current selection through the button next to it. */
  onHighlightSelection: (anchor: TextAnchor) => void;
  /** Which notes are orphans changed after the page changed under them. */
  onOrphansChanged: (orphanNoteIds: string[]) => void;
  /**
   * The page's text changed noticeably: it grew (a live blog, infinite scroll, a late article body) or was
   * replaced (a single-page site rendering the next article in place).
   */
  onTextChanged: () => void;
  buttonLabel: string;
  /** The page's text model, shared with the snapshot (see TextModelCache). */
  modelOf?: (root: Node) => TextModel;
}

const QUOTE = 'q:';
const CLAIM = 'c:';
const NOTE = 'n:';
const PALETTE_SIZE = 8;
/** About a sentence: less is an edit or a counter ticking, more is new content worth extracting again. */
const TEXT_CHANGE_CHARS = 80;

/**
 * Everything Statement Lens draws on a page: quotes in their speaker's colour, claims underlined, the user's
 * highlights, and the flash where a click in the panel led. Anchors follow the page as it changes (one
 * debounced observer), and everything is removed when `signal` aborts (the extension was reloaded or removed).
 */
export class PageAnnotations {
  private readonly highlighter: PageHighlighter;
  private readonly anchors: LiveAnchors;
  private readonly overlay: PageOverlay;
  private labels = new Map<string, string>();
  private styles = new Map<string, HighlightStyle>();
  private orphanKey = '';
  private text: string;

  constructor(
    private readonly doc: Document,
    signal: AbortSignal,
    private readonly events: PageAnnotationsEvents,
  ) {
    this.highlighter = new PageHighlighter(doc);
    this.overlay = new PageOverlay(doc, signal, {
      hitTest: (x, y) => this.hitTest(x, y),
      onActivate: (id) => events.onActivate(id),
      buttonLabel: events.buttonLabel,
      onHighlightSelection: () => {
        const anchor = this.describeSelection();
        if (anchor) events.onHighlightSelection(anchor);
      },
    });
    this.anchors = watchAnchors({
      root: doc.body,
      signal,
      ignore: (node) => this.highlighter.ownsNode(node) || this.overlay.owns(node),
      onUpdate: (update) => this.redraw(update),
      modelOf: events.modelOf,
    });
    signal.addEventListener('abort', () => this.highlighter.dispose(), { once: true });
    this.text = this.anchors.model.text;
  }

  /** Replaces what is drawn. Returns the notes and quotes whose text is not on the page (never drawn elsewhere). */
  paint(list: PaintList): { orphanNoteIds: string[]; missingQuoteIds: string[] } {
    for (const id of [...this.labels.keys()]) this.anchors.delete(id);
    this.highlighter.clear();
    this.labels = new Map();
    this.styles = new Map();
    const add = (id: string, anchor: TextAnchor, style: HighlightStyle, label: string) => {
      this.labels.set(id, label);
      this.styles.set(id, style);
      const entry = this.anchors.set(id, anchor);
      if (entry.range) this.highlighter.set(id, [entry.range], style);
      return entry.range !== null;
    };
    const missingQuoteIds = list.quotes
      .filter((q) => !add(QUOTE + q.id, q.anchor, `speaker-${(q.colour % PALETTE_SIZE) as 0}`, q.label))
      .map((q) => q.id);
    for (const c of list.claims) add(CLAIM + c.id, c.anchor, 'claim', c.label);
    const orphanNoteIds = list.notes.filter((n) => !add(NOTE + n.id, n.anchor, 'note', n.label)).map((n) => n.id);
    this.orphanKey = orphanNoteIds.join(',');
    return { orphanNoteIds, missingQuoteIds };
  }

  /** Scrolls to an anchor's text and flashes it; false when the text is no longer on the page. */
  reveal(anchor: TextAnchor): boolean {
    const entry = this.anchors.set('reveal', anchor);
    this.anchors.delete('reveal');
    if (!entry.range) return false;
    const element = entry.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.highlighter.flash(entry.range);
    return true;
  }

  /** The user's current selection as a W3C anchor, or null when nothing (or only white space) is selected. */
  describeSelection(): TextAnchor | null {
    const selection = this.doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (!this.doc.body.contains(range.commonAncestorContainer) || this.overlay.owns(range.commonAncestorContainer)) return null;
    try {
      return describeRange(this.anchors.model, range);
    } catch {
      return null;
    }
  }

  private hitTest(x: number, y: number): { id: string; label: string } | null {
    const id = this.highlighter.hitTest(x, y);
    if (!id) return null;
    const outward = id.startsWith(CLAIM) || id.startsWith(QUOTE) || id.startsWith(NOTE) ? id.slice(2) : id;
    return { id: outward, label: this.labels.get(id) ?? '' };
  }

  private redraw(update: AnchorUpdate): void {
    const orphans: string[] = [];
    for (const [id, entry] of update.anchors) {
      const style = this.styles.get(id);
      if (!style) continue;
      if (entry.range) this.highlighter.set(id, [entry.range], style);
      else this.highlighter.remove(id);
      if (id.startsWith(NOTE) && isOrphan(entry.result)) orphans.push(id.slice(NOTE.length));
    }
    this.highlighter.refresh();
    if (changedLength(this.text, update.model.text) >= TEXT_CHANGE_CHARS) {
      this.text = update.model.text;
      this.events.onTextChanged();
    }
    const key = orphans.join(',');
    if (key !== this.orphanKey) {
      this.orphanKey = key;
      this.events.onOrphansChanged(orphans);
    }
  }
}
