/**
 * Furniture told by shape, not by name: on sites whose class names are hashes
 * (CSS-in-JS, CSS modules) nothing but structure and text statistics separates a teaser
 * card or a newsletter box from the article. The rules read small blocks only, with a
 * node budget, and stop as soon as a block is too long to be furniture of that kind.
 */
import { CDATA_SECTION_NODE, ELEMENT_NODE, tagOf, TEXT_NODE } from './dom';
import { FORM_CONTROL_TAGS } from './lexicon';

/** A teaser card (linked headline + short summary) holds less text than this. */
export const CARD_MAX_CHARS = 500;
/** A sign-up or search box (a form field and a line or two of UI text) holds less than this. */
const UI_BOX_MAX_CHARS = 600;
/** Nodes read per block: small blocks are small trees; past this it is no card. */
const SHAPE_NODE_BUDGET = 150;

export interface BlockShape {
  /** The whole block was read within the budgets. */
  complete: boolean;
  chars: number;
  /** A link to another page that is (or holds, or sits in) a heading: a teaser headline. */
  linkedHeading: boolean;
  /** A form field (input, textarea, select): a sign-up, search or comment box. */
  formControl: boolean;
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
  let visits = 0;
  // The innermost open link and heading, as the elements that opened them.
  let link: Element | null = null;
  let heading: Element | null = null;
  let node: Node | null = root.firstChild;
  while (node) {
    if (visits++ >= SHAPE_NODE_BUDGET || chars > maxChars) return { complete: false, chars, linkedHeading, formControl };
    let descend = false;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      chars += (node as Text).data.trim().length;
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const tag = tagOf(el);
      if (FORM_CONTROL_TAGS.has(tag)) formControl = true;
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
  return { complete: true, chars, linkedHeading, formControl };
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
 * Is this block (a paragraph's container) a teaser card or a form box? Cached per
 * element: the paragraphs of one block share the answer.
 */
export function structuralFurniture(el: Element, cache: Map<Element, boolean>): boolean {
  let verdict = cache.get(el);
  if (verdict === undefined) {
    const shape = blockShape(el, UI_BOX_MAX_CHARS);
    verdict = isTeaserShape(shape) || isFormBoxShape(shape);
    cache.set(el, verdict);
  }
  return verdict;
}
