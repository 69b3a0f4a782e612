// Linear growth, asserted by a ratio between two input sizes measured in the same
// process (medians of several runs), never by absolute wall time: a slow CI machine slows
// both sizes alike, while a quadratic step turns ×4 input into ×16 time.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/engine/analyze';
import { bigArticle, noPunctuation } from './inputs';
import { median } from './validate';

const RUNS = 5;
const GROWTH = 4;
/** Linear is 4; n·log n stays near 5; quadratic would be 16. */
const MAX_RATIO = 8;

function timeMedian(text: string, lang: string): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    analyze(text, lang, null);
    times.push(performance.now() - t0);
  }
  return median(times);
}

function growthRatio(make: (chars: number) => string, base: number, lang: string): { small: number; large: number; ratio: number } {
  const smallText = make(base);
  const largeText = make(base * GROWTH);
  analyze(smallText, lang, null); // warm up lexicons and the JIT before measuring
  const small = timeMedian(smallText, lang);
  const large = timeMedian(largeText, lang);
  // Below ~2 ms the timer's resolution dominates: compare against a floor instead.
  return { small, large, ratio: large / Math.max(small, 2) };
}

// Quote marks that never close are the classic trap for pairing code that rescans.
const unbalanced = (chars: number) => {
  let out = '';
  for (let i = 0; out.length < chars; i++) out += i % 2 ? `“Unclosed statement number ${i}, the minister said. ` : `« Phrase ${i} sans fin, a dit le ministre. `;
  return out.slice(0, chars);
};

describe('engine time grows linearly with the text', () => {
  const families: Array<[string, (chars: number) => string, string]> = [
    ['fixture articles', (chars) => bigArticle(chars), 'fr'],
    ['unbalanced quote marks', unbalanced, 'fr'],
    ['no punctuation', (chars) => noPunctuation(11, Math.round(chars / 6)), 'en'],
  ];
  it.each(families)('%s: time(4n) / time(n) < 8', (_label, make, lang) => {
    const { small, large, ratio } = growthRatio(make, 40_000, lang);
    expect(ratio, `median ${small.toFixed(1)} ms at n, ${large.toFixed(1)} ms at 4n`).toBeLessThan(MAX_RATIO);
  }, 300_000);
});
