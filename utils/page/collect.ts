/**
 * Body-text collection: walk the article root once and keep the prose a reader reads
 * (paragraphs, subheadings, blockquotes, lists), dropping furniture that sits inside
 * article containers on real sites (share bars, "read also" links, ads, captions,
 * related teasers, hidden or editable nodes). Output is a TextMap whose text has
 * paragraphs separated by blank lines and whitespace collapsed to single spaces.
 */
import { CDATA_SECTION_NODE, classLevelOf, ELEMENT_NODE, isInsideEditable, marksOf, measureText, peekSubtree, skippedByMarks, tagOf, TEXT_NODE, type SubtreePeek } from './dom';
import { BLOCK_TAGS, FURNITURE_PHRASES, READ_ALSO_OPENERS, SKIP_TAGS, UI_SKIP_TAGS } from './lexicon';
import { blockShape, CARD_MAX_CHARS, isTeaserShape, newShapeCache, structuralFurniture } from './structure';
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
  /** Stop collecting at the first paragraph break past this many characters. */
  maxChars?: number;
  /** The page is a live blog (Detection.liveBlog): timestamped entries are body, not a comment thread. */
  liveBlog?: boolean;
}

export const DEFAULT_MAX_NODES = 60_000;

/** Containers whose text is mostly link text are navigation or teaser lists. */
const LINK_DENSITY_LIMIT = 0.5;
/** Short blocks made almost only of a link ("Read: <a>…</a>") are cross-links. */
const LINK_ONLY_LIMIT = 0.85;
const LINK_ONLY_MAX_CHARS = 160;
/** Elements worth a look inside before walking them. */
const LOOK_AHEAD_TAGS = new Set(['p', 'div', 'li', 'section', 'article', 'ul', 'ol', 'dl', 'table', 'h2', 'h3', 'h4']);
const LINK_CHECK_TAGS = new Set(['p', 'div', 'li', 'section', 'article', 'ul', 'ol', 'dl', 'h2', 'h3', 'h4']);
/** Related-story cards: a block with a linked headline and little else. */
const TEASER_CARD_TAGS = new Set(['div', 'li', 'section', 'article']);
/** Total look-ahead visits per page: keeps pathological nesting linear. */
const CHECK_BUDGET = 400_000;
/** Longest text collected (far beyond any article; protects the engine). */
export const DEFAULT_MAX_CHARS = 300_000;

// Whitespace collapsed like HTML renders it; no-break spaces become plain spaces too.
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

// Invisible characters dropped from the text (soft hyphen, zero-width space, BOM).
function isDropped(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0xfeff;
}

/**
 * Where a run of text copied as is ends: at whitespace or a dropped character (the sets
 * above), except a lone space between two kept characters, which maps to itself. One
 * native search per run instead of two calls per character (cold code is interpreted).
 */
const RUN_END = /[\t\n\f\r\u00a0\u2007\u2009\u202f\u00ad\u200b\ufeff]| (?![^\t\n\f\r \u00a0\u2007\u2009\u202f\u00ad\u200b\ufeff])/g;

/** Verdicts of the body filter: keep, skip (hidden, media, markup), skip as furniture. */
const KEEP = 0;
const SKIP = 1;
const FURNITURE = 2;
type Verdict = typeof KEEP | typeof SKIP | typeof FURNITURE;

/** Subheadings that may title a block of furniture ("More on this story" over a teaser list). */
const TITLE_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Blocks that may be a card, a form box or a post, or a list of them. */
const SHAPED_TAGS = new Set(['div', 'li', 'section', 'article', 'ul', 'ol']);
/** Levels of lists judged through their children's verdicts. */
const MAX_NESTED_JUDGEMENTS = 6;
/** Siblings looked at after a subheading. */
const MAX_TITLED_SIBLINGS = 40;

