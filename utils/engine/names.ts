/**
 * What the lexicons of English `compromise` and French `fr-compromise` know about single
 * words: first names with their gender, last names, places, organizations, ordinary words.
 * A word look-up is all the engine needs from them, so the answers are precomputed by
 * scripts/build-word-info.ts into word-info-data.ts: the background worker then starts
 * without building compromise's whole model, which took hundreds of milliseconds on every
 * start (MV3 stops an idle worker after 30 s, so most articles met a fresh one).
 */
import { findSignature, infoOf, UNKNOWN_WORD, type WordInfo } from './word-info-codec';
import { WORD_LEXICON } from './word-info-data';

export type { WordInfo };

const cache = new Map<string, WordInfo>();

/** What the lexicons say about a word (any case); unknown words have every field false/null. Shared, frozen objects. */
export function wordInfo(word: string): WordInfo {
  const w = word.toLowerCase();
  let info = cache.get(w);
  if (!info) {
    const signature = findSignature(WORD_LEXICON, w);
    info = signature ? infoOf(signature) : UNKNOWN_WORD;
    if (cache.size < 50_000) cache.set(w, info);
  }
  return info;
}
