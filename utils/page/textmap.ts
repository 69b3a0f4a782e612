/**
 * TextMap: the collected article text and an exact two-way map between its UTF-16
 * offsets and DOM positions (Text node + offset), so that the engine's offsets can be
 * painted on the live page and a pointer position can be turned back into an offset.
 *
 * The text is stored as linear segments: a run of text characters that are copied one
 * to one from one Text node. Collapsed whitespace keeps its first character (so it
 * maps to it) and starts a new segment; paragraph and line breaks are synthetic
 * characters that belong to no segment.
 */
import { isElement, isText, MAX_DEPTH } from './dom';

export interface Segment {
  /** Offsets in the collected text, [textStart, textEnd). */
  textStart: number;
  textEnd: number;
  node: Text;
  /** Offset in node.data of the character at textStart. */
  nodeStart: number;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/** Which way an offset between two segments resolves: start of the next or end of the previous. */
export type Affinity = 'forward' | 'backward';

export class TextMap {
  readonly text: string;
  readonly segments: readonly Segment[];
  private byNode: Map<Text, number[]> | null = null;

  /** The element the text was collected from (element positions outside it map to null). */
  readonly root: Element | null;

  constructor(text: string, segments: Segment[], root: Element | null = null) {
    this.text = text;
    this.segments = segments;
    this.root = root;
  }

  /**
   * DOM position of a text offset (0..text.length). An offset that falls on a synthetic
   * break resolves forward to the next real character (for range starts) or backward
   * to just after the previous one (for range ends). Null only for an empty map.
   */
  toDom(offset: number, affinity: Affinity = 'forward'): DomPoint | null {
    const segs = this.segments;
    if (!segs.length) return null;
    const at = Math.max(0, Math.min(this.text.length, Math.floor(offset)));
    if (affinity === 'forward') {
      // First segment whose end lies beyond the offset.
      let lo = 0;
      let hi = segs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (segs[mid].textEnd > at) hi = mid;
        else lo = mid + 1;
      }
      if (lo === segs.length) {
        const last = segs[segs.length - 1];
        return { node: last.node, offset: last.nodeStart + (last.textEnd - last.textStart) };
      }
      const seg = segs[lo];
      return { node: seg.node, offset: seg.nodeStart + Math.max(0, at - seg.textStart) };
    }
    // Backward: last segment that starts before the offset.
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid].textStart < at) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return { node: segs[0].node, offset: segs[0].nodeStart };
    const seg = segs[lo - 1];
    return { node: seg.node, offset: seg.nodeStart + Math.min(at, seg.textEnd) - seg.textStart };
  }

  /**
   * Text offset of a DOM position, or null when it is outside the collected text
   * (captions, share bars, other parts of the page). Element positions resolve to the
   * first collected character at or after them; a position inside collapsed whitespace
   * resolves to the following character.
   */
  toText(node: Node, offset: number): number | null {
    if (isText(node)) return this.textNodeOffset(node as Text, offset);
    if (!isElement(node)) return null;
    if (this.root && node !== this.root && !this.root.contains(node)) return null;
    const child = node.childNodes[offset] ?? null;
    const start: Node | null = child ?? nextAfterSubtree(node);
    return start ? this.firstOffsetFrom(start) : null;
  }

  /** Start and end DOM positions of a text span, for Range or StaticRange. */
  boundsFor(start: number, end: number): { start: DomPoint; end: DomPoint } | null {
    if (end < start) [start, end] = [end, start];
    const a = this.toDom(start, 'forward');
    const b = this.toDom(end, end === start ? 'forward' : 'backward');
    if (!a || !b) return null;
    return { start: a, end: b };
  }

  /** A live Range over a text span; null for an empty map or a DOM without ranges. */
  rangeFor(start: number, end: number, doc: Document): Range | null {
    const bounds = this.boundsFor(start, end);
    if (!bounds) return null;
    try {
      const range = doc.createRange();
      range.setStart(bounds.start.node, bounds.start.offset);
      range.setEnd(bounds.end.node, bounds.end.offset);
      return range;
    } catch {
      return null; // a DOM without Range support (linkedom) or a node since removed
    }
  }

  private index(): Map<Text, number[]> {
    if (!this.byNode) {
      this.byNode = new Map();
      this.segments.forEach((seg, i) => {
        const list = this.byNode!.get(seg.node);
        if (list) list.push(i);
        else this.byNode!.set(seg.node, [i]);
      });
    }
    return this.byNode;
  }

  private textNodeOffset(node: Text, offset: number): number | null {
    const list = this.index().get(node);
    if (!list) return null;
    for (const i of list) {
      const seg = this.segments[i];
      const length = seg.textEnd - seg.textStart;
      if (offset < seg.nodeStart) return seg.textStart; // inside dropped whitespace before it
      if (offset <= seg.nodeStart + length) {
        // At a segment's end with a directly following segment in the same node, prefer it.
        return seg.textStart + (offset - seg.nodeStart);
      }
    }
    // After the last collected character of this node: the offset just past it.
    const last = this.segments[list[list.length - 1]];
    return last.textEnd;
  }

  /** First collected character at or after `start` in document order (bounded scan). */
  private firstOffsetFrom(start: Node): number | null {
    const index = this.index();
    let node: Node | null = start;
    let visits = 0;
    while (node && visits++ < 20000) {
      if (this.root && node !== this.root && !this.root.contains(node)) return null; // walked past the body
      if (isText(node)) {
        const list = index.get(node as Text);
        if (list) return this.segments[list[0]].textStart;
      }
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      node = nextAfterSubtree(node);
    }
    return null;
  }
}

/** The node after `node` and all its descendants, in document order. */
function nextAfterSubtree(node: Node): Node | null {
  let current: Node | null = node;
  let depth = 0;
  while (current && !current.nextSibling && depth++ < MAX_DEPTH * 10) current = current.parentNode;
  return current ? current.nextSibling : null;
}

/**
 * Incremental builder used by the collector: appends copied text (extending the last
 * segment when the copy is contiguous) and synthetic separators.
 */
export class TextMapBuilder {
  private parts: string[] = [];
  private length = 0;
  private segments: Segment[] = [];

  get size(): number {
    return this.length;
  }

  /** Append node.data[from, to) verbatim. */
  copy(node: Text, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(node.data.slice(from, to));
    this.addSegment(node, from, to - from);
  }

  /** Append one character that stands for node.data[at] (collapsed whitespace → " "). */
  substitute(node: Text, at: number, char: string): void {
    this.parts.push(char);
    this.addSegment(node, at, 1);
  }

  /** Append characters that stand for no DOM text (paragraph / line breaks). */
  synthetic(chars: string): void {
    this.parts.push(chars);
    this.length += chars.length;
  }

  build(root: Element | null = null): TextMap {
    return new TextMap(this.parts.join(''), this.segments, root);
  }

  private addSegment(node: Text, nodeStart: number, length: number): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.textEnd === this.length && last.nodeStart + (last.textEnd - last.textStart) === nodeStart) {
      last.textEnd += length;
    } else {
      this.segments.push({ textStart: this.length, textEnd: this.length + length, node, nodeStart });
    }
    this.length += length;
  }
}