/** Decides, per element, whether its subtree is body text. */
class BodyFilter {
  /** Paragraphs under the root, counted on first need (only furniture-looking wrappers ask). */
  private rootParagraphsCount: number | null = null;
  /** Nodes left for look-ahead checks (link density, paragraph counts) on this page. */
  private checkBudget = CHECK_BUDGET;
  /** Verdicts given ahead of the walk: a subheading looks at the blocks after it, which the walk then reaches. */
  private readonly verdicts = new Map<Element, Verdict>();
  private readonly shapes: ReturnType<typeof newShapeCache>;
  /** Lists being judged through their children right now. */
  private nesting = 0;

  constructor(
    private readonly root: Element,
    private readonly isVisible?: (el: Element) => boolean,
    liveBlog = false,
  ) {
    this.shapes = newShapeCache({ liveBlog });
  }

  private get rootParagraphs(): number {
    return (this.rootParagraphsCount ??= peekSubtree(this.root, 50_000).paragraphs);
  }

  skip(el: Element, tag: string): boolean {
    // Only verdicts given ahead of the walk are kept: a map entry per element would cost
    // more than it saves on the usual page, where nothing looks ahead.
    const ahead = this.verdicts.size ? this.verdicts.get(el) : undefined;
    return (ahead ?? this.judge(el, tag)) !== KEEP;
  }

  /** A verdict given ahead of the walk (a subheading's look at what follows it, a list's at its items). */
  private verdict(el: Element, tag: string): Verdict {
    let v = this.verdicts.get(el);
    if (v === undefined) {
      v = this.judge(el, tag);
      this.verdicts.set(el, v);
    }
    return v;
  }

  private judge(el: Element, tag: string): Verdict {
    if (SKIP_TAGS.has(tag)) return UI_SKIP_TAGS.has(tag) ? FURNITURE : SKIP;
    const marks = marksOf(el); // each attribute read once for all the checks below
    if (skippedByMarks(tag, marks)) return SKIP;
    if (this.isVisible && BLOCK_TAGS.has(tag) && !safeVisible(this.isVisible, el)) return SKIP;
    // Plain inline formatting inside a sentence is always kept.
    if (tag === 'a' || tag === 'em' || tag === 'strong' || tag === 'b' || tag === 'i' || (tag === 'span' && marks.cls === null)) return KEEP;
    const furnitureClass = classLevelOf(marks);
    if (furnitureClass === 2) return FURNITURE; // comments, related, newsletter…: never the article
    if (TITLE_TAGS.has(tag) && this.checkBudget > 0 && this.titlesOnlyFurniture(el)) return FURNITURE;
    if (!LOOK_AHEAD_TAGS.has(tag) && !furnitureClass) return KEEP;
    if (this.checkBudget <= 0) return furnitureClass > 0 ? FURNITURE : KEEP; // out of look-ahead: class words only
    const peek = peekSubtree(el);
    this.checkBudget -= peek.nodes + 10; // what the peek read (at most its 2000-node budget)
    if (furnitureClass && !this.holdsMostParagraphs(peek.paragraphs)) return FURNITURE;
    if (tag === 'table' && peek.paragraphs === 0) return SKIP; // data tables, not prose
    if (peek.nodes <= 12 && isFurniturePhrase(el)) return FURNITURE; // small blocks only: textContent stays cheap
    if (peek.links > 0 && LINK_CHECK_TAGS.has(tag)) {
      if (peek.headings > 0 && TEASER_CARD_TAGS.has(tag) && this.isTeaserCard(el)) return FURNITURE;
      if (this.isLinkBlock(el, tag, peek.paragraphs)) return FURNITURE;
    }
    return SHAPED_TAGS.has(tag) && this.isShapedFurniture(el, peek) ? FURNITURE : KEEP;
  }

