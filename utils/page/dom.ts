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
  STRONG_BOILERPLATE_PREFIXES,
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

// Class/id strings are tokenised once into lower-case alphanumeric words and looked up in
// Sets: giant alternation regexes cost milliseconds to compile on a page's cold first run.
const NON_ALNUM = /[^a-z0-9]+/;
const CAMEL_HUMP = /([a-z])([A-Z])/g;

// Lexicon entries with punctuation ("pull-quote") cannot equal one alphanumeric word:
// they are searched in the string instead. Listed on first use.
const compoundsByList = new Map<Iterable<string>, string[]>();

function compoundsOf(list: Iterable<string>): string[] {
  let found = compoundsByList.get(list);
  if (!found) {
    found = [];
    for (const entry of list) if (NON_ALNUM.test(entry)) found.push(entry);
    compoundsByList.set(list, found);
  }
  return found;
}

const isAlnumCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** `entry` in `text` starting at a word edge (and, for whole words, ending at one). */
function hasCompound(text: string, entry: string, wholeWord: boolean): boolean {
  for (let at = text.indexOf(entry); at >= 0; at = text.indexOf(entry, at + 1)) {
    if (at > 0 && isAlnumCode(text.charCodeAt(at - 1))) continue;
    if (wholeWord && at + entry.length < text.length && isAlnumCode(text.charCodeAt(at + entry.length))) continue;
    return true;
  }
  return false;
}

/** Does a word (or a run of words) equal an entry of `whole`, or start with one of `prefixes`? */
function matches(text: string, words: string[], whole: ReadonlySet<string>, prefixes: readonly string[]): boolean {
  for (const word of words) {
    if (!word) continue;
    if (whole.has(word)) return true;
    for (const prefix of prefixes) if (word.startsWith(prefix)) return true;
  }
  return compoundsOf(whole).some((e) => hasCompound(text, e, true)) || compoundsOf(prefixes).some((e) => hasCompound(text, e, false));
}

/** camelCase humps split, lower-cased: "shareBar Top" → "share bar top". */
function lowerWords(raw: string): string {
  return raw.replace(CAMEL_HUMP, '$1 $2').toLowerCase();
}

function isBoilerplateText(text: string, words: string[]): boolean {
  return matches(text, words, BOILERPLATE_TOKENS, BOILERPLATE_PREFIXES);
}

// Verdicts per class/id string: pages repeat the same class lists on hundreds of
// elements. Bounded.
const classVerdicts = new Map<string, 0 | 1 | 2>();
const MAX_CACHED_CLASS_LISTS = 4000;

/** Furniture strength of an element's class/id words: 0 none, 1 weak, 2 strong (see lexicon). */
export function boilerplateClassLevel(el: Element): 0 | 1 | 2 {
  return classLevelOf(marksOf(el));
}

