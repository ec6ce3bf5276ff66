import { buildTextModel, type TextModel } from './text-model';

/**
 * The text model of a live page, built again only when the text under its root has changed. The snapshot for
 * extraction and the highlights drawn from it a moment later count in the same model: on a 20 MB page each build
 * held the page's main thread for seconds, and building it twice for one unchanged page was half the stall.
 */
export class TextModelCache {
  private model: TextModel | null = null;
  private observer: MutationObserver | null = null;
  private changed = false;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => this.forget(), { once: true });
  }

  /** The model of `root` as it is now: the last one built when nothing under it has changed since. */
  of(root: Node): TextModel {
    // Records not yet delivered to the callback are mutations too: the page may have changed in this very task.
    if (this.observer && this.observer.takeRecords().length > 0) this.changed = true;
    // Without an observer (the extension is gone, or no MutationObserver) nothing vouches for a kept model.
    if (this.model && this.observer && this.model.root === root && !this.changed) return this.model;
    this.forget();
    this.model = buildTextModel(root);
    if (!this.signal.aborted && typeof MutationObserver === 'function') {
      this.observer = new MutationObserver(() => (this.changed = true));
      this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    }
    return this.model;
  }

  private forget(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.model = null;
    this.changed = false;
  }
}
