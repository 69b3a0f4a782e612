/**
 * Paragraphs, sentences and tokens, all with UTF-16 offsets into the analysed text.
 * Sentences never break inside a paired quotation, so "«A. B», a-t-il dit." stays one
 * sentence and its cue stays next to its quote.
 */
import type { Paragraph, QuoteSpan } from './quotes';
import { norm } from './text';

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

// Words (with inner hyphens, apostrophes, dots and ampersands) or single non-space marks.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-’'.&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string, start: number, end: number, elisions: Set<string>, quotes: QuoteSpan[], qFrom: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  let q = qFrom;
  let first = true;
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + (m.index ?? 0);
    const raw = m[0];
    const word = /[\p{L}\p{N}]/u.test(raw[0]);
    // French elision: "l’approfondissement" → "l’" + "approfondissement".
    const parts: [string, number][] = [];
    if (word && elisions.size) {
      const a = raw.search(/[’']/);
      if (a > 0 && elisions.has(raw.slice(0, a).toLowerCase()) && a < raw.length - 1) {
        parts.push([raw.slice(0, a + 1), s], [raw.slice(a + 1), s + a + 1]);
      }
    }
    if (!parts.length) parts.push([raw, s]);
    for (const [t, ts] of parts) {
      while (q < quotes.length && quoteEnd(quotes[q]) < ts) q++;
      const qs = q < quotes.length ? quotes[q] : null;
      const isMark = !!qs && (qs.open === ts || qs.close === ts);
      const inQuote = !!qs && qs.open < ts && ts < quoteEnd(qs);
      out.push({
        text: t,
        norm: norm(t),
        start: ts,
        end: ts + t.length,
        word,
        cap: word && /^\p{Lu}/u.test(t),
        inQuote,
        quote: inQuote || isMark ? q : -1,
        initial: word && first,
      });
      if (word) first = false;
    }
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
