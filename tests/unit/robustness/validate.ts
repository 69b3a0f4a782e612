/**
 * Structural checks on an Analysis against the text it was computed from.
 * Returns every violation found (empty when valid) so a fuzz test can report the
 * exact input and the exact broken invariant instead of a bare "expected true".
 * The invariants come from shared/DESIGN.md and utils/engine/types.ts: the popup,
 * the painter and the CLI all rely on them.
 */
import type { Analysis, Span } from '../../../utils/engine/types';

const QUOTE_KINDS = new Set(['direct', 'indirect', 'mixed', 'according-to']);
const SPEAKER_KINDS = new Set(['person', 'organization', 'anonymous', 'document', 'unknown']);
const TONES = new Set(['neutral', 'loaded']);

const isNonNegativeInt = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** A span must index the analysed text exactly: painting depends on it. */
function checkSpan(where: string, span: Span, input: string, problems: string[]): void {
  if (!span || typeof span !== 'object') {
    problems.push(`${where}: not an object`);
    return;
  }
  const { start, end, text } = span;
  if (!isNonNegativeInt(start) || !isNonNegativeInt(end)) {
    problems.push(`${where}: offsets ${start}..${end} are not non-negative integers`);
    return;
  }
  if (start > end || end > input.length) {
    problems.push(`${where}: offsets ${start}..${end} out of bounds (text length ${input.length})`);
    return;
  }
  if (typeof text !== 'string' || text !== input.slice(start, end)) {
    problems.push(
      `${where}: text ${JSON.stringify(String(text).slice(0, 60))} !== input.slice(${start}, ${end}) ${JSON.stringify(input.slice(start, end).slice(0, 60))}`,
    );
  }
}

export function validateAnalysis(input: string, analysis: Analysis): string[] {
  const problems: string[] = [];
  if (!analysis || typeof analysis !== 'object') return ['analysis is not an object'];

  if (typeof analysis.lang !== 'string' || analysis.lang.length === 0) problems.push(`lang ${JSON.stringify(analysis.lang)} is not a non-empty string`);

  const a = analysis.article;
  if (!a || typeof a !== 'object') problems.push('article missing');
  else {
    if (typeof a.isArticle !== 'boolean') problems.push('article.isArticle is not a boolean');
    if (a.title !== null && typeof a.title !== 'string') problems.push('article.title is neither null nor a string');
    if (typeof a.confidence !== 'number' || !(a.confidence >= 0 && a.confidence <= 1)) problems.push(`article.confidence ${a.confidence} not in [0, 1]`);
    if (!isNonNegativeInt(a.words)) problems.push(`article.words ${a.words} is not a non-negative integer`);
  }

  if (!Array.isArray(analysis.quotes)) problems.push('quotes is not an array');
  if (!Array.isArray(analysis.speakers)) problems.push('speakers is not an array');
  if (problems.length) return problems;

  const speakerIds = new Set<string>();
  for (const [i, s] of analysis.speakers.entries()) {
    const where = `speakers[${i}]`;
    if (typeof s.id !== 'string' || s.id.length === 0) problems.push(`${where}.id is not a non-empty string`);
    else if (speakerIds.has(s.id)) problems.push(`${where}.id ${s.id} is duplicated`);
    speakerIds.add(s.id);
    if (typeof s.name !== 'string' || s.name.trim().length === 0) problems.push(`${where}.name ${JSON.stringify(s.name)} is empty`);
    if (!Array.isArray(s.aliases) || s.aliases.some((x) => typeof x !== 'string')) problems.push(`${where}.aliases is not a string array`);
    if (!SPEAKER_KINDS.has(s.kind)) problems.push(`${where}.kind ${s.kind} unknown`);
    if (s.role !== null && typeof s.role !== 'string') problems.push(`${where}.role is neither null nor a string`);
    if (s.country !== null && !(typeof s.country === 'string' && /^[A-Z]{2}$/.test(s.country))) problems.push(`${where}.country ${s.country} is not ISO alpha-2`);
    if (!isNonNegativeInt(s.count)) problems.push(`${where}.count ${s.count} is not a non-negative integer`);
    if (!isNonNegativeInt(s.words)) problems.push(`${where}.words ${s.words} is not a non-negative integer`);
  }

  const quoteIds = new Set<string>();
  const perSpeaker = new Map<string, number>();
  let previousStart = -1;
  for (const [i, q] of analysis.quotes.entries()) {
    const where = `quotes[${i}]`;
    if (typeof q.id !== 'string' || q.id.length === 0) problems.push(`${where}.id is not a non-empty string`);
    else if (quoteIds.has(q.id)) problems.push(`${where}.id ${q.id} is duplicated`);
    quoteIds.add(q.id);
    checkSpan(where, q, input, problems);
    if (q.end <= q.start) problems.push(`${where}: empty statement ${q.start}..${q.end}`);
    if (q.start < previousStart) problems.push(`${where}: not in text order (start ${q.start} < ${previousStart})`);
    previousStart = q.start;
    if (!QUOTE_KINDS.has(q.kind)) problems.push(`${where}.kind ${q.kind} unknown`);
    if (q.cue !== null) {
      checkSpan(`${where}.cue`, q.cue, input, problems);
      if (!TONES.has(q.cue?.tone)) problems.push(`${where}.cue.tone ${q.cue?.tone} unknown`);
    }
    if (q.mention !== null) checkSpan(`${where}.mention`, q.mention, input, problems);
    if (q.via !== null && typeof q.via !== 'string') problems.push(`${where}.via is neither null nor a string`);
    if (q.speakerId !== null) {
      if (!speakerIds.has(q.speakerId)) problems.push(`${where}.speakerId ${q.speakerId} references no speaker`);
      perSpeaker.set(q.speakerId, (perSpeaker.get(q.speakerId) ?? 0) + 1);
    }
  }

  let previousCount = Infinity;
  for (const [i, s] of analysis.speakers.entries()) {
    const attributed = perSpeaker.get(s.id) ?? 0;
    if (s.count !== attributed) problems.push(`speakers[${i}] ${s.name}: count ${s.count} but ${attributed} quotes reference it`);
    if (s.count > previousCount) problems.push(`speakers[${i}] ${s.name}: not sorted most quoted first`);
    previousCount = s.count;
  }
  const sum = analysis.speakers.reduce((n, s) => n + s.count, 0);
  const attributedTotal = analysis.quotes.filter((q) => q.speakerId !== null).length;
  if (sum !== attributedTotal) problems.push(`speaker counts sum to ${sum} but ${attributedTotal} quotes are attributed`);

  // The Analysis crosses extension messages as JSON: only plain, finite, defined data.
  findNonJsonValues(analysis, 'analysis', problems);
  return problems;
}

/** Values that JSON (and structured clone between extension contexts) would alter or drop. */
function findNonJsonValues(value: unknown, path: string, problems: string[]): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (value === undefined && path === 'analysis.article.text') return; // the one optional field
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) problems.push(`${path} is ${value}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => findNonJsonValues(item, `${path}[${i}]`, problems));
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) findNonJsonValues(item, `${path}.${key}`, problems);
    return;
  }
  problems.push(`${path} is not plain JSON data (${typeof value})`);
}

/** Deterministic PRNG (mulberry32): failures reproduce from the printed seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
