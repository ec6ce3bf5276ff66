/**
 * The little interface Statement Lens shows inside a page: a tooltip naming the speaker of the highlight under
 * the pointer, and a "Highlight" button next to a fresh selection. Both live in one closed shadow root, so the
 * page's styles cannot reach them and the page's scripts cannot read them; text goes in as textContent only.
 */

export interface PageOverlayHooks {
  hitTest: (x: number, y: number) => { id: string; label: string } | null;
  onActivate: (id: string) => void;
  onHighlightSelection: () => void;
  /** The selection button's label, in the user's language. */
  buttonLabel: string;
}

const STYLE = `
  :host { all: initial; }
  .tip, .button { position: fixed; z-index: 2147483647; font: 12px/1.3 system-ui, sans-serif; }
  .tip { pointer-events: none; background: #111827; color: #fff; padding: 3px 6px; border-radius: 4px; max-width: 320px; }
  .button { background: #1d4ed8; color: #fff; border: 0; border-radius: 4px; padding: 4px 8px; cursor: pointer; }
  .button:focus-visible { outline: 2px solid #f59e0b; }
  [hidden] { display: none; }
`;

export class PageOverlay {
  private readonly host: HTMLElement;
  private readonly tip: HTMLElement;
  private readonly button: HTMLButtonElement;
  private hoverFrame = 0;

  constructor(
    private readonly doc: Document,
    signal: AbortSignal,
    private readonly hooks: PageOverlayHooks,
  ) {
    this.host = doc.createElement('statement-lens-overlay');
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.tip = doc.createElement('div');
    this.tip.className = 'tip';
    this.tip.hidden = true;
    this.tip.setAttribute('role', 'tooltip');
    this.button = doc.createElement('button');
    this.button.className = 'button';
    this.button.type = 'button';
    this.button.textContent = hooks.buttonLabel;
    this.button.hidden = true;
    root.append(style, this.tip, this.button);
    doc.documentElement.append(this.host);

    const listen = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
      doc.addEventListener(type, fn, { capture: true, passive: true, signal });
    listen('click', (e) => this.onClick(e));
    listen('mousemove', (e) => this.onMove(e));
    listen('mouseup', (e) => this.onMouseUp(e));
    listen('scroll', () => this.hideButton());
    this.button.addEventListener('mousedown', (e) => e.preventDefault(), { signal });
    this.button.addEventListener(
      'click',
      (e) => {
        // Only a real click: a page script could dispatch synthetic ones to create highlights.
        if (!e.isTrusted) return;
        this.hideButton();
        hooks.onHighlightSelection();
      },
      { signal },
    );
    signal.addEventListener('abort', () => this.host.remove(), { once: true });
  }

  owns(node: Node): boolean {
    return node === this.host || this.host.contains(node);
  }

  private onClick(event: MouseEvent): void {
    if (!event.isTrusted || event.button !== 0) return;
    const hit = this.hooks.hitTest(event.clientX, event.clientY);
    if (hit) this.hooks.onActivate(hit.id);
  }

  private onMove(event: MouseEvent): void {
    if (this.hoverFrame) return;
    const { clientX: x, clientY: y } = event;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      const hit = this.hooks.hitTest(x, y);
      if (!hit || !hit.label) {
        this.tip.hidden = true;
        return;
      }
      this.tip.textContent = hit.label;
      this.tip.style.left = `${x + 12}px`;
      this.tip.style.top = `${y + 16}px`;
      this.tip.hidden = false;
    });
  }

  private onMouseUp(event: MouseEvent): void {
    if (!event.isTrusted || this.owns(event.target as Node)) return;
    // Let the selection settle: mouseup fires before a double-click's selection is final.
    setTimeout(() => {
      const selection = this.doc.getSelection();
      const text = selection?.toString().trim() ?? '';
      if (!selection || selection.isCollapsed || text.length < 2 || selection.rangeCount === 0) {
        this.hideButton();
        return;
      }
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      this.button.style.left = `${Math.max(4, rect.right - 70)}px`;
      this.button.style.top = `${rect.bottom + 6}px`;
      this.button.hidden = false;
    }, 0);
  }

  private hideButton(): void {
    this.button.hidden = true;
  }
}
