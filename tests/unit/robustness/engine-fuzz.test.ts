// The engine runs on whatever text a web page holds: it must never throw and must always
// return an Analysis whose offsets index the input exactly (the painter trusts them).
// Each case collects every failing input with its broken invariants, so a red test says
// which input and which rule.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/engine/analyze';
import {
  bigArticle,
  controlCharacters,
  corpusSentences,
  fixtureBodies,
  mixedLanguages,
  noPunctuation,
  pathologicalQuotes,
  randomUnicode,
} from './inputs';
import { validateAnalysis } from './validate';

type Lang = string | null | undefined;

/** Analyse one input; return a description of what went wrong, or null. */
function check(label: string, text: string, lang: Lang = null, title: string | null = null): string | null {
  try {
    const problems = validateAnalysis(text, analyze(text, lang as string | null, title));
    return problems.length ? `${label}: ${problems.slice(0, 5).join('; ')}` : null;
  } catch (error) {
    return `${label}: threw ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 3).join(' | ') : String(error)}`;
  }
}

function checkAll(cases: Array<[string, string, Lang?, (string | null)?]>): string[] {
  return cases.map(([label, text, lang, title]) => check(label, text, lang, title ?? null)).filter((x): x is string => x !== null);
}

const SPEAKERS = ['Jane Smith', 'the minister', 'a senior official who asked not to be named', 'he', 'Reuters', 'Dr. Ng'];

describe('engine robustness', () => {
  it('survives thousands of nlp-corpus sentences, raw and wrapped as quotes', () => {
    const sentences = corpusSentences(10);
    expect(sentences.length).toBeGreaterThanOrEqual(10_000);
    const cases: Array<[string, string, Lang]> = [];
    for (let i = 0; i < sentences.length; i += 25) {
      const chunk = sentences.slice(i, i + 25);
      cases.push([`corpus raw #${i}`, chunk.join(' '), i % 50 === 0 ? 'en' : null]);
      // The same odd sentences as statements, so quote pairing and speaker resolution run on them.
      const quoted = chunk
        .map((s, j) => (j % 3 === 0 ? `“${s}” ${SPEAKERS[j % SPEAKERS.length]} said.` : j % 3 === 1 ? `${SPEAKERS[j % SPEAKERS.length]} said that ${s}` : `According to ${SPEAKERS[j % SPEAKERS.length]}, ${s}`))
        .join('\n\n');
      cases.push([`corpus quoted #${i}`, quoted, 'en']);
    }
    expect(checkAll(cases)).toEqual([]);
    // The fuzz must reach the attribution code, not bounce off an early exit: every third
    // wrapped sentence is a plain “…” X said. statement.
    const quoted = cases.filter(([label]) => label.startsWith('corpus quoted'));
    const found = quoted.reduce((n, [, text, lang]) => n + analyze(text, lang as string).quotes.length, 0);
    expect(found).toBeGreaterThan(quoted.length * 3);
  }, 300_000);

  it('survives random Unicode (seeded: lone surrogates, RTL, combining marks, astral emoji)', () => {
    const cases: Array<[string, string, Lang]> = [];
    for (let seed = 1; seed <= 60; seed++) {
      cases.push([`unicode seed ${seed}`, randomUnicode(seed, 200 + seed * 50), seed % 3 === 0 ? 'fr' : seed % 3 === 1 ? 'en' : null]);
    }
    expect(checkAll(cases)).toEqual([]);
  }, 120_000);

  it('survives pathological quote marks (thousands, unbalanced)', () => {
    const cases: Array<[string, string, Lang]> = [];
    for (const [label, text] of Object.entries(pathologicalQuotes(7))) {
      cases.push([`${label} (en)`, text, 'en'], [`${label} (fr)`, text, 'fr']);
    }
    expect(checkAll(cases)).toEqual([]);
  }, 120_000);

  it('survives control characters, bidi overrides and mixed newlines', () => {
    expect(checkAll([1, 2, 3].flatMap((seed) => [[`controls seed ${seed} en`, controlCharacters(seed), 'en'], [`controls seed ${seed} fr`, controlCharacters(seed), 'fr']] as Array<[string, string, Lang]>))).toEqual([]);
  }, 60_000);

  it('survives mixed languages under every language hint', () => {
    const text = mixedLanguages();
    const hints: Lang[] = [null, undefined, 'fr', 'en', 'de', 'ja', 'zz', '', 'FR', 'fr-CA', 'en-US', 'x'.repeat(300)];
    expect(checkAll(hints.map((lang) => [`mixed languages, lang=${JSON.stringify(lang)?.slice(0, 20)}`, text, lang]))).toEqual([]);
  }, 60_000);

  it('survives text without punctuation, one giant word, whitespace and emptiness', () => {
    expect(
      checkAll([
        ['20,000 words, no punctuation (en)', noPunctuation(3, 20_000), 'en'],
        ['20,000 words, no punctuation (fr)', noPunctuation(4, 20_000), 'fr'],
        ['one 100,000-char word', 'a'.repeat(100_000), 'en'],
        ['empty', '', null],
        ['empty fr', '', 'fr'],
        ['spaces only', ' '.repeat(10_000), 'en'],
        ['newlines only', '\n'.repeat(10_000), 'fr'],
        ['a single quote mark', '“', 'en'],
        ['a single cue', 'said', 'en'],
        ['digits and symbols', '1234567890 !@#$%^&*() '.repeat(2000), 'en'],
      ]),
    ).toEqual([]);
  }, 120_000);

  it('survives odd titles', () => {
    const body = fixtureBodies()[0] ?? '“Yes,” she said.';
    const titles: Array<string | null> = [null, '', '“', '<script>alert(1)</script>', 'x'.repeat(100_000), body.slice(0, 200)];
    expect(checkAll(titles.map((title, i) => [`title #${i}`, body, 'fr', title]))).toEqual([]);
  }, 60_000);

  it('analyses a 1 MB article built from the fixtures and finds its statements', () => {
    const bodies = fixtureBodies();
    const text = bigArticle(1_000_000, bodies);
    expect(text.length).toBe(1_000_000);
    const analysis = analyze(text, 'fr', 'A very long article');
    expect(validateAnalysis(text, analysis)).toEqual([]);
    // Each repetition of the fixtures holds statements: a 1 MB article must not come back
    // empty because a limit silently gave up (a small article built the same way has some).
    const small = analyze(bigArticle(20_000, bodies), 'fr', null);
    if (small.quotes.length > 0) expect(analysis.quotes.length).toBeGreaterThan(small.quotes.length * 10);
  }, 300_000);
});
