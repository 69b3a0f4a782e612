/**
 * A hand-built Analysis of the seed article (its body as the extension extracts it from
 * tests/fixtures/pages/seed-choigou.html, kept in seed-choigou.expected.txt) that
 * follows its gold table: Sergueï Choïgou 7, David Barnea 3, Moscou 2, Hossein
 * Amir-Abdollahian 1. Offsets are real offsets into the seed text, so the fixture stays
 * honest if someone checks them. Cues and kinds are our reading of the article.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Analysis, Quote, QuoteKind, Speaker, Tone } from '../../../utils/engine/types';

export const SEED_TEXT = readFileSync(resolve(__dirname, '../../fixtures/pages/seed-choigou.expected.txt'), 'utf8');
export const SEED_TITLE = 'Sergueï Choïgou a souligné l’expansion de la coopération lors d’une visite à Téhéran';

/** The gold writes ' where the article prints ’; same length, so offsets carry over. */
const normalized = SEED_TEXT.replace(/[\u2019\u2018]/g, "'");

function span(text: string, from = 0): { text: string; start: number; end: number } {
  const start = normalized.indexOf(text.replace(/[\u2019\u2018]/g, "'"), from);
  if (start < 0) throw new Error(`fixture anchor not in the seed text: ${text}`);
  return { text: SEED_TEXT.slice(start, start + text.length), start, end: start + text.length };
}

interface Row {
  speaker: string;
  anchor: string;
  kind: QuoteKind;
  cue: string;
  tone: Tone;
  mention: string | null;
  via?: string;
}

const ROWS: Row[] = [
  { speaker: 's1', anchor: "l'approfondissement de la coopération entre", kind: 'indirect', cue: 'a salué', tone: 'neutral', mention: 'Sergueï Choïgou' },
  { speaker: 's1', anchor: 'les deux pays continueraient', kind: 'indirect', cue: 'a promis', tone: 'neutral', mention: 'Le responsable russe' },
  { speaker: 's1', anchor: 'la coopération entre les deux', kind: 'mixed', cue: 'a déclaré', tone: 'neutral', mention: 'Choïgou' },
  { speaker: 's1', anchor: 'Moscou et Téhéran sont déterminés', kind: 'mixed', cue: 'a ajouté', tone: 'neutral', mention: 'Il', via: 'cité par le ministère russe de la Défense' },
  { speaker: 's1', anchor: 'les sanctions imposées à Moscou', kind: 'according-to', cue: 'Selon', tone: 'neutral', mention: 'Choïgou' },
  { speaker: 's1', anchor: "l'approfondissement des relations bilatérales", kind: 'indirect', cue: 'a attribué', tone: 'neutral', mention: 'Le chef de la défense russe' },
  { speaker: 's1', anchor: 'Partenaire stratégique de la Russie', kind: 'direct', cue: 'a décrit', tone: 'neutral', mention: 'Shoigu' },
  { speaker: 's2', anchor: 'des armes avancées qui mettront', kind: 'direct', cue: 'a tiré la sonnette d’alarme', tone: 'loaded', mention: 'David Barnea' },
  { speaker: 's2', anchor: 'Téhéran avait fourni à Moscou', kind: 'indirect', cue: 'a affirmé', tone: 'loaded', mention: 'Il' },
  { speaker: 's2', anchor: 'la Russie pourrait désormais lui', kind: 'indirect', cue: 'affirmant', tone: 'loaded', mention: null },
  { speaker: 's3', anchor: 'les affirmations selon lesquelles elle', kind: 'indirect', cue: 'a toujours nié', tone: 'loaded', mention: 'Moscou' },
  { speaker: 's3', anchor: 'son armée utilise des drones', kind: 'indirect', cue: 'insistant', tone: 'loaded', mention: null },
  { speaker: 's4', anchor: 'Téhéran avait livré un', kind: 'mixed', cue: 'a déclaré', tone: 'neutral', mention: 'Hossein Amir-Abdollahian' },
];

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function seedAnalysis(): Analysis {
  const quotes: Quote[] = ROWS.map((row, i) => {
    const content = span(row.anchor);
    const cue = span(row.cue, Math.max(0, content.start - 200));
    const mention = row.mention ? span(row.mention, Math.max(0, content.start - 300)) : null;
    return {
      id: `q${i + 1}`,
      ...content,
      kind: row.kind,
      cue: { ...cue, tone: row.tone },
      mention,
      speakerId: row.speaker,
      via: row.via ?? null,
    };
  });
  const words = (id: string) => quotes.filter((q) => q.speakerId === id).reduce((n, q) => n + wordsIn(q.text), 0);
  const speakers: Speaker[] = [
    { id: 's1', name: 'Sergueï Choïgou', aliases: ['Choïgou', 'Shoigu', 'Le ministre russe de la Défense', 'Le responsable russe', 'Le chef de la défense russe'], kind: 'person', role: 'ministre russe de la Défense', country: 'RU', count: 7, words: words('s1') },
    { id: 's2', name: 'David Barnea', aliases: ['Barnea'], kind: 'person', role: 'chef du Mossad', country: 'IL', count: 3, words: words('s2') },
    { id: 's3', name: 'Moscou', aliases: [], kind: 'organization', role: 'gouvernement russe', country: 'RU', count: 2, words: words('s3') },
    { id: 's4', name: 'Hossein Amir-Abdollahian', aliases: ['Amir-Abdollahian'], kind: 'person', role: 'ministre iranien des Affaires étrangères', country: 'IR', count: 1, words: words('s4') },
  ];
  return {
    lang: 'fr',
    article: { isArticle: true, title: SEED_TITLE, confidence: 0.95, words: wordsIn(SEED_TEXT) },
    quotes,
    speakers,
  };
}
