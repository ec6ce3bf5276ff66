import type { TextAnchor } from '../schemas';
import { anchorAll, anchorText, isOrphan, type AnchorOptions, type AnchorResult } from './anchor-text';
import { buildTextModel, type TextModel } from './text-model';

/**
 * Keeps saved anchors attached while the page changes under them (comments loading, ads, live blogs, SPA
 * re-renders): one MutationObserver, debounced, re-builds the text model and re-anchors everything. It stops
 * for good when the signal aborts (the content script passes WXT's `ctx.signal`), so a reloaded or removed
 * extension leaves no observer or timer behind in the page.
 */

export interface LiveAnchor {
  id: string;
  anchor: TextAnchor;
  result: AnchorResult;
  /** A fresh DOM range for the current page, or null for an orphan. */
  range: Range | null;
}

export interface AnchorUpdate {
  model: TextModel;
  anchors: ReadonlyMap<string, LiveAnchor>;
  /** Ids whose span moved, appeared or became orphans since the previous update. */
  changed: readonly string[];
}

export interface LiveAnchorsOptions {
  /** The element whose text the anchors count in (document.body for notes made on the page). */
  root: Node;
  signal: AbortSignal;
  /** Called after every re-anchoring, with fresh ranges for all anchors (old ranges may point at removed nodes). */
  onUpdate: (update: AnchorUpdate) => void;
  /** Quiet time before re-anchoring, in ms (default 300): a burst of mutations costs one re-anchoring. */
  debounceMs?: number;
  /** Longest wait under a steady stream of mutations (default 2000): a ticking live blog still gets updates. */
  maxWaitMs?: number;
  /** Nodes whose mutations are ours and change no page text (PageHighlighter.ownsNode). */
  ignore?: (node: Node) => boolean;
  anchorOptions?: AnchorOptions;
  /** Builds the text model of `root` (default: anew each time; a TextModelCache reuses an unchanged one). */
  modelOf?: (root: Node) => TextModel;
}

const sameSpan = (a: AnchorResult | undefined, b: AnchorResult): boolean =>
  a !== undefined && (isOrphan(a) ? isOrphan(b) : !isOrphan(b) && a.start === b.start && a.end === b.end);

export class LiveAnchors {
  private current: TextModel;
  private readonly entries = new Map<string, LiveAnchor>();
  private readonly observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPending = 0;
  private dirty = false;
  private stopped = false;

  constructor(private readonly options: LiveAnchorsOptions) {
    this.current = (options.modelOf ?? buildTextModel)(options.root);
    if (options.signal.aborted) {
      this.stopped = true;
      return;
    }
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(options.root, { childList: true, subtree: true, characterData: true });
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /**
   * The text model of the page as it is now. Reading it flushes a pending re-anchoring (onUpdate runs first),
   * so a selection described right after the page changed counts in the same offsets as the anchors.
   */
  get model(): TextModel {
    if (!this.stopped) {
      const undelivered = this.observer?.takeRecords() ?? [];
      if (undelivered.some((r) => this.isPageMutation(r))) this.dirty = true;
      if (this.dirty) this.refresh();
    }
    return this.current;
  }

  get active(): boolean {
    return !this.stopped;
  }

  get(id: string): LiveAnchor | undefined {
    return this.entries.get(id);
  }

  /** Adds or replaces an anchor and anchors it now, in the current model. */
  set(id: string, anchor: TextAnchor): LiveAnchor {
    const result = anchorText(this.model, anchor, this.options.anchorOptions);
    const entry = { id, anchor, result, range: this.rangeFor(result) };
    if (!this.stopped) this.entries.set(id, entry);
    return entry;
  }

  delete(id: string): boolean {
    return this.entries.delete(id);
  }

  /** Re-builds the model and re-anchors everything now (what the debounced observer calls). */
  refresh(): void {
    if (this.stopped) return;
    this.cancelTimer();
    this.dirty = false;
    this.current = (this.options.modelOf ?? buildTextModel)(this.options.root);
    const list = [...this.entries.values()];
    const results = anchorAll(this.current, list.map((e) => e.anchor), this.options.anchorOptions);
    const changed: string[] = [];
    list.forEach((entry, i) => {
      const result = results[i]!;
      if (!sameSpan(entry.result, result)) changed.push(entry.id);
      this.entries.set(entry.id, { ...entry, result, range: this.rangeFor(result) });
    });
    this.options.onUpdate({ model: this.current, anchors: this.entries, changed });
  }

  private rangeFor(result: AnchorResult): Range | null {
    return isOrphan(result) ? null : this.current.toRange(result.start, result.end);
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped || !records.some((r) => this.isPageMutation(r))) return;
    this.dirty = true;
    const now = Date.now();
    if (this.timer === null) this.firstPending = now;
    this.cancelTimer();
    const debounce = this.options.debounceMs ?? 300;
    const overdue = this.firstPending + (this.options.maxWaitMs ?? 2000) - now;
    this.timer = setTimeout(() => this.refresh(), Math.max(0, Math.min(debounce, overdue)));
  }

  private isPageMutation(record: MutationRecord): boolean {
    const ignore = this.options.ignore;
    if (!ignore) return true;
    if (record.type === 'characterData') return !ignore(record.target);
    if (ignore(record.target)) return false;
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return nodes.length === 0 || nodes.some((n) => !ignore(n));
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private stop(): void {
    this.stopped = true;
    this.cancelTimer();
    this.observer?.disconnect();
    this.entries.clear();
  }
}

/** Starts watching: `watchAnchors({ root: document.body, signal: ctx.signal, onUpdate })`. */
export function watchAnchors(options: LiveAnchorsOptions): LiveAnchors {
  return new LiveAnchors(options);
}
