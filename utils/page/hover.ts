import type { CardSnapshot } from '../messages';
import { cardLines, renderCard, type CardModel } from './card';
import type { Scheme } from './palette';
import { placeCard, type Box } from './placement';
import type { PaintedStatement, StatementIndex } from './statements';

/**
 * Hover cards. Highlights fire no events, so we hit-test the pointer ourselves: on
 * pointermove (at most once per animation frame) ask the browser which text position is
 * under the pointer and look it up among our ranges.
 */

/** The DOM point under (x, y), through whichever caret API this browser has. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Is (x, y) on one of the range's line boxes? The caret APIs snap to the nearest text, even from a margin. */
export function rangeContainsPoint(range: Range, x: number, y: number, slack = 1): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}

/** The statement under the pointer, or null. */
export function statementAtPoint(doc: Document, index: StatementIndex, x: number, y: number): PaintedStatement | null {
  if (index.size === 0) return null;
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const hit = index.at(caret.node, caret.offset);
  return hit && rangeContainsPoint(hit.range, x, y) ? hit : null;
}

/**
 * Our one addition to the page: a host element holding a closed shadow root, created on
 * first use. `all: initial` and fixed positioning keep page CSS and layout out of it;
 * pointer-events: none keeps it out of the reader's way.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private shown: { snapshot: CardSnapshot; range: Range } | null = null;

  constructor(private readonly doc: Document) {}

  show(
    statement: PaintedStatement,
    model: CardModel,
    scheme: Scheme,
    lang: string,
    via: CardSnapshot['via'],
    anchorX?: number,
    neighbours: readonly PaintedStatement[] = [],
  ): void {
    const shadow = this.ensureShadow();
    if (!shadow) return;
    const card = renderCard(this.doc, model, scheme, lang);
    card.style.visibility = 'hidden';
    shadow.replaceChildren(card);
    const view = this.doc.defaultView;
    const size = card.getBoundingClientRect();
    const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    const rects: Box[] = Array.from(statement.range.getClientRects());
    const avoid: Box[] = neighbours.flatMap((n) => Array.from(n.range.getClientRects()));
    const { left, top } = placeCard(rects, { width: size.width, height: size.height }, viewport, anchorX, avoid);
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
    card.style.visibility = 'visible';
    this.shown = { snapshot: { quoteId: model.quoteId, speakerId: model.speakerId, via, lines: cardLines(model) }, range: statement.range };
  }

  hide(): void {
    if (!this.shown) return;
    this.shadow?.replaceChildren();
    this.shown = null;
  }

  snapshot(): CardSnapshot | null {
    return this.shown ? { ...this.shown.snapshot, lines: [...this.shown.snapshot.lines] } : null;
  }

  showing(): { quoteId: string; via: CardSnapshot['via'] } | null {
    return this.shown ? { quoteId: this.shown.snapshot.quoteId, via: this.shown.snapshot.via } : null;
  }

  /** Take our host out of the page. */
  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.shadow = null;
  }

  private ensureShadow(): ShadowRoot | null {
    if (this.shadow && this.host?.isConnected) return this.shadow;
    const root = this.doc.documentElement;
    if (!root) return null;
    // A plain <div>, not a custom-element name: a page could define an element under that
    // name (customElements.define) and have its own constructor run on our host, claim its
    // shadow root first or watch what we put there. No id or class either (nothing for page
    // rules to aim at); the inline !important declarations beat any page rule that matches.
    const host = this.doc.createElement('div');
    for (const [prop, value] of [
      ['all', 'initial'],
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['width', '0'],
      ['height', '0'],
      ['z-index', '2147483647'],
      ['pointer-events', 'none'],
      ['display', 'block'],
    ] as const) {
      host.style.setProperty(prop, value, 'important');
    }
    this.shadow = host.attachShadow({ mode: 'closed' });
    this.host = host;
    root.append(host);
    return this.shadow;
  }
}

export interface HoverCallbacks {
  /** The pointer rests on a statement (null: on none). */
  onHover(statement: PaintedStatement | null, x: number): void;
  /** Escape, scroll, pointer leaving the page or the window losing focus. */
  onDismiss(reason: 'escape' | 'scroll' | 'leave' | 'blur'): void;
}

/** Pointer, keyboard and scroll listeners for the hover card; attached only while something is painted. */
export class HoverTracker {
  private listening: AbortController | null = null;
  private frame = 0;
  private last: { x: number; y: number; target: EventTarget | null } | null = null;
  /** Programmatic scrolls (stepping through statements) must not close the card they open. */
  private ignoreScrollUntil = 0;

  constructor(
    private readonly doc: Document,
    private readonly index: StatementIndex,
    private readonly callbacks: HoverCallbacks,
    /** The article root: pointer events elsewhere skip the caret lookup. */
    private readonly scope: () => Element | null,
    private readonly guard: <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void,
  ) {}

  start(): void {
    const view = this.doc.defaultView;
    if (this.listening || !view) return;
    const listening = new AbortController();
    this.listening = listening;
    const options = { passive: true, capture: true, signal: listening.signal };
    this.doc.addEventListener('pointermove', this.guard((event: PointerEvent) => this.onMove(event)), options);
    this.doc.documentElement?.addEventListener(
      'pointerleave',
      this.guard(() => this.callbacks.onDismiss('leave')),
      { passive: true, signal: listening.signal },
    );
    view.addEventListener(
      'keydown',
      this.guard((event: KeyboardEvent) => {
        if (event.key === 'Escape') this.callbacks.onDismiss('escape');
      }),
      options,
    );
    view.addEventListener(
      'scroll',
      this.guard(() => {
        if (performance.now() >= this.ignoreScrollUntil) this.callbacks.onDismiss('scroll');
      }),
      options,
    );
    view.addEventListener('blur', this.guard(() => this.callbacks.onDismiss('blur')), { signal: listening.signal });
  }

  stop(): void {
    this.listening?.abort();
    this.listening = null;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.last = null;
  }

  /** Let scroll events of the next `ms` pass without closing the card. */
  expectScroll(ms = 300): void {
    this.ignoreScrollUntil = performance.now() + ms;
  }

  private onMove(event: PointerEvent): void {
    this.last = { x: event.clientX, y: event.clientY, target: event.target };
    if (this.frame) return;
    this.frame = requestAnimationFrame(
      this.guard(() => {
        this.frame = 0;
        const last = this.last;
        if (!last || !this.listening) return;
        const scope = this.scope();
        const inScope = !!scope && last.target instanceof Node && scope.contains(last.target);
        const hit = inScope ? statementAtPoint(this.doc, this.index, last.x, last.y) : null;
        this.callbacks.onHover(hit, last.x);
      }),
    );
  }
}
