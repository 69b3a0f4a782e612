/**
 * Body-text collection: walk the article root once and keep the prose a reader reads
 * (paragraphs, subheadings, blockquotes, lists), dropping furniture that sits inside
 * article containers on real sites (share bars, "read also" links, ads, captions,
 * related teasers, hidden or editable nodes). Output is a TextMap whose text has
 * paragraphs separated by blank lines and whitespace collapsed to single spaces.
 */
import { hasBoilerplateClass, isElement, isSkippedByMarkup, isText, measureText, tagOf } from './dom';
import { BLOCK_TAGS, READ_ALSO_OPENERS } from './lexicon';
import { TextMap, TextMapBuilder } from './textmap';

export interface CollectOptions {
  /** Stop after visiting this many nodes (hostile pages). */
  maxNodes?: number;
  /**
   * Extra visibility test for block elements, for live pages where CSS hides things
   * (the content script can pass `(el) => el.checkVisibility?.() ?? true`). Without it,
   * only attributes (hidden, aria-hidden, inline display:none) decide.
   */
  isVisible?: (el: Element) => boolean;
}

export const DEFAULT_MAX_NODES = 60_000;

/** Containers whose text is mostly link text are navigation or teaser lists. */
const LINK_DENSITY_LIMIT = 0.5;
/** Short blocks made almost only of a link ("Read: <a>…</a>") are cross-links. */
const LINK_ONLY_LIMIT = 0.85;
const LINK_ONLY_MAX_CHARS = 160;

// Whitespace collapsed like HTML renders it; no-break spaces become plain spaces too.
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

// Invisible characters dropped from the text (soft hyphen, zero-width space, BOM).
function isDropped(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0xfeff;
}

/** Decides, per element, whether its subtree is body text. */
class BodyFilter {
  private readonly rootParagraphs: number;

  constructor(
    private readonly root: Element,
    private readonly isVisible?: (el: Element) => boolean,
  ) {
    this.rootParagraphs = root.getElementsByTagName('p').length;
  }

  skip(el: Element, tag: string): boolean {
    if (isSkippedByMarkup(el)) return true;
    if (this.isVisible && BLOCK_TAGS.has(tag) && !safeVisible(this.isVisible, el)) return true;
    // Plain inline formatting inside a sentence is always kept.
    if (tag === 'a' || tag === 'em' || tag === 'strong' || tag === 'b' || tag === 'i' || (tag === 'span' && !el.hasAttribute('class'))) return false;
    if (hasBoilerplateClass(el) && !this.holdsMostParagraphs(el)) return true;
    if (tag === 'table' && !el.querySelector('p')) return true; // data tables, not prose
    if (tag === 'p' || tag === 'div' || tag === 'li' || tag === 'section' || tag === 'ul' || tag === 'ol' || tag === 'dl' || tag === 'h2' || tag === 'h3' || tag === 'h4') {
      return this.isLinkBlock(el, tag);
    }
    return false;
  }

  // A furniture-looking class on a wrapper that holds most of the body is a false alarm.
  private holdsMostParagraphs(el: Element): boolean {
    if (this.rootParagraphs < 2) return false;
    return el.getElementsByTagName('p').length * 2 > this.rootParagraphs;
  }

  private isLinkBlock(el: Element, tag: string): boolean {
    if (!el.querySelector('a')) return false;
    const isContainer = tag === 'ul' || tag === 'ol' || tag === 'dl' || tag === 'div' || tag === 'section';
    if (isContainer && (tag === 'div' || tag === 'section') && el.querySelector('p')) return false;
    const { chars, linkChars } = measureText(el);
    if (chars === 0) return false;
    const density = linkChars / chars;
    if (isContainer && density > LINK_DENSITY_LIMIT) return true;
    if (chars <= LINK_ONLY_MAX_CHARS && density >= LINK_ONLY_LIMIT) return true;
    if (chars <= 300 && startsWithReadAlso(el)) return true;
    return false;
  }
}

function safeVisible(test: (el: Element) => boolean, el: Element): boolean {
  try {
    return test(el) !== false;
  } catch {
    return true;
  }
}

function startsWithReadAlso(el: Element): boolean {
  const head = (el.textContent ?? '').slice(0, 80).replace(/\s+/g, ' ').trim().toLowerCase();
  return READ_ALSO_OPENERS.some((opener) => head.startsWith(opener) && !/[a-zà-ÿ]/.test(head.charAt(opener.length) || ' '));
}

/** Collect the article body text under `root`. Never throws; bounded by maxNodes. */
export function collectText(root: Element, opts: CollectOptions = {}): TextMap {
  const builder = new TextMapBuilder();
  try {
    walk(root, builder, opts.maxNodes ?? DEFAULT_MAX_NODES, opts.isVisible);
  } catch {
    // A DOM that misbehaves mid-walk still yields what was read so far.
  }
  return builder.build();
}

function walk(root: Element, out: TextMapBuilder, maxNodes: number, isVisible?: (el: Element) => boolean): void {
  const filter = new BodyFilter(root, isVisible);
  // 0: nothing pending, 1: line break (<br>), 2: paragraph break (block edge).
  let pendingBreak = 0;
  let pendingSpace: { node: Text; at: number } | null = null;

  const blockEdge = () => {
    pendingBreak = 2;
    pendingSpace = null;
  };

  const readText = (node: Text) => {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      const c = data.charCodeAt(i);
      if (isSpace(c)) {
        if (!pendingSpace && pendingBreak === 0 && out.size > 0) pendingSpace = { node, at: i };
        i++;
        continue;
      }
      if (isDropped(c)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < data.length && !isSpace(data.charCodeAt(j)) && !isDropped(data.charCodeAt(j))) j++;
      if (pendingBreak && out.size > 0) out.synthetic(pendingBreak === 2 ? '\n\n' : '\n');
      else if (pendingSpace) out.substitute(pendingSpace.node, pendingSpace.at, ' ');
      pendingBreak = 0;
      pendingSpace = null;
      out.copy(node, i, j);
      i = j;
    }
  };

  let node: Node | null = root.firstChild;
  let visits = 0;
  while (node && visits++ < maxNodes) {
    let descend = false;
    if (isText(node)) {
      readText(node as Text);
    } else if (isElement(node)) {
      const tag = tagOf(node);
      const block = BLOCK_TAGS.has(tag);
      if (tag === 'br') {
        pendingBreak = pendingBreak >= 1 ? 2 : 1;
        pendingSpace = null;
      } else if (filter.skip(node, tag)) {
        if (block) blockEdge();
      } else {
        if (block) blockEdge();
        descend = !!node.firstChild;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next node in document order, closing the blocks we leave.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && isElement(node) && BLOCK_TAGS.has(tagOf(node))) blockEdge();
    }
    if (!node || node === root) break;
    if (isElement(node) && BLOCK_TAGS.has(tagOf(node))) blockEdge();
    node = node.nextSibling;
  }
}

/** Words in a text (for confidence and the Analysis word count). */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

