import type { Quote } from '../engine/types';

/** One painted statement: the quote and the live DOM ranges that show it. */
export interface PaintedStatement {
  quote: Quote;
  /** The statement's content. A live Range: it follows edits around it. */
  range: Range;
  /** The reporting verb, when it could be mapped to the page. */
  cue: Range | null;
  /** The highlight it is registered in. */
  highlight: string;
  /** The text nodes the ranges were built on; if one leaves the document, the range is stale. */
  nodes: Text[];
}

/**
 * The painted statements in document order, with point lookup by binary search.
 * Statements do not overlap in the engine's output; if two ever do, lookup returns one.
 */
export class StatementIndex {
  private items: PaintedStatement[] = [];

  get size(): number {
    return this.items.length;
  }

  all(): readonly PaintedStatement[] {
    return this.items;
  }

  /** Replace the contents; sorts by document position so lookup can bisect. */
  reset(items: PaintedStatement[]): void {
    this.items = [...items].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  clear(): void {
    this.items = [];
  }

  /** The statement containing DOM point (node, offset), or null. */
  at(node: Node, offset: number): PaintedStatement | null {
    let lo = 0;
    let hi = this.items.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const item = this.items[mid];
      let where: number;
      try {
        where = item.range.comparePoint(node, offset);
      } catch {
        return null; // node in another document or a doctype: not ours
      }
      if (where === 0 && !item.range.collapsed) return item;
      if (where < 0) hi = mid - 1;
      else if (where > 0) lo = mid + 1;
      else return null; // collapsed (stale) range: treat as a miss
    }
    return null;
  }

  byId(quoteId: string): PaintedStatement | null {
    return this.items.find((item) => item.quote.id === quoteId) ?? null;
  }

  indexOf(quoteId: string | null): number {
    return quoteId == null ? -1 : this.items.findIndex((item) => item.quote.id === quoteId);
  }

  /**
   * Drop statements whose text nodes left the document or whose range collapsed (the page
   * removed or rewrote that text). Returns the dropped ones so their highlights can go too.
   */
  prune(): PaintedStatement[] {
    const dropped: PaintedStatement[] = [];
    const kept: PaintedStatement[] = [];
    for (const item of this.items) {
      const stale = item.range.collapsed || item.nodes.some((node) => !node.isConnected);
      (stale ? dropped : kept).push(item);
    }
    this.items = kept;
    return dropped;
  }
}

/**
 * The next statement from `current` in direction `step` (wrapping around), among those
 * `accept` keeps; `step` 0 means the current one if accepted, else the first accepted.
 */
export function stepIndex(
  items: readonly PaintedStatement[],
  current: number,
  step: -1 | 0 | 1,
  accept: (item: PaintedStatement) => boolean = () => true,
): number {
  const n = items.length;
  if (n === 0) return -1;
  if (step === 0) {
    if (current >= 0 && current < n && accept(items[current])) return current;
    return items.findIndex(accept);
  }
  // From nowhere, "next" starts at the first item and "previous" at the last.
  let index = current < 0 || current >= n ? (step > 0 ? -1 : n) : current;
  for (let i = 0; i < n; i++) {
    index = (index + step + n) % n;
    if (accept(items[index])) return index;
  }
  return -1;
}
