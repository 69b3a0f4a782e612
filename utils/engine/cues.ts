/**
 * Reporting cues in one sentence: verbs of saying (with their auxiliary and tone),
 * inverted forms ("a-t-il déclaré", "dit-elle"), multi-word cues ("a mis en garde"),
 * participial continuations (", affirmant que"), sourcing phrases ("selon X",
 * "according to X") and relaying phrases ("cité par X"). Only the reporter's words
 * count: a verb inside a quotation belongs to the speaker.
 */
import type { LangLexicon, VerbEntry } from '../lang/types';
import type { Token } from './segment';

export type CueType = 'verb' | 'participle' | 'source' | 'relay' | 'incise';

export interface CueHit {
  type: CueType;
  /** First token of the cue (the auxiliary when there is one). */
  first: number;
  /** Token after the cue. */
  after: number;
  entry: VerbEntry | null;
  /** Subject pronoun glued to the verb: "a-t-il", "dit-elle". */
  pronoun: { word: string; start: number; end: number } | null;
  /** A sentence-initial framing ("Pour le ministre,"): only a person or institution counts as its source. */
  framing?: boolean;
  /** For an incise inside a quotation ("«…, dit Mme X. …»"): end of the source's words. */
  npEnd?: number;
}

export interface MarkTest {
  isOpen(t: Token): boolean;
  isClose(t: Token): boolean;
}

const ADVERB = /(ment|ly)$/;
const PARTICIPLE_LIKE = /(é|ée|és|ées|i|ie|is|it|u|ue|us|t|ed)$/;

const INVERTED = /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/u;

function matchSeq(tokens: Token[], i: number, seq: string[]): boolean {
  if (i + seq.length > tokens.length) return false;
  for (let k = 0; k < seq.length; k++) if (tokens[i + k].norm !== seq[k] || tokens[i + k].inQuote) return false;
  return true;
}

/** Is this French form a past participle that needs its auxiliary to be a cue? */
const needsAuxFr = (form: string) => /(é|ée|és|ées)$/.test(form);

/** First words of the multi-word lexicon entries, so most tokens are dismissed with one look-up. */
const firstWords = new WeakMap<LangLexicon, Set<string>>();
function starters(lex: LangLexicon): Set<string> {
  let set = firstWords.get(lex);
  if (!set) {
    set = new Set([...lex.sourceMarkers, ...lex.relayMarkers, ...lex.framingMarkers, ...lex.phraseCues.map((p) => p.tokens)].map((seq) => seq[0]));
    firstWords.set(lex, set);
  }
  return set;
}

