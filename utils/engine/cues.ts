/**
 * Reporting cues in one sentence: verbs of saying (with their auxiliary and tone),
 * inverted forms ("a-t-il déclaré", "dit-elle"), multi-word cues ("a mis en garde"),
 * participial continuations (", affirmant que"), sourcing phrases ("selon X",
 * "according to X") and relaying phrases ("cité par X"). Only the reporter's words
 * count: a verb inside a quotation belongs to the speaker.
 */
import type { LangLexicon, VerbEntry } from '../lang/types';
import type { Token } from './segment';

export type CueType = 'verb' | 'participle' | 'source' | 'relay';

export interface CueHit {
  type: CueType;
  /** First token of the cue (the auxiliary when there is one). */
  first: number;
  /** Token after the cue. */
  after: number;
  entry: VerbEntry | null;
  /** Subject pronoun glued to the verb: "a-t-il", "dit-elle". */
  pronoun: { word: string; start: number; end: number } | null;
}

const INVERTED = /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/u;
const REFLEXIVE_AUX = new Set(['est', 'sont', 'était', 'étaient', 'sera', 'serait']);
const PASSIVE_AUX_EN = new Set(['was', 'were', 'is', 'are', 'been', 'be']);

function matchSeq(tokens: Token[], i: number, seq: string[]): boolean {
  if (i + seq.length > tokens.length) return false;
  for (let k = 0; k < seq.length; k++) if (tokens[i + k].norm !== seq[k] || tokens[i + k].inQuote) return false;
  return true;
}

/** Is this French form a past participle that needs its auxiliary to be a cue? */
const needsAuxFr = (form: string) => /(é|ée|és|ées)$/.test(form);

export function findCues(tokens: Token[], lex: LangLexicon): CueHit[] {
  const hits: CueHit[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (!t.word || t.inQuote) continue;

    const source = lex.sourceMarkers.find((seq) => matchSeq(tokens, i, seq));
    if (source) {
      const after = i + source.length;
      const next = tokens[after];
      if (next && next.word && !lex.sourceBlockers.has(next.norm)) hits.push({ type: 'source', first: i, after, entry: null, pronoun: null });
      i = after - 1;
      continue;
    }
    const relay = lex.relayMarkers.find((seq) => matchSeq(tokens, i, seq));
    if (relay) {
      hits.push({ type: 'relay', first: i, after: i + relay.length, entry: null, pronoun: null });
      i += relay.length - 1;
      continue;
    }
    const part = lex.participles.get(t.norm);
    if (part) {
      const prev = tokens[i - 1];
      if (prev && (prev.text === ',' || prev.norm === 'en' || prev.text === '—' || prev.text === '–' || prev.text === '(')) {
        const phrase = lex.phraseCues.find((p) => matchSeq(tokens, i, p.tokens));
        hits.push({ type: 'participle', first: i, after: i + (phrase ? phrase.tokens.length : 1), entry: part, pronoun: null });
        continue;
      }
    }
    const phrase = lex.phraseCues.find((p) => matchSeq(tokens, i, p.tokens));
    if (phrase && /ant$|ing$/.test(phrase.tokens[0])) {
      const prev = tokens[i - 1];
      if (prev && (prev.text === ',' || prev.norm === 'en')) hits.push({ type: 'participle', first: i, after: i + phrase.tokens.length, entry: phrase.entry, pronoun: null });
      i += phrase.tokens.length - 1;
      continue;
    }

    // Inverted forms carry their subject: "a-t-il", "déclare-t-elle", "dit-il".
    let form = t.norm;
    let pronoun: CueHit['pronoun'] = null;
    const inv = lex.code === 'fr' ? INVERTED.exec(t.norm) : null;
    if (inv && lex.pronouns.has(inv[2])) {
      form = inv[1];
      const p = t.text.length - inv[2].length;
      pronoun = { word: inv[2], start: t.start + p, end: t.end };
    }
    if (pronoun && lex.auxiliaries.has(form)) {
      // "a-t-il déclaré", "a-t-elle mis en garde": the participle follows.
      let k = i + 1;
      while (k < n && k < i + 3 && lex.skippable.has(tokens[k].norm) && !lex.verbs.has(tokens[k].norm)) k++;
      const ph = lex.phraseCues.find((p) => matchSeq(tokens, k, p.tokens));
      const entry = ph ? ph.entry : tokens[k] && !tokens[k].inQuote ? lex.verbs.get(tokens[k].norm) : undefined;
      if (entry) {
        hits.push({ type: 'verb', first: i, after: k + (ph ? ph.tokens.length : 1), entry, pronoun });
        i = k + (ph ? ph.tokens.length : 1) - 1;
      }
      continue;
    }
    const ph = phrase;
    const entry = ph ? ph.entry : lex.verbs.get(form);
    if (!entry) continue;
    const after = i + (ph ? ph.tokens.length : 1);
    // Find the auxiliary before the verb ("a déclaré", "n'a pas nié", "s'est félicité", "has said").
    let a = i - 1;
    while (a >= 0 && a >= i - 4 && tokens[a].word && lex.skippable.has(tokens[a].norm) && !lex.auxiliaries.has(tokens[a].norm)) a--;
    let first = i;
    let aux: Token | null = null;
    if (a >= 0 && tokens[a].word && !tokens[a].inQuote && lex.auxiliaries.has(tokens[a].norm)) {
      aux = tokens[a];
      first = a;
      // Chains: "aurait été", "has also", "s'est".
      while (first > 0 && (lex.auxiliaries.has(tokens[first - 1].norm) || tokens[first - 1].norm === 'ne' || tokens[first - 1].norm === 'n’')) first--;
    }
    if (lex.code === 'fr') {
      if ((needsAuxFr(form) || ph) && !aux && !pronoun) continue;
      if (aux && REFLEXIVE_AUX.has(aux.norm)) {
        // "s'est félicité" is a cue; "a été annoncé" / "est dit" (passive) is not.
        const before = tokens[first - 1];
        if (!before || (before.norm !== 's’' && before.norm !== 'se')) continue;
      }
      if (tokens[a]?.norm === 'été') continue;
    } else {
      if (aux && PASSIVE_AUX_EN.has(aux.norm)) continue; // "he was told", "it is said"
      if (tokens[i - 1]?.norm === 'to') continue; // "declined to say"
      if (entry.lemma !== 'say' && entry.lemma !== 'tell' && /s$/.test(form) && tokens[i - 1] && lex.definite.has(tokens[i - 1].norm)) continue; // "the notes"
    }
    hits.push({ type: 'verb', first, after, entry, pronoun });
    i = after - 1;
  }
  return hits;
}
