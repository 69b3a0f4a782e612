/**
 * Which words name the source of a statement: the subject before a cue (read back over
 * appositions and insertions: "Le ministre iranien des Affaires étrangères, Hossein
 * Amir-Abdollahian, a déclaré"), the subject after an inverted cue ("a déclaré jeudi le
 * ministre…", "said Jane Doe, a spokeswoman for Acme"), the noun phrase between a closing
 * quote and its verb, and the sentence's opening noun phrase. Every scan is bounded.
 */
import type { LangLexicon } from '../lang/types';
import type { CueHit } from './cues';
import type { Mention, MentionReader } from './mentions';
import type { QuoteSpan } from './quotes';
import type { Token } from './segment';
import type { ChannelReader } from './channels';
import { SentenceView, SUBJECT_WINDOW } from './view';

export class SubjectReader extends SentenceView {
  constructor(
    lex: LangLexicon,
    text: string,
    quotes: QuoteSpan[],
    private reader: MentionReader,
    private channels: ChannelReader,
  ) {
    super(lex, text, quotes);
  }

  /** Index of the last token of the subject before the cue, skipping adverbs; -1 if the cue opens its clause. */
  subjectEnd(tokens: Token[], hit: CueHit, floor: number): number {
    let p = hit.first - 1;
    while (p >= floor && tokens[p].word && this.lex.skippable.has(tokens[p].norm) && !this.lex.pronouns.has(tokens[p].norm)) p--;
    if (p < floor) return -1;
    const t = tokens[p];
    if (!t.word || t.inQuote) return -1;
    if (['et', 'and', 'mais', 'but', 'puis', 'then', 'or', 'ou'].includes(t.norm)) return -2; // elided subject: "…et a ajouté que"
    return p;
  }

