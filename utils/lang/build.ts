/** Helpers that turn compact lexicon data into lookup tables. */
import type { VerbEntry } from './types';
import type { Tone } from '../engine/types';

/** object: true when the verb takes a noun-phrase statement; a string lists the prepositions that open it ("pour"). */
export type VerbSpec = [lemma: string, tone: Tone, forms: string, object?: boolean | string];

/** Expand "[lemma, tone, 'form form …']" rows into a form → entry map. */
export function verbTable(rows: VerbSpec[]): Map<string, VerbEntry> {
  const map = new Map<string, VerbEntry>();
  for (const [lemma, tone, forms, object] of rows) {
    const entry: VerbEntry = object === true ? { lemma, tone, object } : { lemma, tone };
    if (typeof object === 'string') entry.preps = words(object);
    for (const form of forms.split(/\s+/)) if (form && !map.has(form)) map.set(form, entry);
  }
  return map;
}

/** Regular French -er verb: the forms a news report uses (3rd person, participles). */
export function frenchEr(stem: string): string {
  // "lancer" keeps a soft c before a/o ("lança", "lançant"); "-ger" keeps its e ("jugeant").
  const soft = stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem.endsWith('g') ? stem + 'e' : stem;
  return [
    `${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`, `${stem}e`, `${stem}ent`,
    `${soft}ait`, `${soft}aient`, `${soft}a`, `${stem}èrent`, `${stem}era`, `${stem}eront`,
    `${stem}erait`, `${stem}eraient`,
  ].join(' ');
}

/** Regular English verb forms: says/said style (base, -s, -ed). */
export function englishRegular(base: string): string {
  const ed = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const s = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  return `${base} ${s} ${ed}`;
}

export function englishIng(base: string): string {
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (base.endsWith('e') && !base.endsWith('ee')) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

export const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

export function table(s: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of s.split(/\s*;\s*/)) {
    const [k, v] = pair.split('=');
    if (k && v) map.set(k.trim(), v.trim());
  }
  return map;
}
