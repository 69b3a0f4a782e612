/** Small text helpers shared by the engine: folding, name keys, character classes. */

/** Lowercase, no accents, typographic apostrophes and dashes made plain: for comparing names. */
const foldCache = new Map<string, string>();

export function fold(s: string): string {
  const hit = foldCache.get(s);
  if (hit !== undefined) return hit;
  const out = foldUncached(s);
  if (foldCache.size > 20_000) foldCache.clear(); // bounded: names repeat, arbitrary text does not
  foldCache.set(s, out);
  return out;
}

function foldUncached(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lowercase with the typographic apostrophe the lexicons use. */
export function norm(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes("'") ? lower.replace(/'/g, '’') : lower;
}

/**
 * A spelling-independent key for a name, so that transliterations of one name meet:
 * "Choïgou" (French) and "Shoigu" (English) both give "shoigu"; "Poutine"/"Putin" → "putin";
 * "Zelensky"/"Zelenski" → "zelenski". Each rule maps one spelling habit onto another.
 */
const keyCache = new Map<string, string>();

export function nameKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = nameKeyUncached(word);
    if (keyCache.size > 20_000) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

function nameKeyUncached(word: string): string {
  let s = fold(word).replace(/[^a-z]/g, '');
  s = s
    .replace(/tch/g, 'ch') // French "Tch" = English "Ch" (Tchaïkovski)
    .replace(/sch/g, 'sh')
    .replace(/ch/g, 'sh') // French "Ch" = English "Sh" (Choïgou)
    .replace(/kh/g, 'h')
    .replace(/ou/g, 'u') // French "ou" = English "u"
    .replace(/gu(?=[ei])/g, 'g') // French "gue/gui" = hard g
    .replace(/dj/g, 'j')
    .replace(/y/g, 'i')
    .replace(/ck|q|c(?=[aou])/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/(.)\1+/g, '$1')
    .replace(/e$/, ''); // French mute final e (Poutine → Putin)
  return s;
}

export const isUpperStart = (s: string): boolean => /^\p{Lu}/u.test(s);
export const isAllCaps = (s: string): boolean => /^\p{Lu}{2,}$/u.test(s.replace(/[.\-&]/g, ''));

/** Opening and closing quotation marks we know (straight " is decided by context). */
export const QUOTE_CHARS = new Set(['«', '»', '“', '”', '„', '‟', '"', '‹', '›', '‘', '’', '‚']);

/** Letter or digit, fast for ASCII and Latin-1, exact for the rest. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export function isWordCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return LETTER_OR_DIGIT.test(ch);
}

/** Words as a reader counts them: runs of letters or digits ("aujourd’hui" and "Amir-Abdollahian" are one). */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWordCode(c, s[i])) {
      if (!inWord) n++;
      inWord = true;
    } else if (inWord && (c === 0x2019 || c === 39 || c === 45) && i + 1 < s.length && isWordCode(s.charCodeAt(i + 1), s[i + 1])) {
      // an apostrophe or hyphen inside a word joins it
    } else {
      inWord = false;
    }
  }
  return n;
}