  /**
   * The subject before a preposed cue, read back over comma-separated segments:
   * "Le ministre iranien des Affaires étrangères, Hossein Amir-Abdollahian, a déclaré",
   * "Shoigu, arrivé en Iran plus tôt le même jour, a décrit".
   */
  readSubject(tokens: Token[], floor: number, end: number): Mention | null {
    // "Lucien Marquet-Ory (Parti du centre) a reconnu", "Le maire, X (divers droite), a dit": a parenthesis is an aside.
    if (tokens[end - 1]?.text === ',' && tokens[end - 2]?.text === ')' && end - 2 > floor) end--;
    if (tokens[end - 1]?.text === ')') {
      let k = end - 2;
      while (k > floor && k > end - 12 && tokens[k].text !== '(') k--;
      if (tokens[k]?.text === '(') end = k;
    }
    // "a plan that she has called «…»", "ce qu'il qualifie de…", "…, but she argued that…": a
    // pronoun opening a relative or coordinated clause is the subject of its verb, whatever the
    // noun phrase before it.
    const pro = tokens[end - 1];
    const rel = tokens[end - 2];
    if (pro?.word && this.lex.pronouns.has(pro.norm) && end - 2 >= floor && rel?.word && (this.lex.relatives.has(rel.norm) || this.lex.complementizers.has(rel.norm) || this.lex.clauseCoordinators.has(rel.norm))) {
      return { type: 'pronoun', word: pro.norm, start: pro.start, end: pro.end };
    }
    const lo = Math.max(floor, end - SUBJECT_WINDOW);
    const segments: [number, number][] = [];
    let b = end;
    for (let k = end - 1; k >= lo - 1; k--) {
      // A spaced hyphen is a dash ("DUNDEE, Scotland, May 2 - Aldmoor Mills' chief executive said").
      if (k < lo || tokens[k].text === ',' || tokens[k].text === '(' || tokens[k].text === ')' || tokens[k].text === '—' || tokens[k].text === '–' || tokens[k].text === '-') {
        if (b > k + 1) segments.push([k + 1, b]);
        b = k;
        if (segments.length >= 4) break;
      }
    }
    let head: Mention | null = null;
    let headSegment = -1;
    for (let s = 0; s < segments.length; s++) {
      const [a, e] = segments[s];
      // ", who chairs the Energy subcommittee," is an insertion whatever names it holds.
      if (this.lex.relatives.has(tokens[a].norm) && s < 3 && segments.length > s + 1) continue;
      // ", published in the journal Nature," / ", basé à Lyon,": a participial insertion, names and all.
      // ", très critiqué,", ", widely praised,": an adverb may come first.
      const p = e - a > 1 && !tokens[a].cap && (this.lex.skippable.has(tokens[a].norm) || /(ment|ly)$/.test(tokens[a].norm)) ? a + 1 : a;
      if (s < 3 && segments.length > s + 1 && tokens[a - 1]?.text === ',' && !tokens[p].cap && /(é|ée|és|ées|ed)$/.test(tokens[p].norm) && (p > a || !this.lex.verbs.has(tokens[p].norm))) continue;
      // ", in a video posted on X," / ", lors d'un point presse à Brest,": a circumstance, names and all.
      if (s < 3 && segments.length > s + 1 && tokens[a - 1]?.text === ',' && tokens[e]?.text === ',' && !tokens[a].cap && this.lex.circumstancePrepositions.has(tokens[a].norm)) continue;
      const m = this.reader.parseSegment(tokens, a, e);
      if (!m) {
        // An insertion (", who…", ", 21 ans,") or an apposition we cannot read (", the world No. 2,").
        const apposition = s > 0 || tokens[a - 1]?.text === ',';
        // ", ostréiculteur,", ", retired teacher,": a short bare noun phrase between commas after a name.
        if (apposition && s < 3 && segments.length > s + 1 && e - a <= 3 && tokens[a].word && !tokens[a].cap && tokens.slice(a, e).every((t) => t.word && !this.lex.verbs.has(t.norm) && !this.lex.auxiliaries.has(t.norm) && !this.lex.complementizers.has(t.norm) && !this.lex.relatives.has(t.norm))) continue;
        if ((this.isInsertion(tokens[a]) || (apposition && (this.lex.definite.has(tokens[a].norm) || this.lex.indefinite.has(tokens[a].norm)))) && s < 3) continue;
        return null;
      }
      // The nearest segment must end the clause: "…avec son homologue, X, Choïgou a dit" → Choïgou.
      if (m.type !== 'pronoun' && s === 0 && m.end < tokens[e - 1].end && !this.tailIsModifier(tokens, m.end, e) && !this.tailIsRelative(tokens, m.end, e)) {
        return null;
      }
      head = m;
      headSegment = s;
      break;
    }
    if (!head) return null;
    // Dislocation: "La direction, elle, évoque…" — the pronoun repeats the subject before it.
    if (head.type === 'pronoun' && segments[headSegment + 1] && segments[headSegment][1] - segments[headSegment][0] === 1) {
      const [a, e] = segments[headSegment + 1];
      const m = this.reader.parseSegment(tokens, a, e);
      if (m && m.type !== 'pronoun' && m.start === tokens[a].start) return m;
    }
    // Apposition: a descriptor next to the name ("Le ministre …, Hossein Amir-Abdollahian,").
    const other = segments[headSegment + 1];
    if (other && (head.type === 'name' || head.type === 'descriptor')) {
      const m = this.reader.parseSegment(tokens, other[0], other[1]);
      const startsSegment = m && (m.start === tokens[other[0]].start || (/['’]s$/.test(tokens[other[0]].text) && m.start === tokens[other[0] + 1]?.start));
      if (head.type === 'name' && m && m.type === 'descriptor' && (m.descriptor.cls !== 'anonymous' || m.descriptor.unnamedRole) && startsSegment) {
        if (!head.descriptor) head.descriptor = m.descriptor;
      } else if (head.type === 'descriptor' && m && m.type === 'name' && (head.descriptor.cls === 'role' || head.descriptor.cls === 'organization') && !head.descriptor.indefinite) {
        return { ...m, descriptor: m.descriptor ?? head.descriptor };
      } else if (head.type === 'descriptor' && m && m.type === 'name' && head.descriptor.indefinite && (head.descriptor.unnamedRole || head.descriptor.cls === 'organization') && (m.end === tokens[other[1] - 1].end || this.tailIsModifier(tokens, m.end, other[1]))) {
        // "Helen Tarrow, an economist, argued", "X of the Forum, a Brussels-based research group, noted": an apposition.
        return { ...m, descriptor: m.descriptor ?? { ...head.descriptor, cls: head.descriptor.cls === 'organization' ? 'organization' : 'role', unnamedRole: false } };
      }
    }
    return head;
  }

  /** The first comma segment of [a, b) if it is a name, with the next segment as its descriptor. */
  readSubjectForward(tokens: Token[], a: number, b: number): Mention | null {
    let e = a;
    while (e < b && tokens[e].text !== ',') e++;
    const m = this.reader.parseSegment(tokens, a, e);
    if (!m || m.type !== 'name') return null;
    let f = e + 1;
    while (f < b && tokens[f].text !== ',') f++;
    if (e < b) {
      const d = this.reader.parseSegment(tokens, e + 1, f);
      if (d && d.type === 'descriptor' && (d.descriptor.cls !== 'anonymous' || d.descriptor.unnamedRole) && !m.descriptor) m.descriptor = d.descriptor;
    }
    return m;
  }

  /** "the Australian-listed company that operates the mine": a relative clause after the head. */
  tailIsRelative(tokens: Token[], from: number, e: number): boolean {
    let k = 0;
    while (k < e && tokens[k].start < from) k++;
    return k < e && this.lex.relatives.has(tokens[k].norm);
  }

  /** Words after a name inside its segment that still belong to it ("Sergueï Choïgou lui-même"). */
  tailIsModifier(tokens: Token[], from: number, e: number): boolean {
    let k = 0;
    while (k < e && tokens[k].start < from) k++;
    // "Senator Joan Pruitt of Nevada", "Samir Haddou du collectif Dunes Vivantes": an origin.
    if (k < e && ['of', 'from', 'at', 'de', 'du', 'des', 'd’', 'chez'].includes(tokens[k].norm) && tokens[k + 1]?.cap) return true;
    // "a researcher at the University of Aberdeen": the workplace after a determiner.
    if (k + 2 < e && ['of', 'from', 'at', 'de', 'du', 'des', 'chez'].includes(tokens[k].norm) && this.lex.definite.has(tokens[k + 1].norm) && tokens[k + 2].cap) return true;
    // "a nurse at the hospital", "un chauffeur de la ligne": a short place or workplace phrase.
    if (k < e && e - k <= 5 && this.lex.placePrepositions.has(tokens[k].norm) && tokens.slice(k + 1, e).every((t) => t.word && !t.inQuote && !this.lex.verbs.has(t.norm) && !this.lex.auxiliaries.has(t.norm) && !this.lex.complementizers.has(t.norm) && !this.lex.relatives.has(t.norm))) return true;
    for (; k < e; k++) {
      if (tokens[k].word && !this.lex.skippable.has(tokens[k].norm) && !this.lex.nationalities.has(tokens[k].norm)) return false;
    }
    return true;
  }

  /** A segment that interrupts the subject: relative clause, participle, age, place. */
  isInsertion(t: Token): boolean {
    if (!t) return false;
    return this.lex.relatives.has(t.norm) || /^\d/.test(t.norm) || /(é|ée|és|ées|i|ie|is|u|ue|ed|ing|ant)$/.test(t.norm) && !t.cap || ['de', 'du', 'des', 'd’', 'of', 'from'].includes(t.norm) || ['en', 'in', 'at', 'à', 'lors', 'during', 'après', 'after', 'sans', 'without', 'since', 'depuis', 'with', 'avec', 'selon'].includes(t.norm) || (t.initial && t.cap);
  }

  /** The source named after an inverted cue: "a déclaré jeudi le ministre…", "said Jane Doe, a spokeswoman for Acme". */
  readInvertedSubject(tokens: Token[], from: number, end: number): { mention: Mention | null; via: string | null } {
    let k = from;
    let via: string | null = null;
    const limit = Math.min(end, from + SUBJECT_WINDOW);
    for (;;) {
      while (k < limit && tokens[k].word && (this.lex.skippable.has(tokens[k].norm) && !this.lex.definite.has(tokens[k].norm) || /^\d+$/.test(tokens[k].norm))) k++;
      const v = k < limit ? this.channels.viaAt(tokens, k, limit) : -1;
      if (v > k) {
        via ??= this.text.slice(tokens[k].start, tokens[v - 1].end);
        k = v;
        continue;
      }
      // "a lancé d'emblée la procureure", "said for his part the minister": an adverbial phrase.
      const adv = this.lex.adverbials.find((seq) => seq.every((w, j) => tokens[k + j]?.norm === w));
      if (adv) {
        k += adv.length;
        continue;
      }
      break;
    }
    let e = k;
    // The noun phrase ends at a comma, a stop, a quotation, or a clause-level preposition
    // ("…la Première ministre Élisabeth Borne dans un entretien au JDD").
    while (e < limit && tokens[e].text !== ',' && !this.isStrongStop(tokens[e]) && !tokens[e].inQuote && !this.isOpenMark(tokens[e]) && !(e > k && !tokens[e].cap && this.lex.circumstancePrepositions.has(tokens[e].norm))) e++;
    if (e === k) return { mention: null, via };
    let mention = this.reader.parseSegment(tokens, k, e) ?? this.reader.standInAt(tokens, k, e);
    if (mention && mention.start !== tokens[k].start && mention.type === 'name' && !mention.descriptor) {
      // "said the company's chief executive, John Smith" is rare; a name deep inside the NP is not the subject.
      const d = this.reader.parseSegment(tokens, k, e);
      mention = d;
    }
    // "a savouré l'entraîneur bayonnais, Iñaki Etcheverry, au micro de Canal+": the name after the descriptor.
    if (mention && mention.type === 'descriptor' && mention.descriptor.cls === 'role' && tokens[e]?.text === ',') {
      let f = e + 1;
      while (f < limit && tokens[f].text !== ',' && !this.isStrongStop(tokens[f]) && !tokens[f].inQuote) f++;
      const app = this.reader.parseSegment(tokens, e + 1, f);
      if (app && app.type === 'name' && app.start === tokens[e + 1].start) return { mention: { ...app, descriptor: app.descriptor ?? mention.descriptor }, via };
    }
    // Apposition after the name: ", a spokeswoman for Acme".
    if (mention && mention.type === 'name' && tokens[e]?.text === ',') {
      let f = e + 1;
      while (f < limit && tokens[f].text !== ',' && !this.isStrongStop(tokens[f]) && !tokens[f].inQuote) f++;
      const app = this.reader.parseSegment(tokens, e + 1, f);
      if (app && app.type === 'descriptor' && (app.descriptor.cls !== 'anonymous' || app.descriptor.unnamedRole) && !mention.descriptor) mention.descriptor = app.descriptor;
      else if (app && app.type === 'descriptor' && app.descriptor.cls === 'anonymous') mention = { ...mention };
    }
    return { mention, via };
  }

  /** Where the subject region starts: after the previous statement or the last colon, semicolon or quote. */
  subjectFloor(tokens: Token[], cueFirst: number, prevEnd: number): number {
    let floor = Math.max(prevEnd, cueFirst - SUBJECT_WINDOW, 0);
    for (let k = cueFirst - 1; k >= floor; k--) {
      const t = tokens[k];
      // A short quoted name inside the subject's insertion ("par nos confrères du « Parisien »") is no boundary.
      if (t.quote >= 0 && this.isShortQuote(t.quote)) continue;
      if (t.text === ':' || t.text === ';' || this.isCloseMark(t) || this.isOpenMark(t) || t.inQuote) {
        floor = k + 1;
        break;
      }
    }
    return floor;
  }

  /** A closed quotation of at most two words: a title or a name, not speech. */
  private isShortQuote(q: number): boolean {
    const span = this.quotes[q];
    if (span.close < 0 || span.end - span.start > 40) return false;
    return this.text.slice(span.start, span.end).trim().split(/\s+/).length <= 2;
  }

  /** The noun phrase that opens the sentence, up to its first verb-like word. */
  sentenceSubject(tokens: Token[], limit: number, from = 0): Mention | null {
    const first = tokens[from];
    if (first && this.lex.pronouns.has(first.norm)) return { type: 'pronoun', word: first.norm, start: first.start, end: first.end };
    let k = from;
    while (k < limit && k < 12 && tokens[k].word) {
      const t = tokens[k];
      const nominal = t.cap || this.lex.definite.has(t.norm) || this.lex.indefinite.has(t.norm) || this.lex.possessives.has(t.norm) || this.lex.prepositions.has(t.norm) || this.lex.roleNouns.has(t.norm) || this.lex.organizationNouns.has(t.norm) || this.lex.nationalities.has(t.norm);
      if (!nominal) break;
      k++;
    }
    return k > from ? this.reader.parseSegment(tokens, from, k) : null;
  }

  /**
   * "“…,” Ms. Harlan, a Republican, said in a floor speech that…", "«…», Le ministre X a
   * dit": a plain noun phrase between a closing quote and the verb is the quotation's source,
   * whatever follows the verb.
   */
  postQuoteSubject(tokens: Token[], h: CueHit): { mark: number; mention: Mention } | null {
    let e = h.first;
    while (e > 0 && tokens[e - 1].word && this.lex.skippable.has(tokens[e - 1].norm) && !this.lex.pronouns.has(tokens[e - 1].norm)) e--;
    let k = e - 1;
    while (k >= 0 && k > e - 16) {
      const t = tokens[k];
      if (this.isCloseMark(t)) break;
      if (t.inQuote || this.isOpenMark(t) || this.isStrongStop(t) || t.text === ':' || t.text === ';') return null;
      if (t.word && !t.cap && (this.lex.complementizers.has(t.norm) || this.lex.verbs.has(t.norm) || this.lex.auxiliaries.has(t.norm) || this.lex.relatives.has(t.norm) || ['et', 'mais', 'and', 'but', 'or', 'ou', 'avant', 'après', 'before', 'after', 'when', 'quand', 'si', 'if'].includes(t.norm))) return null;
      k--;
    }
    if (k < 0 || !this.isCloseMark(tokens[k])) return null;
    // The quotation must be an utterance: it opens the sentence or ends on punctuation
    // ("Dans son livre, « Les glaciers n'oublient rien », la glaciologue…" quotes a title).
    const q = this.quotes[tokens[k].quote];
    if (!/[.,!?…]$/.test(this.text.slice(q.start, q.end))) {
      // Find the opening mark (bounded: a long quotation is an utterance anyway) and look for a word before it.
      let o = k - 1;
      while (o >= 0 && o > k - 80 && tokens[o].start > q.open) o--;
      if (o >= 0 && tokens[o].start === q.open) {
        for (let i = o - 1; i >= 0 && i >= o - 6; i--) if (tokens[i].word) return null;
      }
    }
    let a = k + 1;
    if (tokens[a]?.text === ',') a++;
    let b = e;
    if (tokens[b - 1]?.text === ',') b--;
    if (b <= a) return null;
    const mention = this.readSubjectForward(tokens, a, b) ?? this.readSubject(tokens, a, b);
    return mention ? { mark: k, mention } : null;
  }
}