export function findCues(tokens: Token[], lex: LangLexicon, marks: MarkTest): CueHit[] {
  const hits: CueHit[] = [];
  const n = tokens.length;
  const multi = starters(lex);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (!t.word || t.inQuote) continue;
    if (!multi.has(t.norm) && !lex.verbs.has(t.norm) && !lex.participles.has(t.norm) && !t.norm.includes('-')) continue;

    // "Pour le ministre, …" opens a sentence the way "selon le ministre" does.
    const framing = i === 0 || (i === 1 && !tokens[0].word) ? lex.framingMarkers.find((seq) => matchSeq(tokens, i, seq)) : undefined;
    if (framing) {
      hits.push({ type: 'source', first: i, after: i + framing.length, entry: null, pronoun: null, framing: true });
      i += framing.length - 1;
      continue;
    }
    const source = lex.sourceMarkers.find((seq) => matchSeq(tokens, i, seq));
    if (source) {
      const after = i + source.length;
      const next = tokens[after];
      const strict = source.length === 1 && lex.strictSourceMarkers.has(source[0]);
      const opensName = !!next && (next.cap || lex.definite.has(next.norm) || lex.possessives.has(next.norm));
      if (next && next.word && !lex.sourceBlockers.has(next.norm) && (!strict || opensName)) hits.push({ type: 'source', first: i, after, entry: null, pronoun: null });
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
      // After a comma, "en"/"by", a dash, or a closing quote whose comma sits inside it ("…sleep,” adding that").
      if (prev && (prev.text === ',' || prev.norm === 'en' || prev.norm === 'by' || prev.text === '—' || prev.text === '–' || prev.text === '(' || marks.isClose(prev))) {
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
    for (let guard = 0; guard < 6 && a >= 0; guard++) {
      if (tokens[a].word && (lex.skippable.has(tokens[a].norm) || ADVERB.test(tokens[a].norm) && !tokens[a].cap) && !lex.auxiliaries.has(tokens[a].norm)) {
        a--;
        continue;
      }
      // "a de son côté dénoncé", "has for her part denied"
      const phrase = lex.adverbials.find((p) => p.length <= a + 1 && matchSeq(tokens, a - p.length + 1, p));
      if (phrase) {
        a -= phrase.length;
        continue;
      }
      break;
    }
    let first = i;
    let aux: Token | null = null;
    if (a >= 0 && tokens[a].word && !tokens[a].inQuote && lex.auxiliaries.has(tokens[a].norm)) {
      aux = tokens[a];
      first = a;
      // Chains: "aurait été", "has also", "s'est".
      while (first > 0 && (lex.auxiliaries.has(tokens[first - 1].norm) || tokens[first - 1].norm === 'ne' || tokens[first - 1].norm === 'n’')) first--;
    }
    // "will argue that", "could say that", "annoncera que": a plan or a guess, not words said.
    if (!pronoun && isHypothetical(tokens, i, lex, form)) continue;
    // After a determiner the form is a noun: "la note", "le dit", "une promesse", "the claims".
    const before = tokens[i - 1];
    if (!aux && !pronoun && before && (lex.definite.has(before.norm) || lex.indefinite.has(before.norm) || lex.possessives.has(before.norm)) && !lex.pronouns.has(before.norm)) continue;
    if (lex.code === 'fr') {
      if ((needsAuxFr(form) || ph) && !aux && !pronoun) continue;
      if (aux && lex.beingAuxiliaries.has(aux.norm)) {
        // "s'est félicité" is a cue; "a été annoncé" / "est dit" (passive) is not.
        // The reflexive pronoun may already be in the auxiliary chain ("s'" + "est").
        const reflexive = tokens.slice(Math.max(0, first - 1), i).some((t) => t.norm === 's’' || t.norm === 'se');
        if (!reflexive) continue;
      }
      if (tokens[a]?.norm === 'été') continue;
      // "ce texte, dit « de la dernière chance »": a bare participle before a quoted name means "so-called".
      if (!aux && !pronoun && /^dite?s?$/.test(form) && tokens[i + 1] && marks.isOpen(tokens[i + 1]) && !(before && marks.isClose(before))) continue;
    } else {
      if (aux && lex.beingAuxiliaries.has(aux.norm)) continue; // "he was told", "it is said"
      if (tokens[i - 1]?.norm === 'to') continue; // "declined to say"
      if (entry.lemma !== 'say' && entry.lemma !== 'tell' && /s$/.test(form) && tokens[i - 1] && lex.definite.has(tokens[i - 1].norm)) continue; // "the notes"
    }
    hits.push({ type: 'verb', first, after, entry, pronoun });
    i = after - 1;
  }
  const generic = genericCues(tokens, lex, marks, hits);
  const incises = inciseCues(tokens, lex, marks);
  if (!generic.length && !incises.length) return hits;
  return [...hits, ...generic, ...incises].sort((x, y) => x.first - y.first);
}

/** A future form of the verb, or a modal in the auxiliary chain before it ("will not argue", "pourrait confirmer"). */
function isHypothetical(tokens: Token[], i: number, lex: LangLexicon, form: string): boolean {
  if (lex.futureForm?.test(form)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k];
    if (!t.word || t.inQuote) return false;
    // "In May said" is a month, not a modal.
    if (lex.hypotheticalMarkers.has(t.norm) && !t.cap) return true;
    if (!(lex.auxiliaries.has(t.norm) || lex.skippable.has(t.norm) || (ADVERB.test(t.norm) && !t.cap))) return false;
  }
  return false;
}

const neutral = (lemma: string): VerbEntry => ({ lemma, tone: 'neutral' });

/**
 * Cues known by their position rather than their verb: any verb in the inverted slot right
 * after a quotation ("«…», a-t-il souri", "“…,” she quipped") and any participle that
 * introduces a quotation ("a pointé « un manque… »", "smiled: “…”"). News writers vary these
 * verbs endlessly; the position is what marks them as cues.
 */