  /**
   * Furniture by shape, whatever the class names say: a teaser card, a form box, a post
   * of a comment thread, or a list whose items are all furniture.
   */
  private isShapedFurniture(el: Element, peek: SubtreePeek): boolean {
    const maybeShaped = peek.controls > 0 || (peek.links > 0 && (peek.headings > 0 || peek.times > 0));
    if (!maybeShaped) return false;
    this.checkBudget -= 200;
    if (structuralFurniture(el, this.shapes)) return true;
    // Judging the children may judge theirs: a few levels only (hostile nesting).
    if (this.nesting >= MAX_NESTED_JUDGEMENTS) return false;
    this.nesting++;
    try {
      return this.holdsOnlyFurniture(el);
    } finally {
      this.nesting--;
    }
  }

  /** At least two child blocks, every one furniture or skipped, and no loose text. */
  private holdsOnlyFurniture(el: Element): boolean {
    let furniture = 0;
    let seen = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if ((child as Text).data.trim()) return false;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      if (++seen > 400) return false;
      const v = this.verdict(child as Element, tagOf(child as Element));
      if (v === KEEP) return false;
      if (v === FURNITURE) furniture++;
    }
    return furniture >= 2;
  }

  /**
   * A subheading over furniture only ("More from this section" over teaser cards,
   * "Comments" over a thread and its form): the blocks after it, up to the next heading,
   * are furniture or empty, at least one of them furniture.
   */
  private titlesOnlyFurniture(heading: Element): boolean {
    let furniture = false;
    let seen = 0;
    for (let node = heading.nextSibling; node && seen < MAX_TITLED_SIBLINGS; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
        if ((node as Text).data.trim()) return false;
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      seen++;
      const el = node as Element;
      const tag = tagOf(el);
      if (HEADING_TAGS.has(tag)) break;
      const v = this.verdict(el, tag);
      if (v === FURNITURE) furniture = true;
      else if (v === KEEP && (el.textContent ?? '').trim()) return false;
    }
    return furniture;
  }

  // A related-story card inside the body: a linked headline and a short summary (the same
  // shape test that body voting uses).
  private isTeaserCard(el: Element): boolean {
    this.checkBudget -= 400;
    return isTeaserShape(blockShape(el, CARD_MAX_CHARS));
  }

  // A furniture-looking class on a wrapper that holds most of the body is a false alarm.
  private holdsMostParagraphs(paragraphs: number): boolean {
    if (this.rootParagraphs < 2) return false;
    return paragraphs * 2 > this.rootParagraphs;
  }

  private isLinkBlock(el: Element, tag: string, paragraphs: number): boolean {
    const isContainer = tag === 'ul' || tag === 'ol' || tag === 'dl' || tag === 'div' || tag === 'section';
    if ((tag === 'div' || tag === 'section') && paragraphs > 0) return false;
    const { chars, linkChars } = measureText(el);
    this.checkBudget -= 4000;
    if (chars === 0) return false;
    const density = linkChars / chars;
    if (isContainer && density > LINK_DENSITY_LIMIT) return true;
    if (chars <= LINK_ONLY_MAX_CHARS && density >= LINK_ONLY_LIMIT) return true;
    if (chars <= 300 && startsWithReadAlso(el)) return true;
    return false;
  }
}

/** A small block whose whole text is "Advertisement", "Publicité"… */
function isFurniturePhrase(el: Element): boolean {
  const raw = el.textContent ?? '';
  if (raw.length > 80) return false;
  const text = raw.replace(/\s+/g, ' ').trim().toLowerCase();
  // The block's text once the non-letters around it are stripped. A phrase (letters at
  // both ends) can only be that if it occurs in the text with no letter around it,
  // which a plain search tells without a Unicode-class regex on every small block.
  for (const phrase of FURNITURE_PHRASES) {
    const at = text.indexOf(phrase);
    if (at < 0) continue;
    if (hasLetter(text.slice(0, at)) || hasLetter(text.slice(at + phrase.length))) continue;
    if (hasLetter(phrase.charAt(0)) && hasLetter(phrase.charAt(phrase.length - 1))) return true;
  }
  return false;
}

let letterRe: RegExp | null = null;

/** Does the string hold a letter (Unicode \p{L})? ASCII is decided without the regex. */
function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
    if (s.charCodeAt(i) >= 128) return (letterRe ??= /\p{L}/u).test(s);
  }
  return false;
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

