/**
 * Direct quotations: pair quotation marks in one linear pass.
 * Real pages mix styles (« », “ ”, „ “, " ", ‹ ›, ‘ ’), reverse guillemets (»malgré…,»),
 * leave marks unbalanced, and reopen a quote at the start of each paragraph it runs over.
 * Each mark is classified by its shape and its neighbours; a small state machine pairs them.
 */

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the paragraph ended first. */
  close: number;
  /** Content between the marks, trimmed of spaces. */
  start: number;
  end: number;
  /** True when the quote continued over a paragraph break. */
  multiParagraph: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
}

type Role = 'open' | 'close' | 'either' | 'none';

const SPACE = /[\s\u00a0\u202f\u2009]/;
const isSpace = (c: string | undefined) => c === undefined || SPACE.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which a mark opens: start, space, brackets, dashes, other opening marks. */
const isOpeningContext = (c: string | undefined) => c === undefined || isSpace(c) || /[([{\-–—/«“„‘‹:]/.test(c);

function roleOf(text: string, i: number, depth: number): Role {
  const c = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  const spaceBefore = isOpeningContext(prev);
  const spaceAfter = isSpace(next) || /[.,;:!?)\]»”’]/.test(next ?? ' ');
  switch (c) {
    case '«':
    case '„':
    case '‹':
      // A « glued to the previous word and followed by a space closes (reversed marks).
      if (depth > 0 && !spaceBefore && spaceAfter) return 'close';
      return 'open';
    case '»':
    case '›':
      // A » after a space and glued to the next word opens: the seed's "»malgré".
      if (spaceBefore && !isSpace(next) && next !== undefined && depth === 0) return 'open';
      return 'close';
    case '“':
      if (depth > 0 && !spaceBefore && spaceAfter) return 'close'; // German „…“ or a sloppy closer
      return 'open';
    case '”':
      if (depth === 0 && spaceBefore && !spaceAfter) return 'open';
      return 'close';
    case '"':
      if (spaceBefore && !spaceAfter) return 'open';
      if (!spaceBefore && spaceAfter) return 'close';
      return 'either';
    case '‘':
    case '‚':
      // Single marks only count at word edges; ‘ inside a word is an apostrophe.
      return spaceBefore && isWordChar(next) ? 'open' : 'none';
    case '’':
      // Mostly an apostrophe: it closes only a quote opened with ‘ and only at a word end.
      return !isWordChar(next) && !spaceBefore ? 'close' : 'none';
    default:
      return 'none';
  }
}

/** Which marks pair with which: a closer first closes an open quote of its own family. */
function family(c: string): string {
  if (c === '«' || c === '»') return 'guillemet';
  if (c === '"') return 'straight';
  return 'curly';
}

const SINGLE = new Set(['‘', '‚', '‹']);
const SINGLE_CLOSE = new Set(['’', '›']);

/** The opening mark that starts a paragraph, if any (the reopening convention). */
function reopensAt(text: string, p: Paragraph): number {
  let i = p.start;
  while (i < p.end && isSpace(text[i])) i++;
  const c = text[i];
  return c === '«' || c === '“' || c === '"' || c === '„' || c === '‘' ? i : -1;
}

export function findQuotes(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let outer = -1; // index of the open outer mark
  let outerSingle = false;
  let inner = -1;
  let multi = false;

  const emit = (open: number, close: number, endLimit: number) => {
    let s = open + 1;
    let e = close >= 0 ? close : endLimit;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) spans.push({ open, close, start: s, end: e, multiParagraph: multi });
  };

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    let i = p.start;
    if (outer >= 0) {
      // Still open from the previous paragraph: the mark reopening this one is not a new quote.
      const reopen = reopensAt(text, p);
      if (reopen >= 0) {
        multi = true;
        i = reopen + 1;
      }
    }
    for (; i < p.end; i++) {
      const c = text[i];
      if (!(c === '«' || c === '»' || c === '“' || c === '”' || c === '„' || c === '"' || c === '‹' || c === '›' || c === '‘' || c === '’' || c === '‚')) continue;
      const depth = outer < 0 ? 0 : inner < 0 ? 1 : 2;
      let role = roleOf(text, i, depth);
      if (role === 'none') continue;
      if (SINGLE_CLOSE.has(c) && role === 'close') {
        // Single closers only close single openers.
        if (inner >= 0 && SINGLE.has(text[inner])) inner = -1;
        else if (outer >= 0 && outerSingle && inner < 0) {
          emit(outer, i, p.end);
          outer = -1;
          multi = false;
        }
        continue;
      }
      if (role === 'either') role = depth > 0 ? 'close' : 'open';
      if (role === 'open') {
        if (outer < 0) {
          outer = i;
          outerSingle = SINGLE.has(c);
        } else if (inner < 0 && c !== text[outer]) inner = i; // nested quote of another style
        continue;
      }
      // role === 'close'
      if (inner >= 0 && family(text[inner]) === family(c)) {
        inner = -1;
      } else if (outer >= 0) {
        emit(outer, i, p.end);
        outer = -1;
        inner = -1;
        multi = false;
      }
    }
    if (outer >= 0) {
      const next = paragraphs[pi + 1];
      if (next && reopensAt(text, next) >= 0) continue; // the quote carries on
      emit(outer, -1, p.end); // unclosed: the paragraph end closes it
      outer = -1;
      inner = -1;
      multi = false;
    }
  }
  return spans;
}