/** boilerplateClassLevel on attributes already read. */
export function classLevelOf(marks: Marks): 0 | 1 | 2 {
  // data-component / data-testid name blocks on sites built from components ("byline-block").
  const raw = `${marks.cls ?? ''} ${marks.id ?? ''} ${marks.component ?? ''} ${marks.testid ?? ''}`;
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
 * Words are the alphanumeric runs of the lower-cased, camelCase-split string.
 */
export function classListLevel(raw: string): 0 | 1 | 2 {
  const names = raw.split(/\s+/);
  for (const name of names) if (name && SCREEN_READER_CLASSES.has(name.toLowerCase())) return 2;
  const text = lowerWords(raw);
  const words = text.split(NON_ALNUM);
  if (!isBoilerplateText(text, words)) return 0;
  if (!matches(text, words, STRONG_BOILERPLATE_TOKENS, STRONG_BOILERPLATE_PREFIXES)) return 1;
  const bodyName = names.some((name) => {
    const nameText = lowerWords(name);
    const nameWords = nameText.split(NON_ALNUM);
    return nameWords.some((w) => BODY_TOKENS.has(w)) && !isBoilerplateText(nameText, nameWords);
  });
  return bodyName ? 1 : 2;
}

/** Does the class/id mark page furniture (share bar, ad, related links, comments…)? */
export function hasBoilerplateClass(el: Element): boolean {
  return boilerplateClassLevel(el) > 0;
}

/**
 * The attributes the furniture checks read, fetched once per element: most elements carry
 * none or one, so listing their names costs fewer calls into the DOM than asking for each
 * of the dozen the checks look at.
 */
export interface Marks {
  cls: string | null;
  id: string | null;
  component: string | null;
  testid: string | null;
  role: string | null;
  style: string | null;
  ariaHidden: string | null;
  editable: string | null;
  hidden: boolean;
  inert: boolean;
  open: boolean;
}

const NO_MARKS: Marks = Object.freeze({
  cls: null,
  id: null,
  component: null,
  testid: null,
  role: null,
  style: null,
  ariaHidden: null,
  editable: null,
  hidden: false,
  inert: false,
  open: false,
});

export function marksOf(el: Element): Marks {
  let names: string[];
  try {
    if (!el.hasAttributes()) return NO_MARKS;
    names = el.getAttributeNames();
  } catch {
    return marksByName(el); // a DOM without the listing methods
  }
  const marks: Marks = { ...NO_MARKS };
  for (const name of names) {
    switch (name) {
      case 'class':
        marks.cls = attr(el, name);
        break;
      case 'id':
        marks.id = attr(el, name);
        break;
      case 'data-component':
        marks.component = attr(el, name);
        break;
      case 'data-testid':
        marks.testid = attr(el, name);
        break;
      case 'role':
        marks.role = attr(el, name);
        break;
      case 'style':
        marks.style = attr(el, name);
        break;
      case 'aria-hidden':
        marks.ariaHidden = attr(el, name);
        break;
      case 'contenteditable':
        marks.editable = attr(el, name);
        break;
      case 'hidden':
        marks.hidden = true;
        break;
      case 'inert':
        marks.inert = true;
        break;
      case 'open':
        marks.open = true;
        break;
    }
  }
  return marks;
}

function marksByName(el: Element): Marks {
  const has = (name: string) => {
    try {
      return !!el.hasAttribute?.(name);
    } catch {
      return false;
    }
  };
  return {
    cls: attr(el, 'class'),
    id: attr(el, 'id'),
    component: attr(el, 'data-component'),
    testid: attr(el, 'data-testid'),
    role: attr(el, 'role'),
    style: attr(el, 'style'),
    ariaHidden: attr(el, 'aria-hidden'),
    editable: attr(el, 'contenteditable'),
    hidden: has('hidden'),
    inert: has('inert'),
    open: has('open'),
  };
}

const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Furniture strength of an element by markup and class: 2 for things that are never
 * the article (hidden, nav/aside/footer, comments, related), 1 for furniture words that
 * also appear on article wrappers, 0 for none.
 */
export function furnitureLevel(el: Element): 0 | 1 | 2 {
  const marks = marksOf(el);
  if (hiddenByMarks(marks)) return 2;
  const tag = tagOf(el);
  if (STRONG_SKIP_TAGS.has(tag)) return 2;
  if (marks.role && STRONG_SKIP_ROLES.has(marks.role.toLowerCase())) return 2;
  const byClass = classLevelOf(marks);
  if (byClass === 2) return 2;
  return byClass === 1 || SKIP_TAGS.has(tag) || skippedByMarks(tag, marks) ? 1 : 0;
}

/** Hidden from every reader by an attribute (not furniture: hidden, whatever it holds). */
export function isHiddenByAttribute(el: Element): boolean {
  return hiddenByMarks(marksOf(el));
}

function hiddenByMarks(marks: Marks): boolean {
  return marks.hidden || marks.ariaHidden === 'true' || (!!marks.style && HIDDEN_STYLE.test(marks.style));
}

/** Hidden, inert, editable or furniture by tag/role/attribute: never article text. */
export function isSkippedByMarkup(el: Element): boolean {
  const tag = tagOf(el);
  return SKIP_TAGS.has(tag) || skippedByMarks(tag, marksOf(el));
}

/** isSkippedByMarkup past the tag check, on attributes already read. */
export function skippedByMarks(tag: string, marks: Marks): boolean {
  if (marks.hidden || marks.inert) return true;
  if (marks.ariaHidden === 'true') return true;
  if (marks.editable !== null && marks.editable.toLowerCase() !== 'false') return true;
  if (marks.role && SKIP_ROLES.has(marks.role.toLowerCase())) return true;
  if (marks.style && HIDDEN_STYLE.test(marks.style)) return true;
  if (tag === 'details' && !marks.open) return true;
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
 * `maxChars` characters have been counted. With a `mark` node, also the counts up to
 * the end of that node (the text before and in it).
 */
export function measureText(root: Element, budget = 4000, skipFurniture = false, maxChars = MEASURE_MAX_CHARS, mark: Node | null = null): TextMeasure {
  let chars = 0;
  let linkChars = 0;
  let visits = 0;
  let node: Node | null = root.firstChild;
  let linkDepthOwner: Element | null = null;
  let atMark: { chars: number; linkChars: number } | null = null;
  while (node && visits++ < budget && chars < maxChars) {
    let descend = false;
    // Node types inline (no helper calls per node: this loop mostly runs cold).
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const n = collapsedLength((node as Text).data);
      chars += n;
      if (linkDepthOwner) linkChars += n;
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const tag = tagOf(el);
      if (!MEASURE_SKIP.has(tag) && !(skipFurniture && isFurniture(el, tag))) {
        descend = !!el.firstChild;
        // Only real links count: <a id="…"> anchors around subheadings are not navigation.
        if (tag === 'a' && !linkDepthOwner && descend && el.hasAttribute('href')) linkDepthOwner = el;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    if (node === mark) atMark = { chars, linkChars };
    // Climb to the next sibling, leaving links we were inside.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node === linkDepthOwner) linkDepthOwner = null;
      if (node === mark) atMark = { chars, linkChars };
    }
    if (!node || node === root) break;
    if (node === linkDepthOwner) linkDepthOwner = null;
    node = node.nextSibling;
  }
  return { chars, linkChars, atMark };
}

export interface TextMeasure {
  chars: number;
  linkChars: number;
  /** The counts once the walk had left `mark` (null without a mark or when the walk stopped first). */
  atMark: { chars: number; linkChars: number } | null;
}

/** The node and its ancestors, outermost first (bounded). */
function pathFromTop(node: Node): Node[] {
  const path: Node[] = [];
  for (let n: Node | null = node; n && path.length < MAX_DEPTH * 5; n = n.parentNode) path.push(n);
  return path.reverse();
}

/**
 * A test "does this node come before `ref` in document order (ref's ancestors included)?".
 * Written out because DOM libraries disagree: linkedom's compareDocumentPosition compares
 * depths, not positions, and the CLI must read pages as the browser does.
 */
export function precedesTest(ref: Node): (node: Node) => boolean {
  const refPath = pathFromTop(ref);
  return (node) => {
    const path = pathFromTop(node);
    let i = 0;
    while (i < path.length && i < refPath.length && path[i] === refPath[i]) i++;
    if (i === path.length) return i < refPath.length; // an ancestor of ref comes first
    if (i === refPath.length || i === 0) return false; // inside ref, or another tree
    // Siblings under the same parent: is node's branch earlier than ref's?
    let seen = 0;
    for (let s = path[i].nextSibling; s && seen < 100_000; s = s.nextSibling, seen++) if (s === refPath[i]) return true;
    return false;
  };
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
export function peekSubtree(root: Element, budget = 2000): SubtreePeek {
  let links = 0;
  let headings = 0;
  let paragraphs = 0;
  let controls = 0;
  let times = 0;
  let visits = 0;
  let node: Node | null = root.firstChild;
  while (node && visits++ < budget) {
    if (node.nodeType === ELEMENT_NODE) {
      const tag = tagOf(node as Element);
      if (tag === 'a' && (node as Element).hasAttribute('href')) links++;
      else if (tag === 'p') paragraphs++;
      else if (tag === 'h2' || tag === 'h3' || tag === 'h4') headings++;
      else if (tag === 'button' || tag === 'input' || tag === 'textarea' || tag === 'select') controls++;
      else if (tag === 'time') times++;
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) return { links, paragraphs, headings, controls, times, nodes: visits, complete: true };
    node = node.nextSibling;
  }
  return { links, paragraphs, headings, controls, times, nodes: visits, complete: !node };
}

export interface SubtreePeek {
  links: number;
  paragraphs: number;
  /** h2–h4. */
  headings: number;
  /** Buttons and form fields. */
  controls: number;
  /** <time> elements. */
  times: number;
  nodes: number;
  complete: boolean;
}

// Skipped by markup or named as furniture by its class/id words.
function isFurniture(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  const marks = marksOf(el);
  return skippedByMarks(tag, marks) || classLevelOf(marks) > 0;
}

const MEASURE_SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object']);

const SPACE_RUN = /[ \n\t\r\f\u00a0]+/g;

/** Length of a string once runs of whitespace count as one character (a leading run counts none). */
export function collapsedLength(s: string): number {
  if (!s) return 0;
  // One native replace rather than a loop over every character: cold code runs interpreted.
  const collapsed = s.replace(SPACE_RUN, ' ').length;
  const c = s.charCodeAt(0);
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160 ? collapsed - 1 : collapsed;
}

/** Collapsed, trimmed text of a small element (headlines, bylines). */
export function shortText(el: Element | null | undefined, max = 400): string | null {
  if (!el) return null;
  const raw = el.textContent ?? '';
  const text = raw.slice(0, max * 4).replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max) : null;
}