class TextLimitReached extends Error {}

/** Collect the article body text under `root`. Never throws; bounded by maxNodes and maxChars. */
export function collectText(root: Element, opts: CollectOptions = {}): TextMap {
  const builder = new TextMapBuilder();
  try {
    if (isInsideEditable(root)) return builder.build(root); // an editor's content is not an article to read
    const steps = walk(root, builder, opts.maxNodes ?? DEFAULT_MAX_NODES, opts.maxChars ?? DEFAULT_MAX_CHARS, opts.isVisible, opts.liveBlog);
    while (!steps.next().done) {
      /* one pass, no pauses */
    }
  } catch {
    // A DOM that misbehaves mid-walk still yields what was read so far.
  }
  return builder.build(root);
}

/** How a sliced collection gives the page its turns. */
export interface Slicer {
  /** Work this long before pausing. */
  sliceMs: number;
  /** Called between slices; resolves false when the work is no longer wanted (a newer run). */
  pause(): Promise<boolean>;
}

/**
 * collectText in slices of about `slicer.sliceMs`, pausing in between so that a huge
 * article never holds the page's main thread in one long task. The same text and offsets
 * as collectText when the page does not change meanwhile; if it does, the caller's
 * MutationObserver reads it again. Resolves null when `pause` says to stop.
 */
export async function collectTextInSlices(root: Element, opts: CollectOptions, slicer: Slicer): Promise<TextMap | null> {
  const builder = new TextMapBuilder();
  try {
    if (isInsideEditable(root)) return builder.build(root);
    const steps = walk(root, builder, opts.maxNodes ?? DEFAULT_MAX_NODES, opts.maxChars ?? DEFAULT_MAX_CHARS, opts.isVisible, opts.liveBlog);
    let sliceStart = performance.now();
    while (!steps.next().done) {
      if (performance.now() - sliceStart < slicer.sliceMs) continue;
      if (!(await slicer.pause())) return null;
      sliceStart = performance.now();
    }
  } catch {
    // As collectText: what was read so far.
  }
  return builder.build(root);
}

/** Nodes visited between two chances to pause (a clock read per node would cost more than the check). */
const NODES_PER_STEP = 256;

/** The walk, as steps of NODES_PER_STEP nodes; throws TextLimitReached at maxChars. */
function* walk(root: Element, out: TextMapBuilder, maxNodes: number, maxChars: number, isVisible?: (el: Element) => boolean, liveBlog = false): Generator<void, void, void> {
  const filter = new BodyFilter(root, isVisible, liveBlog);
  // 0: nothing pending, 1: line break (<br>), 2: paragraph break (block edge).
  let pendingBreak = 0;
  let pendingSpace: { node: Text; at: number } | null = null;

  const blockEdge = () => {
    if (out.size > maxChars) throw new TextLimitReached();
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
      RUN_END.lastIndex = i + 1;
      const end = RUN_END.exec(data);
      const j = end ? end.index : data.length;
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
    if (visits % NODES_PER_STEP === 0) {
      yield;
      // The page may have moved this node while we paused: stop where it left our root.
      if (!root.contains(node)) break;
    }
    let descend = false;
    const type = node.nodeType; // inline, not isText/isElement: one call less per node on a cold walk
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      readText(node as Text);
    } else if (type === ELEMENT_NODE) {
      const element = node as Element;
      const tag = tagOf(element);
      const block = BLOCK_TAGS.has(tag);
      if (tag === 'br') {
        pendingBreak = pendingBreak >= 1 ? 2 : 1;
        pendingSpace = null;
      } else if (filter.skip(element, tag)) {
        if (block) blockEdge();
      } else {
        if (block) blockEdge();
        descend = !!element.firstChild;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next node in document order, closing the blocks we leave.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has(tagOf(node as Element))) blockEdge();
    }
    if (!node || node === root) break;
    if (node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has(tagOf(node as Element))) blockEdge();
    node = node.nextSibling;
  }
}