function genericCues(tokens: Token[], lex: LangLexicon, marks: MarkTest, known: CueHit[]): CueHit[] {
  const out: CueHit[] = [];
  const taken = new Set(known.map((h) => h.first));
  const n = tokens.length;
  const isLowerWord = (t: Token | undefined) => !!t && t.word && !t.cap && !t.inQuote && !/^\d/.test(t.norm);
  for (let c = 0; c < n; c++) {
    const t = tokens[c];
    if (t.inQuote || t.quote < 0) continue;
    if (marks.isClose(t)) {
      let j = c + 1;
      if (tokens[j]?.text === ',') j++;
      // "« … ? » s'est-il interrogé": the reflexive pronoun before the inverted auxiliary.
      if (lex.code === 'fr' && (tokens[j]?.norm === 's’' || tokens[j]?.norm === 'se') && tokens[j + 1] && INVERTED.test(tokens[j + 1].norm)) j++;
      const w = tokens[j];
      if (!w || !w.word || w.inQuote || taken.has(j)) continue;
      if (lex.code === 'fr') {
        const inv = INVERTED.exec(w.norm);
        if (inv && lex.pronouns.has(inv[2])) {
          const p = w.text.length - inv[2].length;
          const pronoun = { word: inv[2], start: w.start + p, end: w.end };
          if (lex.auxiliaries.has(inv[1])) {
            const v = tokens[j + 1];
            if (isLowerWord(v)) out.push({ type: 'verb', first: j, after: j + 2, entry: lex.verbs.get(v.norm) ?? neutral(v.norm), pronoun });
          } else if (!w.cap) {
            out.push({ type: 'verb', first: j, after: j + 1, entry: lex.verbs.get(inv[1]) ?? neutral(inv[1]), pronoun });
          }
        } else if (lex.auxiliaries.has(w.norm) && isLowerWord(tokens[j + 1]) && PARTICIPLE_LIKE.test(tokens[j + 1].norm) && tokens[j + 2]?.word) {
          const v = tokens[j + 1];
          out.push({ type: 'verb', first: j, after: j + 2, entry: lex.verbs.get(v.norm) ?? neutral(v.norm), pronoun: null });
        } else if (isLowerWord(w) && /(e|t)$/.test(w.norm) && !lex.functionWords.has(w.norm) && tokens[j + 1] && (tokens[j + 1].cap || lex.definite.has(tokens[j + 1].norm))) {
          out.push({ type: 'verb', first: j, after: j + 1, entry: lex.verbs.get(w.norm) ?? neutral(w.norm), pronoun: null });
        }
      } else {
        // "“…,” she quipped" / "“…,” Smith wrote" / "“…,” quipped Smith"
        let k = j;
        if (lex.pronouns.has(w.norm)) k = j + 1;
        else if (w.cap) while (k < n && k < j + 4 && tokens[k].cap && tokens[k].word) k++;
        const v = tokens[k];
        if (k > j && isLowerWord(v) && (v.norm.endsWith('ed') || lex.verbs.has(v.norm)) && !taken.has(k)) {
          out.push({ type: 'verb', first: k, after: k + 1, entry: lex.verbs.get(v.norm) ?? neutral(v.norm), pronoun: null });
        } else if (k === j && isLowerWord(w) && w.norm.endsWith('ed') && tokens[j + 1] && (tokens[j + 1].cap || lex.definite.has(tokens[j + 1].norm))) {
          out.push({ type: 'verb', first: j, after: j + 1, entry: neutral(w.norm), pronoun: null });
        }
      }
      continue;
    }
    if (!marks.isOpen(t)) continue;
    // "a pointé « … »", "has called “…”", "smiled: “…”": a participle right before a quotation.
    let v = c - 1;
    if (tokens[v]?.text === ':') v--;
    const verb = tokens[v];
    if (!isLowerWord(verb) || taken.has(v) || lex.verbs.has(verb.norm) || lex.functionWords.has(verb.norm) || lex.skippable.has(verb.norm)) continue;
    const before = tokens[v - 1];
    if (!before || before.inQuote) continue;
    if (lex.perfectAuxiliaries.has(before.norm) && PARTICIPLE_LIKE.test(verb.norm)) {
      out.push({ type: 'verb', first: v - 1, after: v + 1, entry: neutral(verb.norm), pronoun: null });
    } else if (tokens[c - 1]?.text === ':' && verb.norm.endsWith('ed') && (before.cap || lex.pronouns.has(before.norm))) {
      out.push({ type: 'verb', first: v, after: v + 1, entry: neutral(verb.norm), pronoun: null });
    }
  }
  return out;
}

/**
 * An incise inside the quotation marks, the French way: "« On ne lâchera rien, dit
 * Mme Tazi. Ni pour… »" or "« …, estime-t-il, … »". The whole quotation is the statement.
 */
function inciseCues(tokens: Token[], lex: LangLexicon, marks: MarkTest): CueHit[] {
  const out: CueHit[] = [];
  const n = tokens.length;
  for (let k = 0; k + 2 < n; k++) {
    if (tokens[k].text !== ',' || !tokens[k].inQuote) continue;
    const v = tokens[k + 1];
    if (!v.word || v.cap || !v.inQuote) continue;
    const inv = lex.code === 'fr' ? INVERTED.exec(v.norm) : null;
    if (inv && lex.pronouns.has(inv[2]) && lex.verbs.has(inv[1])) {
      const next = tokens[k + 2];
      if (next.text === ',' || next.text === '.' || marks.isClose(next)) {
        const p = v.text.length - inv[2].length;
        out.push({ type: 'incise', first: k + 1, after: k + 2, entry: lex.verbs.get(inv[1])!, pronoun: { word: inv[2], start: v.start + p, end: v.end }, npEnd: k + 2 });
      }
      continue;
    }
    const entry = lex.verbs.get(v.norm);
    if (!entry || (lex.code === 'fr' && /(é|ée|és|ées)$/.test(v.norm))) continue;
    // The source follows: a capitalised name or title, at most five words, then a comma or a full stop.
    let e = k + 2;
    if (!tokens[e].cap && !lex.definite.has(tokens[e].norm)) continue;
    while (e < n && e < k + 8 && tokens[e].word && tokens[e].inQuote) e++;
    if (e < n && (tokens[e].text === ',' || tokens[e].text === '.' || marks.isClose(tokens[e])) && e > k + 2) {
      out.push({ type: 'incise', first: k + 1, after: k + 2, entry, pronoun: null, npEnd: e });
    }
  }
  return out;
}
