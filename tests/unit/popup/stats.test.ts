import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../utils/engine/types';
import { balanceByCountry, balanceByKind, computeTotals, speakerFigures, speakersByCount, verbsUsed } from '../../../utils/stats';
import { seedAnalysis } from './fixture';

const EMPTY: Analysis = { lang: 'en', article: { isArticle: true, title: null, confidence: 1, words: 0 }, quotes: [], speakers: [] };

describe('popup figures from the seed analysis', () => {
  const analysis = seedAnalysis();

  it('orders speakers most quoted first', () => {
    expect(speakersByCount(analysis).map((s) => [s.name, s.count])).toEqual([
      ['Sergueï Choïgou', 7],
      ['David Barnea', 3],
      ['Moscou', 2],
      ['Hossein Amir-Abdollahian', 1],
    ]);
  });

  it('counts statements by form and by sourcing', () => {
    expect(computeTotals(analysis)).toEqual({
      statements: 13,
      direct: 2,
      mixed: 3,
      reported: 7,
      accordingTo: 1,
      named: 13,
      anonymous: 0,
      unattributed: 0,
      speakers: 4,
    });
  });

  it('balances voices by country and by kind, biggest first', () => {
    expect(balanceByCountry(analysis).map((e) => [e.key, e.count])).toEqual([
      ['RU', 9],
      ['IL', 3],
      ['IR', 1],
    ]);
    expect(balanceByKind(analysis).map((e) => [e.key, e.count])).toEqual([
      ['person', 11],
      ['organization', 2],
    ]);
    expect(balanceByCountry(analysis)[0].share).toBeCloseTo(9 / 13);
  });

  it('lists attribution verbs by tone with counts', () => {
    const { neutral, loaded } = verbsUsed(analysis);
    expect(neutral[0]).toEqual({ verb: 'a déclaré', tone: 'neutral', count: 2 });
    expect(neutral.reduce((n, v) => n + v.count, 0)).toBe(8);
    expect(loaded.map((v) => v.verb).sort()).toEqual(['a affirmé', 'a tiré la sonnette d’alarme', 'a toujours nié', 'affirmant', 'insistant']);
  });

  it('gives each speaker a share of statements and of quoted words, and their loaded verbs', () => {
    const figures = speakerFigures(analysis);
    expect(figures.map((f) => f.statementShare)).toEqual([7 / 13, 3 / 13, 2 / 13, 1 / 13]);
    const words = analysis.speakers.reduce((n, s) => n + s.words, 0);
    expect(figures[0].wordShare).toBeCloseTo(analysis.speakers[0].words / words);
    expect(figures.reduce((n, f) => n + f.wordShare, 0)).toBeCloseTo(1);
    expect(figures[0].loadedVerbs).toEqual([]);
    expect(figures[1].loadedVerbs.map((v) => v.verb)).toEqual(['a affirmé', 'a tiré la sonnette d’alarme', 'affirmant']);
    expect(figures[2].loadedVerbs.length).toBe(2);
  });
});

describe('popup figures on odd input', () => {
  it('handles an analysis with nothing in it', () => {
    expect(computeTotals(EMPTY).statements).toBe(0);
    expect(balanceByCountry(EMPTY)).toEqual([]);
    expect(speakerFigures(EMPTY)).toEqual([]);
    expect(verbsUsed(EMPTY)).toEqual({ neutral: [], loaded: [] });
  });

  it('counts unsourced and anonymous statements apart, and puts unknown countries last', () => {
    const analysis: Analysis = {
      ...EMPTY,
      quotes: [
        { id: 'a', start: 0, end: 1, text: 'x', kind: 'direct', cue: null, mention: null, speakerId: null, via: null },
        { id: 'b', start: 2, end: 3, text: 'y', kind: 'indirect', cue: { text: 'Claimed ', start: 0, end: 1, tone: 'loaded' }, mention: null, speakerId: 'anon', via: null },
        { id: 'c', start: 4, end: 5, text: 'z', kind: 'indirect', cue: { text: 'claimed', start: 0, end: 1, tone: 'loaded' }, mention: null, speakerId: 'ghost', via: null },
        { id: 'd', start: 6, end: 7, text: 'w', kind: 'direct', cue: null, mention: null, speakerId: 'fr', via: null },
      ],
      speakers: [
        { id: 'anon', name: 'a source', aliases: [], kind: 'anonymous', role: null, country: null, count: 1, words: 1 },
        { id: 'fr', name: 'Élysée', aliases: [], kind: 'organization', role: null, country: 'fr', count: 1, words: 1 },
      ],
    };
    expect(computeTotals(analysis)).toMatchObject({ statements: 4, named: 1, anonymous: 1, unattributed: 2 });
    expect(balanceByCountry(analysis).map((e) => [e.key, e.count])).toEqual([['FR', 1], [null, 3]]);
    expect(balanceByKind(analysis).map((e) => e.key)).toEqual(['unknown', 'anonymous', 'organization']);
    // Case and stray spaces do not split a verb in two.
    expect(verbsUsed(analysis).loaded).toEqual([{ verb: 'claimed', tone: 'loaded', count: 2 }]);
  });

  it('keeps shares within 0..1 when counts disagree with the quotes', () => {
    const analysis: Analysis = {
      ...EMPTY,
      speakers: [{ id: 'x', name: 'X', aliases: [], kind: 'person', role: null, country: null, count: 5, words: 40 }],
    };
    const [figures] = speakerFigures(analysis);
    expect(figures.statementShare).toBe(1);
    expect(figures.wordShare).toBe(1);
  });
});
