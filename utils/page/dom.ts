/**
 * Small DOM helpers shared by detection and collection. They use numeric node types and
 * plain properties only, so they work the same in browsers, happy-dom and linkedom, and
 * every walk is iterative with a visit budget: hostile pages cannot blow the stack or hang.
 */
import {
  BOILERPLATE_PREFIXES,
  BOILERPLATE_TOKENS,
  BODY_TOKENS,
  SCREEN_READER_CLASSES,
  SKIP_ROLES,
  SKIP_TAGS,
  STRONG_BOILERPLATE_TOKENS,
  STRONG_SKIP_ROLES,
  STRONG_SKIP_TAGS,
} from './lexicon';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/** Deepest ancestor chain we ever follow (real pages stay under ~60). */
export const MAX_DEPTH = 200;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node | null | undefined): node is Text {
  return !!node && (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE);
}

/** Lower-case local tag name ("" for odd nodes). */
export function tagOf(el: Element): string {
  // HTML parsers already give lower-case local names; only odd documents need lowering.
  const name = el.localName ?? el.tagName ?? '';
  if (typeof name !== 'string') return '';
  return name.charCodeAt(0) < 97 ? name.toLowerCase() : name;
}

function attr(el: Element, name: string): string | null {
  try {
    return el.getAttribute(name);
  } catch {
    return null;
  }
}

// One regex over the class/id words: whole furniture words, or furniture prefixes glued
// to other words ("sharedaddy"). Built once from the lexicon.
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BOILERPLATE_RE = new RegExp(
  `(?:^|[^a-z0-9])(?:(?:${[...BOILERPLATE_TOKENS].map(escape).join('|')})(?![a-z0-9])|(?:${BOILERPLATE_PREFIXES.map(escape).join('|')}))`,
);

const STRONG_RE = new RegExp(
  `(?:^|[^a-z0-9])(?:(?:${[...STRONG_BOILERPLATE_TOKENS].map(escape).join('|')})(?![a-z0-9])|(?:relatedpost|outbrain|taboola|newsletter))`,
);

// Class words of article bodies, which excuse a strong furniture word on the same element.
const POSITIVE_RE = new RegExp(`(?:^|[^a-z0-9])(?:${[...BODY_TOKENS].map(escape).join('|')})(?![a-z0-9])`);

// Whole class names (not split) used for screen-reader-only text.
const SCREEN_READER_RE = new RegExp(`(?:^|\\s)(?:${[...SCREEN_READER_CLASSES].map(escape).join('|')})(?:\\s|$)`, 'i');

// Verdicts per class/id string: pages repeat the same class lists on hundreds of
// elements, and the regexes are the costliest part of the check. Bounded.
const classVerdicts = new Map<string, 0 | 1 | 2>();
const MAX_CACHED_CLASS_LISTS = 4000;

