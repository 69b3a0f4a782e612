import { expect } from 'vitest';
import type { Analysis } from '../../../utils/engine/types';

/** Every invariant of the Analysis contract, checked against the analysed text. */
export function expectValidAnalysis(a: Analysis, text: string) {
  expect(typeof a.lang).toBe('string');
  expect(a.article.words).toBeGreaterThanOrEqual(0);
  expect(a.article.confidence).toBeGreaterThanOrEqual(0);
  expect(a.article.confidence).toBeLessThanOrEqual(1);
  const speakerIds = new Set(a.speakers.map((s) => s.id));
  let last = -1;
  a.quotes.forEach((q, i) => {
    expect(q.id).toBe(`q${i + 1}`);
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.start).toBeGreaterThanOrEqual(last);
    last = q.start;
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    if (q.mention) expect(text.slice(q.mention.start, q.mention.end)).toBe(q.mention.text);
    if (q.speakerId) expect(speakerIds.has(q.speakerId)).toBe(true);
  });
  for (const s of a.speakers) {
    expect(s.count).toBe(a.quotes.filter((q) => q.speakerId === s.id).length);
  }
  for (let i = 1; i < a.speakers.length; i++) expect(a.speakers[i - 1].count).toBeGreaterThanOrEqual(a.speakers[i].count);
}

export function speaker(a: Analysis, name: string) {
  return a.speakers.find((s) => s.name === name);
}

export function speakerOf(a: Analysis, fragment: string) {
  const q = a.quotes.find((x) => x.text.includes(fragment));
  return q ? a.speakers.find((s) => s.id === q.speakerId)?.name ?? null : undefined;
}
