import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/engine/analyze';
import { expectValidAnalysis, speaker } from './helpers';

const text = readFileSync(join(process.cwd(), 'tests/fixtures/articles/fr-seed-choigou-tehran.txt'), 'utf8');
const title = text.split('\n')[0];

describe('the seed article (Choïgou in Tehran)', () => {
  const a = analyze(text, 'fr', title);

  it('gives exactly the gold speaker table', () => {
    expect(a.speakers.map((s) => [s.name, s.count, s.kind])).toEqual([
      ['Sergueï Choïgou', 7, 'person'],
      ['David Barnea', 3, 'person'],
      ['Moscou', 2, 'organization'],
      ['Hossein Amir-Abdollahian', 1, 'person'],
    ]);
  });

  it('joins transliterations, surnames and role descriptors to Choïgou', () => {
    const s = speaker(a, 'Sergueï Choïgou')!;
    expect(s.aliases).toEqual(expect.arrayContaining(['Choïgou', 'Shoigu', 'Le ministre russe de la Défense', 'Le responsable russe', 'Le chef de la défense russe']));
    expect(s.country).toBe('RU');
    expect(s.role).toBe('ministre russe de la Défense');
    expect(speaker(a, 'David Barnea')!.country).toBe('IL');
    expect(speaker(a, 'Moscou')!.country).toBe('RU');
  });

  it('finds the quotation opened by a reversed guillemet and keeps its relaying channel', () => {
    const q = a.quotes.find((x) => x.text.includes('malgré la réaction'))!;
    expect(q.kind).toBe('mixed');
    expect(q.via).toBe('cité par le ministère russe de la Défense');
    expect(q.mention?.text).toBe('Il');
  });

  it('does not read "selon lesquelles" as a source and does not count the headline', () => {
    expect(a.quotes.some((q) => q.cue?.text.toLowerCase().startsWith('selon') && q.mention?.text === 'lesquelles')).toBe(false);
    expect(a.quotes.every((q) => q.start > title.length)).toBe(true);
    expect(a.article.words).toBe(analyze(text.slice(title.length + 1), 'fr').article.words);
  });

  it('is a valid Analysis whose offsets index the text as given', () => {
    expectValidAnalysis(a, text);
  });

  it('detects French without a declared language', () => {
    expect(analyze(text, null, title).lang).toBe('fr');
  });
});