/** Furniture strength of an element's class/id words: 0 none, 1 weak, 2 strong (see lexicon). */
export function boilerplateClassLevel(el: Element): 0 | 1 | 2 {
  // data-component / data-testid name blocks on sites built from components ("byline-block").
  const raw = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''} ${attr(el, 'data-component') ?? ''} ${attr(el, 'data-testid') ?? ''}`;
  if (raw.length <= 3) return 0;
  let level = classVerdicts.get(raw);
  if (level === undefined) {
    level = classListLevel(raw);
    if (classVerdicts.size >= MAX_CACHED_CLASS_LISTS) classVerdicts.clear();
    classVerdicts.set(raw, level);
  }
  return level;
}

/**
 * Strong when a class name says "comments"/"related"… and no other class name on the
 * element says "article body": `class="article-body has-comments"` is a body wrapper
 * with a modifier (weak), `class="article-comments"` is a comment thread (strong).
 */
function classListLevel(raw: string): 0 | 1 | 2 {
  if (SCREEN_READER_RE.test(raw)) return 2;
  const words = raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (!BOILERPLATE_RE.test(words)) return 0;
  if (!STRONG_RE.test(words)) return 1;
  const names = raw.split(/\s+/).map((n) => n.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
  const bodyName = names.some((n) => POSITIVE_RE.test(n) && !BOILERPLATE_RE.test(n));
  return bodyName ? 1 : 2;
}

/** Does the class/id mark page furniture (share bar, ad, related links, comments…)? */
export function hasBoilerplateClass(el: Element): boolean {
  return boilerplateClassLevel(el) > 0;
}

/**
 * Furniture strength of an element by markup and class: 2 for things that are never
 * the article (hidden, nav/aside/footer, comments, related), 1 for furniture words that
 * also appear on article wrappers, 0 for none.
 */
export function furnitureLevel(el: Element): 0 | 1 | 2 {
  if (isHiddenByAttribute(el)) return 2;
  const tag = tagOf(el);
  if (STRONG_SKIP_TAGS.has(tag)) return 2;
  const role = attr(el, 'role');
  if (role && STRONG_SKIP_ROLES.has(role.toLowerCase())) return 2;
  const byClass = boilerplateClassLevel(el);
  if (byClass === 2) return 2;
  return byClass === 1 || isSkippedByMarkup(el) ? 1 : 0;
}

/** Hidden from every reader by an attribute (not furniture: hidden, whatever it holds). */
export function isHiddenByAttribute(el: Element): boolean {
  if (el.hasAttribute?.('hidden')) return true;
  if (attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return !!style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Hidden, inert, editable or furniture by tag/role/attribute: never article text. */
export function isSkippedByMarkup(el: Element): boolean {
  const tag = tagOf(el);
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute?.('hidden') || el.hasAttribute?.('inert')) return true;
  if (attr(el, 'aria-hidden') === 'true') return true;
  const editable = attr(el, 'contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const role = attr(el, 'role');
  if (role && SKIP_ROLES.has(role.toLowerCase())) return true;
  const style = attr(el, 'style');
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  if (tag === 'details' && !el.hasAttribute('open')) return true;
  return false;
}

/**
 * Past this many characters a measure is a sample: sizes and link shares are only compared
 * against thresholds far below it, and reading the rest of a 1 MB body would cost the page
 * tens of milliseconds for the same verdict.
 */
export const MEASURE_MAX_CHARS = 50_000;

/**
 * Text length and link-text length under an element, whitespace collapsed, skipping
 * script/style and hidden nodes, visiting at most `budget` nodes and stopping once
 * `maxChars` characters have been counted.
 */
export function measureText(root: Element, budget = 4000, skipFurniture = false, maxChars = MEASURE_MAX_CHARS): { chars: number; linkChars: number } {
  let chars = 0;
  let linkChars = 0;
  let visits = 0;
  let node: Node | null = root.firstChild;
  let linkDepthOwner: Element | null = null;
  while (node && visits++ < budget && chars < maxChars) {
    let descend = false;
    if (isText(node)) {
      const n = collapsedLength(node.data);
      chars += n;
      if (linkDepthOwner) linkChars += n;
    } else if (isElement(node)) {
      const tag = tagOf(node);
      if (!MEASURE_SKIP.has(tag) && !(skipFurniture && (isSkippedByMarkup(node) || hasBoilerplateClass(node)))) {
        descend = !!node.firstChild;
        // Only real links count: <a id="…"> anchors around subheadings are not navigation.
        if (tag === 'a' && !linkDepthOwner && descend && node.hasAttribute('href')) linkDepthOwner = node;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb to the next sibling, leaving links we were inside.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node === linkDepthOwner) linkDepthOwner = null;
    }
    if (!node || node === root) break;
    if (node === linkDepthOwner) linkDepthOwner = null;
    node = node.nextSibling;
  }
  return { chars, linkChars };
}

/**
 * Is this element inside an editable region (a CMS editor, a comment box)? The nearest
 * contenteditable attribute on the way up decides; designMode makes the whole document
 * editable. Our text must never come from (or be painted into) what the user is typing.
 */
export function isInsideEditable(el: Element): boolean {
  try {
    if ((el.ownerDocument as Document | null)?.designMode === 'on') return true;
  } catch {
    /* documents without designMode */
  }
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_DEPTH * 50; depth++) {
    const value = attr(node, 'contenteditable');
    if (value !== null) return value.toLowerCase() !== 'false';
    node = node.parentElement;
  }
  return false;
}

/**
 * Bounded look inside a subtree: does it hold a link, and how many paragraphs?
 * Replaces querySelector/getElementsByTagName in loops, which would make nested
 * wrappers quadratic; `budget` caps the nodes visited (counts are then lower bounds).
 */
export function peekSubtree(root: Element, budget = 2000): { links: number; paragraphs: number; headings: number; nodes: number; complete: boolean } {
  let links = 0;
  let headings = 0;
  let paragraphs = 0;
  let visits = 0;
  let node: Node | null = root.firstChild;
  while (node && visits++ < budget) {
    if (isElement(node)) {
      const tag = tagOf(node);
      if (tag === 'a' && node.hasAttribute('href')) links++;
      else if (tag === 'p') paragraphs++;
      else if (tag === 'h2' || tag === 'h3' || tag === 'h4') headings++;
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) return { links, paragraphs, headings, nodes: visits, complete: true };
    node = node.nextSibling;
  }
  return { links, paragraphs, headings, nodes: visits, complete: !node };
}

const MEASURE_SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object']);

/** Length of a string once runs of whitespace count as one character. */
export function collapsedLength(s: string): number {
  let n = 0;
  let inSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (space) {
      if (!inSpace) n++;
      inSpace = true;
    } else {
      n++;
      inSpace = false;
    }
  }
  return n;
}

/** Collapsed, trimmed text of a small element (headlines, bylines). */
export function shortText(el: Element | null | undefined, max = 400): string | null {
  if (!el) return null;
  const raw = el.textContent ?? '';
  const text = raw.slice(0, max * 4).replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max) : null;
}
