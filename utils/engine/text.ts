/** Small text helpers shared by the engine: folding, name keys, character classes. */

/** Lowercase, no accents, typographic apostrophes and dashes made plain: for comparing names. */
export function fold(s: string): string {
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
  return s.toLowerCase().replace(/'/g, '’');
}

/**
 * A spelling-independent key for a name, so that transliterations of one name meet:
 * "Choïgou" (French) and "Shoigu" (English) both give "shoigu"; "Poutine"/"Putin" → "putin";
 * "Zelensky"/"Zelenski" → "zelenski". Each rule maps one spelling habit onto another.
 */
export function nameKey(word: string): string {
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

const WORD_RE = /[\p{L}\p{N}]+(?:[’'\-][\p{L}\p{N}]+)*/gu;

/** Words as a reader counts them: runs of letters or digits ("aujourd’hui" and "Amir-Abdollahian" are one). */
export function countWords(s: string): number {
  let n = 0;
  WORD_RE.lastIndex = 0;
  while (WORD_RE.exec(s)) n++;
  return n;
}
