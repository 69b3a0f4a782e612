/**
 * Paragraphs, sentences and tokens, all with UTF-16 offsets into the analysed text.
 * Sentences never break inside a paired quotation, so "«A. B», a-t-il dit." stays one
 * sentence and its cue stays next to its quote.
 */
import type { Paragraph, QuoteSpan } from './quotes';
import { isWordCode, norm } from './text';

export interface Token {
  text: string;
  /** Lowercase, typographic apostrophe: the form lexicons use. */
  norm: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Inside a direct quotation (the words are the speaker's, not the reporter's). */
  inQuote: boolean;
  /** Index of the quote span this token is a mark of or inside, -1 if none. */
  quote: number;
  /** First word of its sentence (capitalised by position, not by being a name). */
  initial: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  tokens: Token[];
}

export function splitParagraphs(text: string, from: number): Paragraph[] {
  const out: Paragraph[] = [];
  let i = from;
  while (i <= text.length) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    let s = i;
    let e = j;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    i = j + 1;
  }
  return out;
}

const ABBREVIATIONS = new Set(
  'm mm mr mrs ms dr mme mlle mgr me st sr jr gen sen rep gov lt col sgt capt cmdr adm prof pr vs etc no nos art ch fig inc corp co ltd bros av bd jan feb aug sept oct nov dec u.s u.k u.n e.u'.split(' '),
);

/** Sentence ends in one paragraph, skipping the inside of quotes. */
function sentenceBreaks(text: string, p: Paragraph, quotes: QuoteSpan[], qFrom: number): number[] {
  const breaks: number[] = [];
  let q = qFrom;
  for (let i = p.start; i < p.end; i++) {
    while (q < quotes.length && quoteEnd(quotes[q]) < i) q++;
    const c = text[i];
    // Unclosed quotes do not hold sentences together: a stray mark must not glue a paragraph.
    const inside = q < quotes.length && quotes[q].close >= 0 && quotes[q].open < i && i < quotes[q].close;
    if (inside) continue;
    let endAt = -1;
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      if (c === '.' && isAbbreviation(text, i)) continue;
      endAt = i + 1;
    } else if (q < quotes.length && quotes[q].close === i) {
      // "…aujourd’hui.» Il a ajouté": a quote ending its own sentence ends ours.
      let k = i - 1;
      while (k > quotes[q].open && /\s/.test(text[k])) k--;
      if (/[.!?…]/.test(text[k])) endAt = i + 1;
    }
    if (endAt < 0) continue;
    let j = endAt;
    while (j < p.end && /[.!?…)\]»”"’]/.test(text[j])) j++;
    if (j < p.end && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < p.end && /\s/.test(text[k])) k++;
    if (k >= p.end) continue;
    // The next sentence starts with a capital, a digit, a quote mark or a dash.
    if (/[\p{Lu}\p{N}«“„"‹‘(\-–—]/u.test(text[k])) {
      breaks.push(j);
      i = j - 1;
    }
  }
  return breaks;
}

function quoteEnd(q: QuoteSpan): number {
  return q.close >= 0 ? q.close : q.end;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]) && dot - s < 12) s--;
  const word = text.slice(s, dot);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Characters that join two word parts into one token: "Amir-Abdollahian", "aujourd’hui", "U.S", "AT&T". */
const isJoiner = (c: number) => c === 45 || c === 0x2019 || c === 39 || c === 46 || c === 38;
const isSpaceCode = (c: number) => c <= 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x200b || c === 0xfeff;

/**
 * Words (letters, digits, inner joiners) and single marks, in one pass over the characters
 * (no Unicode-class regex: this is the engine's hottest loop).
 */
export function tokenize(text: string, start: number, end: number, elisions: Set<string>, quotes: QuoteSpan[], qFrom: number): Token[] {
  const out: Token[] = [];
  let q = qFrom;
  let first = true;
  const push = (ts: number, te: number, word: boolean) => {
    const t = text.slice(ts, te);
    while (q < quotes.length && quoteEnd(quotes[q]) < ts) q++;
    const qs = q < quotes.length ? quotes[q] : null;
    const isMark = !!qs && (qs.open === ts || qs.close === ts);
    const inQuote = !!qs && qs.open < ts && ts < quoteEnd(qs);
    const c0 = t.charCodeAt(0);
    out.push({
      text: t,
      norm: word ? norm(t) : t,
      start: ts,
      end: te,
      word,
      cap: word && (c0 < 128 ? c0 >= 65 && c0 <= 90 : t[0] !== t[0].toLowerCase()),
      inQuote,
      quote: inQuote || isMark ? q : -1,
      initial: word && first,
    });
    if (word) first = false;
  };
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (!isWordCode(c, text[i])) {
      // Surrogate pairs (emoji) stay one mark.
      const w = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
      push(i, i + w, false);
      i += w;
      continue;
    }
    let j = i + 1;
    let elided = -1;
    for (;;) {
      while (j < end && isWordCode(text.charCodeAt(j), text[j])) j++;
      if (j + 1 < end && isJoiner(text.charCodeAt(j)) && isWordCode(text.charCodeAt(j + 1), text[j + 1])) {
        const a = text.charCodeAt(j);
        if (elided < 0 && (a === 0x2019 || a === 39) && elisions.size && elisions.has(text.slice(i, j).toLowerCase())) elided = j;
        j += 2;
        continue;
      }
      break;
    }
    if (elided >= 0) {
      // French elision: "l’approfondissement" → "l’" + "approfondissement".
      push(i, elided + 1, true);
      push(elided + 1, j, true);
    } else if (j < end && text.charCodeAt(j) === 46 && (j - i === 1 ? /\p{Lu}/u.test(text[i]) : ABBREVIATIONS.has(text.slice(i, j).toLowerCase()))) {
      // "Mr.", "M.", "J.", "U.S.": the period belongs to the abbreviation, it ends nothing.
      push(i, j + 1, true);
      const last = out[out.length - 1];
      last.norm = last.norm.slice(0, -1);
      j++;
    } else {
      push(i, j, true);
    }
    i = j;
  }
  return out;
}

export function splitSentences(text: string, paragraphs: Paragraph[], quotes: QuoteSpan[], elisions: Set<string>): Sentence[] {
  const out: Sentence[] = [];
  let q = 0;
  paragraphs.forEach((p, pi) => {
    while (q < quotes.length && quoteEnd(quotes[q]) < p.start) q++;
    const breaks = sentenceBreaks(text, p, quotes, q);
    let s = p.start;
    for (const b of [...breaks, p.end]) {
      let st = s;
      while (st < b && /\s/.test(text[st])) st++;
      if (b > st) {
        while (q < quotes.length && quoteEnd(quotes[q]) < st) q++;
        out.push({ start: st, end: b, paragraph: pi, tokens: tokenize(text, st, b, elisions, quotes, q) });
      }
      s = b;
    }
  });
  return out;
}
