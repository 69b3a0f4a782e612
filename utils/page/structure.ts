/**
 * Furniture told by shape, not by name: on sites whose class names are hashes
 * (CSS-in-JS, CSS modules) nothing but structure and text statistics separates a teaser
 * card or a newsletter box from the article. The rules read small blocks only, with a
 * node budget, and stop as soon as a block is too long to be furniture of that kind.
 */
import { CDATA_SECTION_NODE, ELEMENT_NODE, tagOf, TEXT_NODE } from './dom';
import { FORM_CONTROL_TAGS, UI_CONTROL_TAGS } from './lexicon';

/** A teaser card (linked headline + short summary) holds less text than this. */
export const CARD_MAX_CHARS = 500;
/** A sign-up or search box (a form field and a line or two of UI text) holds less than this. */
const UI_BOX_MAX_CHARS = 600;
/** A reader's post (with its replies) in a thread holds less than this. */
const THREAD_ITEM_MAX_CHARS = 1500;
/** Nodes read per block: small blocks are small trees; past this it is no card. */
const SHAPE_NODE_BUDGET = 200;
/** Same-tag siblings, each with a timestamp, that make a list of posts. */
const MIN_THREAD_ITEMS = 3;

export interface BlockShape {
  /** The whole block was read within the budgets. */
  complete: boolean;
  chars: number;
  /** A link to another page that is (or holds, or sits in) a heading: a teaser headline. */
  linkedHeading: boolean;
  /** A form field (input, textarea, select): a sign-up, search or comment box. */
  formControl: boolean;
  /** A <time> element: posts and cards carry one, article prose parts rarely do. */
  time: boolean;
  /** Any heading (h1–h6). */
  heading: boolean;
  /** A button or form field: reply, like, report. */
  control: boolean;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SHAPE_SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math']);

/** A link to another page (not an in-page anchor like a subheading's "#section"). */
function isOutwardLink(el: Element): boolean {
  const href = el.getAttribute('href');
  return href !== null && href.trim() !== '' && !href.trim().startsWith('#');
}

/**
 * One bounded walk over a block: its text size, whether a heading and an outward link
 * are nested in each other, whether it holds a form field. Stops past `maxChars`.
 */
export function blockShape(root: Element, maxChars: number): BlockShape {
  let chars = 0;
  let linkedHeading = false;
  let formControl = false;
  let time = false;
  let anyHeading = false;
  let control = false;
  let visits = 0;
  const shape = (complete: boolean): BlockShape => ({ complete, chars, linkedHeading, formControl, time, heading: anyHeading, control });
  // The innermost open link and heading, as the elements that opened them.
  let link: Element | null = null;
  let heading: Element | null = null;
  let node: Node | null = root.firstChild;
  while (node) {
    if (visits++ >= SHAPE_NODE_BUDGET || chars > maxChars) return shape(false);
    let descend = false;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      chars += (node as Text).data.trim().length;
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const tag = tagOf(el);
      if (FORM_CONTROL_TAGS.has(tag)) formControl = true;
      if (UI_CONTROL_TAGS.has(tag)) control = true;
      if (tag === 'time') time = true;
      if (HEADINGS.has(tag)) anyHeading = true;
      if (!SHAPE_SKIP.has(tag) && el.firstChild) {
        descend = true;
        if (tag === 'a' && !link && isOutwardLink(el)) {
          link = el;
          if (heading) linkedHeading = true;
        } else if (HEADINGS.has(tag) && !heading) {
          heading = el;
          if (link) linkedHeading = true;
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node === link) link = null;
      if (node === heading) heading = null;
    }
    if (!node || node === root) break;
    if (node === link) link = null;
    if (node === heading) heading = null;
    node = node.nextSibling;
  }
  return shape(true);
}

/** A related-story card: a linked headline and a short summary, whatever its class. */
export function isTeaserShape(shape: BlockShape): boolean {
  return shape.complete && shape.linkedHeading && shape.chars <= CARD_MAX_CHARS;
}

/** A newsletter, search or comment box: a form field and a little UI text. */
export function isFormBoxShape(shape: BlockShape): boolean {
  return shape.complete && shape.formControl && shape.chars <= UI_BOX_MAX_CHARS;
}

/**
 * A post in a thread (a reader's comment, with its replies): a short block with a
 * timestamp and a control (reply, like, report) but no heading. Live-blog entries carry
 * a timestamp too, but a title; article parts carry neither.
 */
export function isPostShape(shape: BlockShape): boolean {
  return shape.complete && shape.time && shape.control && !shape.heading && shape.chars <= THREAD_ITEM_MAX_CHARS;
}

/** Does `list` hold at least MIN_THREAD_ITEMS children tagged like `item`, each with a timestamp? */
function isRepeatedWithTimes(item: Element, list: Element): boolean {
  const tag = tagOf(item);
  let found = 0;
  let seen = 0;
  for (let child = list.firstElementChild; child && seen < 400; child = child.nextElementSibling, seen++) {
    if (tagOf(child) === tag && child.getElementsByTagName('time').length > 0 && ++found >= MIN_THREAD_ITEMS) return true;
  }
  return false;
}

/** Shape verdicts on a block: not furniture, furniture, or too long for any shape here (its ancestors too). */
export const PLAIN = 0;
export const SHAPED = 1;
export const TOO_LONG = 2;
export type ShapeVerdict = typeof PLAIN | typeof SHAPED | typeof TOO_LONG;

/** Verdicts per block, shared by the paragraphs of one page read. */
export interface ShapeCache {
  blocks: Map<Element, ShapeVerdict>;
  lists: Map<Element, boolean>;
  /** Timestamped posts in a list are a comment thread (false on a live blog, where they are its entries). */
  threads: boolean;
}

/** `liveBlog`: the page declares a live blog, whose entries (often untitled) look like posts. */
export function newShapeCache(opts: { liveBlog?: boolean } = {}): ShapeCache {
  return { blocks: new Map(), lists: new Map(), threads: !opts.liveBlog };
}

/**
 * Is this block (a paragraph's container) furniture by its shape: a teaser card, a form
 * box, or one post in a list of timestamped posts (a comment thread)? TOO_LONG when it
 * holds more text than any of them, so that callers climbing from a paragraph can stop.
 * Cached per element: the paragraphs of one block share the answer.
 */
export function shapeVerdict(el: Element, cache: ShapeCache): ShapeVerdict {
  let verdict = cache.blocks.get(el);
  if (verdict === undefined) {
    const shape = blockShape(el, THREAD_ITEM_MAX_CHARS);
    if (!shape.complete) verdict = TOO_LONG;
    else if (shape.chars <= UI_BOX_MAX_CHARS && (isTeaserShape(shape) || isFormBoxShape(shape))) verdict = SHAPED;
    else verdict = cache.threads && isPostShape(shape) && inThread(el, cache) ? SHAPED : PLAIN;
    cache.blocks.set(el, verdict);
  }
  return verdict;
}

/** shapeVerdict as a yes/no: is the block furniture by its shape? */
export function structuralFurniture(el: Element, cache: ShapeCache): boolean {
  return shapeVerdict(el, cache) === SHAPED;
}

function inThread(el: Element, cache: ShapeCache): boolean {
  const list = el.parentElement;
  if (!list) return false;
  let verdict = cache.lists.get(list);
  if (verdict === undefined) {
    verdict = isRepeatedWithTimes(el, list);
    cache.lists.set(list, verdict);
  }
  return verdict;
}
