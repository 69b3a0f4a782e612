import type { Analysis, QuoteKind, Speaker, SpeakerKind, Tone } from './engine/types';

/**
 * Figures the popup (and exports) derive from an Analysis. Pure functions over plain data:
 * no DOM, no browser API, so they run the same in the popup, in Node tests and in the CLI.
 * Inputs come from another process, so every function tolerates missing or odd fields
 * rather than trusting the contract blindly.
 */

export interface Totals {
  statements: number;
  direct: number;
  /** Reported speech that keeps quoted fragments ("a dit que le dialogue «se développe»"). */
  mixed: number;
  /** Reported (indirect) speech with no quotation marks. */
  reported: number;
  accordingTo: number;
  /** Statements whose source is a named person, organisation or document. */
  named: number;
  /** Statements from an unnamed source ("a senior official", "selon une source proche"). */
  anonymous: number;
  /** Statements the engine found no source for. */
  unattributed: number;
  speakers: number;
}

export interface BalanceEntry<K extends string = string> {
  /** null groups the statements whose country (or kind) is not known. */
  key: K | null;
  count: number;
  share: number;
}

export interface VerbUse {
  /** The cue as written, lower-cased ("a déclaré", "claimed"). */
  verb: string;
  tone: Tone;
  count: number;
}

export interface SpeakerFigures {
  speaker: Speaker;
  count: number;
  /** Share of all statements in the article, 0..1. */
  statementShare: number;
  /** Share of all quoted words in the article, 0..1. */
  wordShare: number;
  /** Loaded attribution verbs used about this speaker ("claimed", "a martelé"), with counts. */
  loadedVerbs: VerbUse[];
}

const QUOTE_KIND_FIELD: Record<QuoteKind, keyof Totals> = {
  direct: 'direct',
  mixed: 'mixed',
  indirect: 'reported',
  'according-to': 'accordingTo',
};

function ratio(part: number, whole: number): number {
  return whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 0;
}

function speakerIndex(analysis: Analysis): Map<string, Speaker> {
  return new Map((analysis.speakers ?? []).map((s) => [s.id, s]));
}

/** Speakers most quoted first; ties keep the engine's order (first quoted first). */
export function speakersByCount(analysis: Analysis): Speaker[] {
  return (analysis.speakers ?? [])
    .map((speaker, order) => ({ speaker, order }))
    .sort((a, b) => (b.speaker.count ?? 0) - (a.speaker.count ?? 0) || a.order - b.order)
    .map((entry) => entry.speaker);
}

export function computeTotals(analysis: Analysis): Totals {
  const speakers = speakerIndex(analysis);
  const totals: Totals = {
    statements: 0,
    direct: 0,
    mixed: 0,
    reported: 0,
    accordingTo: 0,
    named: 0,
    anonymous: 0,
    unattributed: 0,
    speakers: speakers.size,
  };
  for (const quote of analysis.quotes ?? []) {
    totals.statements++;
    const field = QUOTE_KIND_FIELD[quote.kind];
    if (field) totals[field]++;
    const speaker = quote.speakerId ? speakers.get(quote.speakerId) : undefined;
    if (!speaker || speaker.kind === 'unknown') totals.unattributed++;
    else if (speaker.kind === 'anonymous') totals.anonymous++;
    else totals.named++;
  }
  return totals;
}

/** Tally statements per key, biggest first, with null (unknown) always last. */
function balance<K extends string>(analysis: Analysis, keyOf: (speaker: Speaker | undefined) => K | null): BalanceEntry<K>[] {
  const speakers = speakerIndex(analysis);
  const counts = new Map<K | null, number>();
  const quotes = analysis.quotes ?? [];
  for (const quote of quotes) {
    const key = keyOf(quote.speakerId ? speakers.get(quote.speakerId) : undefined);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ key, count, share: ratio(count, quotes.length) }))
    .sort((a, b) => Number(a.key === null) - Number(b.key === null) || b.count - a.count || String(a.key).localeCompare(String(b.key)));
}

/** Statements by the country of their source (ISO alpha-2; null when unknown or unsourced). */
export function balanceByCountry(analysis: Analysis): BalanceEntry[] {
  return balance(analysis, (speaker) => (speaker?.country ? speaker.country.toUpperCase() : null));
}

/** Statements by the kind of their source; unsourced statements count as 'unknown'. */
export function balanceByKind(analysis: Analysis): BalanceEntry<SpeakerKind>[] {
  return balance<SpeakerKind>(analysis, (speaker) => speaker?.kind ?? 'unknown').map((entry) =>
    entry.key === null ? { ...entry, key: 'unknown' } : entry,
  );
}

function normalizeVerb(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function tallyVerbs(cues: { text: string; tone: Tone }[]): VerbUse[] {
  const byKey = new Map<string, VerbUse>();
  for (const cue of cues) {
    const verb = normalizeVerb(cue.text ?? '');
    if (!verb) continue;
    const tone: Tone = cue.tone === 'loaded' ? 'loaded' : 'neutral';
    const key = `${tone}\u0000${verb}`;
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { verb, tone, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.verb.localeCompare(b.verb));
}

/** Attribution verbs used in the article, with their tone and how often. */
export function verbsUsed(analysis: Analysis): { neutral: VerbUse[]; loaded: VerbUse[] } {
  const all = tallyVerbs((analysis.quotes ?? []).flatMap((q) => (q.cue ? [q.cue] : [])));
  return { neutral: all.filter((v) => v.tone === 'neutral'), loaded: all.filter((v) => v.tone === 'loaded') };
}

function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/**
 * Per-speaker figures, most quoted first. Shares are of the whole article (unattributed
 * statements included), so a reader sees how much of the sourcing one voice takes.
 */
export function speakerFigures(analysis: Analysis): SpeakerFigures[] {
  const quotes = analysis.quotes ?? [];
  const speakers = speakersByCount(analysis);
  const statementTotal = Math.max(quotes.length, speakers.reduce((sum, s) => sum + (s.count ?? 0), 0));
  // Speaker.words is the engine's count; unattributed quotes are counted here the same way
  // the engine would, and the larger total wins so that shares never exceed 100 %.
  const attributedWords = speakers.reduce((sum, s) => sum + (s.words ?? 0), 0);
  const unattributedWords = quotes.filter((q) => !q.speakerId).reduce((sum, q) => sum + countWords(q.text ?? ''), 0);
  const wordTotal = attributedWords + unattributedWords;
  return speakers.map((speaker) => ({
    speaker,
    count: speaker.count ?? 0,
    statementShare: ratio(speaker.count ?? 0, statementTotal),
    wordShare: ratio(speaker.words ?? 0, wordTotal),
    loadedVerbs: tallyVerbs(
      quotes.filter((q) => q.speakerId === speaker.id && q.cue?.tone === 'loaded').map((q) => q.cue!),
    ),
  }));
}

/** Statements of one speaker, in text order (what next / previous steps through). */
export function statementsOf(analysis: Analysis, speakerId: string): number {
  return (analysis.quotes ?? []).filter((q) => q.speakerId === speakerId).length;
}
