import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderModule, wordInfoFromCompromise } from '../../../scripts/build-word-info';
import { wordInfo } from '../../../utils/engine/names';
import { findSignature, infoOf, packLexicon, unpackLexicon, type WordInfo } from '../../../utils/engine/word-info-codec';
import { WORD_LEXICON } from '../../../utils/engine/word-info-data';

describe('precomputed word lexicon', () => {
  it('finds every packed word by binary search, and nothing else', () => {
    const info = (firstName: WordInfo['firstName'], common = false): WordInfo => ({ firstName, lastName: false, place: false, organization: false, common });
    const words = new Map<string, WordInfo>([
      ['a', info(null, true)],
      ['ab', info('m')],
      ["aujourd'hui", info(null, true)],
      ['amir-abdollahian', info(null, false)],
      ['é', info('f')],
      ['zz', info('?', true)],
    ]);
    const packed = packLexicon(words);
    for (const [word, expected] of words) expect(infoOf(findSignature(packed, word)!), word).toEqual(expected);
    for (const absent of ['', 'aa', 'abc', 'b', 'zzz', 'éa', ' ']) expect(findSignature(packed, absent), absent).toBeNull();
    expect(unpackLexicon(packed)).toEqual(words);
  });

  it('matches the lexicons of compromise and fr-compromise word for word (regenerate with scripts/build-word-info.ts)', () => {
    const expected = wordInfoFromCompromise();
    expect(readFileSync(resolve(import.meta.dirname, '../../../utils/engine/word-info-data.ts'), 'utf8')).toBe(renderModule(expected));
    const unpacked = unpackLexicon(WORD_LEXICON);
    expect(unpacked.size).toBe(expected.size);
    for (const [word, info] of expected) {
      if (unpacked.get(word)?.firstName !== info.firstName || findSignature(WORD_LEXICON, word) === null) {
        expect({ word, info: unpacked.get(word) }).toEqual({ word, info });
      }
    }
  }, 30_000);

  it('answers look-ups in any case, and unknown words as nothing known', () => {
    expect(wordInfo('Marie').firstName).toBe('f');
    expect(wordInfo('PARIS').place).toBe(true);
    expect(wordInfo('déclaré').common).toBe(true);
    expect(wordInfo('Zxqvbnm')).toEqual({ firstName: null, lastName: false, place: false, organization: false, common: false });
  });
});
