import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/engine/analyze';
import { expectValidAnalysis } from './helpers';

const PARAGRAPH_FR = 'Le ministre russe de la Défense Sergueï Choïgou a déclaré que la coopération « atteint un tout nouveau niveau », a-t-il ajouté. Selon lui, les sanctions sont vaines.\n\n';
const PARAGRAPH_EN = '“We will not back down,” said Jane Doe, a spokeswoman for Acme Corp. Officials said the talks had stalled, according to Reuters.\n\n';

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

describe('bad input', () => {
  const cases: [string, string][] = [
    ['empty text', ''],
    ['only spaces and newlines', ' \n\n \t \n'],
    ['no punctuation at all', repeatTo('il a dit que le ministre a affirmé que tout va bien selon lui ', 20_000)],
    ['thousands of unbalanced quote marks', repeatTo('« » » « “ " „ ‹ ’ ‘ « ', 30_000)],
    ['quote marks glued to words', repeatTo('«a»b«c«d»»e"f"g"', 30_000)],
    ['control characters', 'Il a dit\u0000 que\u0007 tout\u001b va\u0008 bien.\u0000\u000b « Oui »\u0001, a-t-il ajouté.'],
    ['mixed languages', `${PARAGRAPH_FR}${PARAGRAPH_EN}${PARAGRAPH_FR}`],
    ['lone surrogates and emoji', 'Il a dit que 🙂 tout va \ud800 bien, a-t-il ajouté.'],
    ['one huge word', 'a'.repeat(200_000)],
  ];
  for (const [name, text] of cases) {
    it(`returns a valid Analysis for ${name}`, () => {
      const a = analyze(text, null);
      expectValidAnalysis(a, text);
    });
  }

  it('survives non-string input from a careless caller', () => {
    const a = analyze(undefined as unknown as string, 42 as unknown as string, {} as unknown as string);
    expect(a.quotes).toEqual([]);
    expect(a.article.words).toBe(0);
  });

  it('analyses 1 MB of text', () => {
    const text = repeatTo(PARAGRAPH_FR + PARAGRAPH_EN, 1_000_000);
    const a = analyze(text, 'fr');
    expectValidAnalysis(a, text);
    expect(a.quotes.length).toBeGreaterThan(1000);
  });

  it('returns no statements for a language it does not cover, without failing', () => {
    const text = 'Der Minister sagte, dass die Verhandlungen weitergehen würden, und die Regierung ist nicht bereit.';
    const a = analyze(text, null);
    expect(a.lang).toBe('de');
    expect(a.quotes).toEqual([]);
  });
});

describe('random mixtures of article pieces', () => {
  // A fixed-seed generator, so a failure is reproducible.
  let seed = 20261129;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pieces = [
    'Il a déclaré', 'que', '« ', ' »', '“', '”', '"', ',', '.', ':', ' — ', 'a-t-il ajouté', 'selon', 'Selon lui,', 'M.', 'Mme',
    'Sergueï Choïgou', 'le ministre russe', 'said', 'told Reuters', 'according to', 'officials', 'he', 'she', 'the company',
    '(', ')', '\n\n', '\n', 'Q:', 'Alvarado:', 'cité par', 'affirmant que', 'insisting that', 'Moscou', 'the latter',
    'ce dernier', 'tandis que', '’', '‘', '‹', '›', '„', '\u0000', '😀', 'x'.repeat(50), '12,5 %', 'Pour le ministre,',
  ];
  it('never throws and always returns a valid Analysis', () => {
    for (let n = 0; n < 300; n++) {
      const parts: string[] = [];
      const len = 1 + Math.floor(rand() * 60);
      for (let i = 0; i < len; i++) parts.push(pieces[Math.floor(rand() * pieces.length)]);
      const text = parts.join(rand() < 0.5 ? ' ' : '');
      const a = analyze(text, rand() < 0.5 ? 'fr' : rand() < 0.5 ? 'en' : null, rand() < 0.3 ? parts[0] : null);
      expectValidAnalysis(a, text);
    }
  });
});

/**
 * Linearity: analysing 8× more text must cost about 8× more, not 64×. The cost is the
 * process's CPU time (steadier than wall time when other programs load the machine), best
 * of five runs per size, with a generous bound (3× the linear ratio) that a quadratic step
 * would still break.
 */
describe('time is linear in the input', () => {
  const best = (text: string) => {
    let min = Infinity;
    for (let r = 0; r < 5; r++) {
      const c0 = process.cpuUsage();
      analyze(text, 'fr');
      const c = process.cpuUsage(c0);
      min = Math.min(min, (c.user + c.system) / 1000);
    }
    return min;
  };
  const inputs: [string, string][] = [
    ['articles', PARAGRAPH_FR + PARAGRAPH_EN],
    ['one sentence with no punctuation and many cues', 'le ministre a dit que la banque a affirmé que tout va bien selon lui et il a ajouté que '],
    ['unbalanced quote marks', '« il a dit » que » « elle » a ajouté « '],
  ];
  for (const [name, unit] of inputs) {
    it(name, () => {
      analyze(repeatTo(unit, 20_000), 'fr'); // warm-up
      const small = best(repeatTo(unit, 40_000));
      const large = best(repeatTo(unit, 320_000));
      expect(large / Math.max(small, 1)).toBeLessThan(8 * 3);
    });
  }
});
