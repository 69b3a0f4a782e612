import { allHighlightNames, roleName, type Scheme } from './palette';
import type { PaintedStatement } from './statements';

/**
 * Registers our ranges in the page's highlight registry (CSS Custom Highlight API).
 * Nothing in the page's DOM changes: removing a highlight is one registry delete.
 *
 * The registry and the Highlight constructor are passed in, so tests can use stand-ins
 * and so that a page which replaces `window.Highlight` or `CSS.highlights` cannot hand us
 * its own (the content script captures the real ones from its own world at start-up).
 */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
  priority: number;
}
export interface RegistryLike {
  set(name: string, highlight: never): unknown;
  get(name: string): unknown;
  delete(name: string): boolean;
}
export type HighlightFactory = () => HighlightLike;

/** Cues above statements, focus above all: overlapping highlights paint by priority. */
const PRIORITY = { statement: 0, cue: 1, focus: 2 } as const;

export class Painter {
  /** Our highlights by name; only names we created are ever touched in the registry. */
  private readonly mine = new Map<string, HighlightLike>();
  private focused: Range | null = null;
  private scheme: Scheme = 'light';

  constructor(
    private readonly registry: RegistryLike,
    private readonly createHighlight: HighlightFactory,
  ) {}

  /** Paint these statements, replacing whatever we painted before (never duplicates). */
  paint(statements: readonly PaintedStatement[], scheme: Scheme, show: (s: PaintedStatement) => boolean = () => true): void {
    this.clear();
    this.scheme = scheme;
    for (const statement of statements) {
      if (!show(statement)) continue;
      this.highlight(statement.highlight, PRIORITY.statement).add(statement.range);
      if (statement.cue) {
        const role = statement.quote.cue?.tone === 'loaded' ? 'cue-loaded' : 'cue';
        this.highlight(roleName(role, scheme), PRIORITY.cue).add(statement.cue);
      }
    }
  }

  /** Remove ranges (e.g. of statements whose text the page removed). */
  remove(statements: readonly PaintedStatement[]): void {
    for (const statement of statements) {
      this.mine.get(statement.highlight)?.delete(statement.range);
      if (statement.cue) for (const h of this.mine.values()) h.delete(statement.cue);
      if (this.focused === statement.range) this.focus(null);
    }
  }

  /** Mark one statement as focused (keyboard stepping, popup focus); null to unmark. */
  focus(range: Range | null): void {
    const name = roleName('focus', this.scheme);
    const highlight = this.highlight(name, PRIORITY.focus);
    highlight.clear();
    this.focused = range;
    if (range) highlight.add(range);
  }

  /** Statement ranges currently registered (cues and focus not counted). */
  paintedCount(): number {
    let count = 0;
    for (const [name, highlight] of this.mine) {
      if (isStatementHighlight(name) && this.registry.get(name) === highlight) count += highlight.size;
    }
    return count;
  }

  /** Remove every highlight we registered, at once. */
  clear(): void {
    for (const [name, highlight] of this.mine) {
      highlight.clear();
      // Delete only our own entry: a page may (oddly) have registered the same name.
      if (this.registry.get(name) === highlight) this.registry.delete(name);
    }
    this.mine.clear();
    this.focused = null;
  }

  private highlight(name: string, priority: number): HighlightLike {
    let highlight = this.mine.get(name);
    if (!highlight) {
      highlight = this.createHighlight();
      highlight.priority = priority;
      this.mine.set(name, highlight);
      this.registry.set(name, highlight as never);
    }
    return highlight;
  }
}

const NON_STATEMENT = new Set(
  allHighlightNames().filter((name) => /-(cue|cue-loaded|focus)$/.test(name)),
);
function isStatementHighlight(name: string): boolean {
  return !NON_STATEMENT.has(name);
}
