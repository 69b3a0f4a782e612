/**
 * The packed form of the word lexicon (word-info-data.ts): one string of every known word,
 * sorted, separated by spaces, each word preceded by one letter that names its signature
 * (what it is: see signatureOf). A look-up is a binary search over the string itself, so
 * nothing is built when the background worker starts: the first article after the worker
 * wakes up pays a few string comparisons per word, not the cost of filling a 78,000-entry map.
 */

export interface WordInfo {
  firstName: 'm' | 'f' | '?' | null;
  lastName: boolean;
  place: boolean;
  organization: boolean;
  /** Known as an ordinary word (verb, adjective, noun…), so capitalised only by position. */
  common: boolean;
}

export const UNKNOWN_WORD: Readonly<WordInfo> = Object.freeze({ firstName: null, lastName: false, place: false, organization: false, common: false });

export interface PackedLexicon {
  /** Signature of each letter: SIGNATURE_LETTERS[i] stands for signatures[i]. */
  signatures: string[];
  /** "letter+word" entries sorted by the word (UTF-16 code units, as the search compares), space-separated. */
  words: string;
}

const SIGNATURE_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** "m", "f", "?" or "-" for the first name, then L, P, O, C for the flags that hold. */
export function signatureOf(info: WordInfo): string {
  return (
    (info.firstName ?? '-') +
    (info.lastName ? 'L' : '') +
    (info.place ? 'P' : '') +
    (info.organization ? 'O' : '') +
    (info.common ? 'C' : '')
  );
}

export function infoOf(signature: string): WordInfo {
  const first = signature[0];
  return Object.freeze({
    firstName: first === 'm' || first === 'f' || first === '?' ? first : null,
    lastName: signature.includes('L'),
    place: signature.includes('P'),
    organization: signature.includes('O'),
    common: signature.includes('C'),
  });
}

/** Words must not contain spaces (multi-word lexicon entries are never looked up). */
export function packLexicon(words: Map<string, WordInfo>): PackedLexicon {
  const signatures = [...new Set([...words.values()].map(signatureOf))].sort();
  if (signatures.length > SIGNATURE_LETTERS.length) throw new Error('too many word signatures for one letter each');
  const letterOf = new Map(signatures.map((s, i) => [s, SIGNATURE_LETTERS[i]]));
  for (const word of words.keys()) if (!word || /\s/.test(word)) throw new Error(`a packed word must be non-empty without spaces: ${JSON.stringify(word)}`);
  const sorted = [...words.keys()].sort();
  return { signatures, words: sorted.map((w) => letterOf.get(signatureOf(words.get(w)!))! + w).join(' ') };
}

/** The signature of `word` in the packed lexicon, or null when it is not there. */
export function findSignature(lexicon: PackedLexicon, word: string): string | null {
  const text = lexicon.words;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = text.lastIndexOf(' ', mid - 1) + 1; // the entry that holds position mid
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    const entry = text.slice(start + 1, end);
    if (entry === word) return lexicon.signatures[SIGNATURE_LETTERS.indexOf(text[start])] ?? null;
    if (word < entry) hi = start - 1;
    else lo = end + 1;
  }
  return null;
}

/** Every word of the packed lexicon with its info (tests and tools; the engine searches instead). */
export function unpackLexicon(lexicon: PackedLexicon): Map<string, WordInfo> {
  const out = new Map<string, WordInfo>();
  for (const entry of lexicon.words.split(' ')) {
    if (entry) out.set(entry.slice(1), infoOf(lexicon.signatures[SIGNATURE_LETTERS.indexOf(entry[0])]));
  }
  return out;
}
