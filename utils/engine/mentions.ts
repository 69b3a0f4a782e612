/**
 * Reading the words that name a source: a proper name (with its title and the role
 * descriptor around it), a pronoun, or a descriptor alone ("le responsable russe",
 * "un porte-parole de la Commission européenne", "people familiar with the matter").
 * Works on a bounded token range, so its cost does not grow with the sentence.
 */
import type { LangLexicon } from '../lang/types';
import { PLACES } from '../lang/places';
import type { Token } from './segment';
import { fold, nameKey } from './text';
import { wordInfo } from './names';

export type DescriptorClass = 'role' | 'spokes' | 'anonymous' | 'document' | 'organization';

export interface Descriptor {
  tokens: Token[];
  text: string;
  start: number;
  end: number;
  cls: DescriptorClass;
  head: string;
  definite: boolean;
  indefinite: boolean;
  country: string | null;
  gender: 'm' | 'f' | null;
  /** For a spokesperson: the organization it speaks for ("Commission européenne"). */
  organization: Token[] | null;
  /** Anonymous only because unnamed ("a fund manager at X"): next to a name it is a plain role. */
  unnamedRole?: boolean;
  /** "a spokesperson said" with no organization named: speaks for the one the story just named, if any. */
  loneSpokes?: boolean;
}

export interface NameParse {
  tokens: Token[];
  text: string;
  start: number;
  end: number;
  /** Mention span including a courtesy title ("M. Ibarra"). */
  mentionStart: number;
  titleGender: 'm' | 'f' | null;
  hasTitle: boolean;
  /** Preceded by a definite article: "L'Équipe", "la Commission européenne" name institutions, not people. */
  afterArticle: boolean;
  /** Several organizations speaking together ("Terre Vive et le collectif Air Pur"). */
  group?: boolean;
}

export type Mention =
  | { type: 'name'; name: NameParse; descriptor: Descriptor | null; start: number; end: number }
  | { type: 'pronoun'; word: string; start: number; end: number }
  | { type: 'descriptor'; descriptor: Descriptor; start: number; end: number };

export class MentionReader {
  constructor(
    private lex: LangLexicon,
    private text: string,
  ) {}

  /** Surname keys of the people the article has named ("Park", "Stone"): capitalised by position, still names. */
  knownSurnames: Set<string> = new Set();

  private isFunction(t: Token): boolean {
    return this.lex.functionWords.has(t.norm) || this.lex.definite.has(t.norm) || this.lex.indefinite.has(t.norm) || this.lex.possessives.has(t.norm);
  }

  /** Could this capitalised word be part of a name here? */
  nameLike(t: Token, next: Token | undefined): boolean {
    if (!t.word || !t.cap || t.inQuote) return false;
    if (this.isFunction(t)) return false;
    if (this.lex.pronouns.has(t.norm) || this.lex.impersonal.has(t.norm)) return false;
    // "Nigerian" alone is an adjective; "Nigerian Tennis Federation" is a name.
    if (this.lex.nationalities.has(t.norm) && !/^\p{Lu}{2,}$/u.test(t.text) && !(next && next.word && next.cap && !next.inQuote)) return false;
    if (t.initial && this.knownSurnames.size && !(next && next.word && next.cap) && this.knownSurnames.has(nameKey(t.text))) return true;
    if (t.initial) {
      // "Forecasters said", "Analystes et économistes…": a capitalised common noun of our lexicons.
      const singular = t.norm.endsWith('s') ? t.norm.slice(0, -1) : t.norm;
      if ([t.norm, singular].some((w) => this.lex.roleNouns.has(w) || this.lex.anonymousNouns.has(w) || this.lex.organizationNouns.has(w) || this.lex.documentNouns.has(w))) return false;
      const info = wordInfo(t.text);
      const nextCap = !!next && next.word && next.cap;
      // "Importers said…": a plural of an ordinary word, capitalised by position.
      if (t.norm.length > 4 && t.norm.endsWith('s') && !nextCap && wordInfo(t.norm.slice(0, -1)).common) return false;
      if (info.common && !info.firstName && !info.place && !nextCap) return false;
      // A sentence-initial participle ("Interrogée sur…", "Asked about…") is not a name.
      if (!nextCap && /(é|ée|és|ées|ant|ed|ing)$/.test(t.norm) && !info.firstName) return false;
      if (this.lex.verbs.has(t.norm) || this.lex.participles.has(t.norm)) return false;
    }
    return true;
  }

  /** Runs of name-like tokens in [a, b), allowing particles ("Charles de Gaulle") and initials ("J."). */
  nameRuns(tokens: Token[], a: number, b: number): [number, number][] {
    const runs: [number, number][] = [];
    let i = a;
    while (i < b) {
      if (!this.nameLike(tokens[i], tokens[i + 1])) {
        i++;
        continue;
      }
      let j = i + 1;
      for (;;) {
        if (j < b && this.nameLike(tokens[j], tokens[j + 1])) j++;
        else if (j + 1 < b && tokens[j].text === '.' && tokens[j].start === tokens[j - 1].end && tokens[j - 1].text.length <= 3 && this.nameLike(tokens[j + 1], tokens[j + 2])) j += 2;
        else if (j + 1 < b && tokens[j].cap && !tokens[j].initial && this.lex.nameParticles.has(tokens[j].norm) && this.nameLike(tokens[j + 1], tokens[j + 2]) && !this.lex.functionWords.has(tokens[j + 1].norm)) j += 2; // "Marine Le Pen"
        else if (j + 1 < b && this.lex.nameParticles.has(tokens[j].norm) && !tokens[j].cap && this.nameLike(tokens[j + 1], tokens[j + 2]) && !this.lex.organizationNameWords.has(tokens[j - 1].norm) && wordInfo(tokens[j + 1].text).firstName === null && !PLACES.has(fold(tokens[j + 1].text))) j += 2;
        else break;
      }
      // "No. 2", "Article 5": a capitalised word before a number is a label, not a name.
      const after = tokens[j]?.text === '.' ? tokens[j + 1] : tokens[j];
      if (!(j - i === 1 && after && /^\d/.test(after.text))) runs.push([i, j]);
      i = j;
    }
    return runs;
  }

  /**
   * Split a run into descriptor words and the name proper: "Défense Sergueï Choïgou" after
   * "de la" → name "Sergueï Choïgou"; "Defense Secretary Lloyd Austin" → "Lloyd Austin".
   * Returns the index where the name starts, or -1 when the run is only a complement ("du Mossad").
   */
  private nameStart(tokens: Token[], run: [number, number], from = 0): number {
    const [a, b] = run;
    const words = [];
    for (let i = a; i < b; i++) if (tokens[i].word) words.push(i);
    // A known first name starts the name.
    for (const i of words) if (wordInfo(tokens[i].text).firstName && i < b - 1) return i;
    // Role nouns inside a capitalised title ("Prime Minister", "Secretary") belong to the descriptor.
    let start = a;
    for (const i of words) if (this.lex.roleNouns.has(tokens[i].norm) || this.lex.titles.has(tokens[i].norm)) start = i + 1;
    while (start < b && !tokens[start].word) start++;
    if (start >= b) return -1;
    // Only words of the segment count: "according to the Harbour Safety Board" starts after "to".
    const prev = a - 1 >= from ? tokens[a - 1] : undefined;
    const isPrep = (t: Token | undefined) => !!t && !t.cap && (this.lex.prepositions.has(t.norm) || (this.lex.nameParticles.has(t.norm) && !this.lex.definite.has(t.norm)));
    const prepositional = isPrep(prev) || (!!prev && this.lex.definite.has(prev.norm) && isPrep(a - 2 >= from ? tokens[a - 2] : undefined));
    if (prepositional && start === a) {
      const n = words.filter((i) => i >= start).length;
      // "du Kremlin Dmitri Peskov": first + last name at the end — but "de la Fédération Nationale Ovine" is one institution.
      if (n >= 3 && !words.some((i) => this.lex.organizationNameWords.has(tokens[i].norm))) return words[words.length - 2];
      return -1;
    }
    return start;
  }

  /** "Analysts at X" over [a, b) when the name starting at `nameAt` follows the group noun's preposition. */
  private groupOfOrganization(tokens: Token[], a: number, nameAt: number, b: number): Mention | null {
    let p = nameAt - 1;
    if (p > a && this.lex.definite.has(tokens[p].norm)) p--;
    if (!tokens[p] || !['at', 'chez', 'of', 'from', 'de', 'du', 'des', 'd’'].includes(tokens[p].norm)) return null;
    if (this.descriptorStart(tokens, a, p) !== a) return null;
    const d = this.describe(tokens, a, b);
    return d && d.cls === 'spokes' && d.organization ? { type: 'descriptor', descriptor: d, start: d.start, end: d.end } : null;
  }

  /** The courtesy title just before a name ("M.", "Mme", "Mr."), if any. */
  private titleBefore(tokens: Token[], i: number): { index: number; gender: 'm' | 'f' | null } | null {
    let k = i - 1;
    if (k >= 0 && tokens[k].text === '.') k--;
    if (k < 0) return null;
    const t = tokens[k];
    if (!this.lex.titles.has(t.norm) && !this.lex.titles.has(`${t.norm}.`)) return null;
    if (!t.cap && !['monsieur', 'madame'].includes(t.norm)) return null;
    return { index: k, gender: this.lex.titles.get(t.norm) ?? this.lex.titles.get(`${t.norm}.`) ?? null };
  }

  private span(tokens: Token[], a: number, b: number) {
    const start = tokens[a].start;
    const end = tokens[b - 1].end;
    return { start, end, text: this.text.slice(start, end) };
  }

  /** Parse one comma-free segment [a, b) that should name a source. */
  parseSegment(tokens: Token[], a: number, b: number, afterMarker = false): Mention | null {
    while (a < b && !tokens[a].word) a++;
    while (b > a && !tokens[b - 1].word) b--;
    if (a >= b) return null;
    if (b - a === 1 && this.lex.pronouns.has(tokens[a].norm)) {
      return { type: 'pronoun', word: tokens[a].norm, start: tokens[a].start, end: tokens[a].end };
    }
    // Two-word pronouns: "ce dernier", "cette dernière", "the latter".
    if (b - a === 2 && this.lex.pronouns.has(`${tokens[a].norm} ${tokens[a + 1].norm}`)) {
      return { type: 'pronoun', word: `${tokens[a].norm} ${tokens[a + 1].norm}`, start: tokens[a].start, end: tokens[a + 1].end };
    }
    const doc = this.documentPhrase(tokens, a, b);
    if (doc) return doc;
    const group = this.organizationGroup(tokens, a, b);
    if (group) return group;
    // Title first: "M. Ibarra", "Mme Tazi", "Mr. Smith".
    const runs = this.nameRuns(tokens, a, b);
    for (let r = runs.length - 1; r >= 0; r--) {
      const run = runs[r];
      // A title word may itself be caught in the run ("Mme Tazi").
      let [ra] = run;
      const rb = run[1];
      let titleGender: 'm' | 'f' | null = null;
      let hasTitle = false;
      let mentionStart = tokens[ra].start;
      if (this.lex.titles.has(tokens[ra].norm) && rb - ra > 1 && tokens[ra].cap) {
        titleGender = this.lex.titles.get(tokens[ra].norm) ?? null;
        hasTitle = true;
        ra++;
        if (tokens[ra].text === '.') ra++;
      } else {
        const title = this.titleBefore(tokens, ra);
        if (title && title.index >= a) {
          titleGender = title.gender;
          hasTitle = true;
          mentionStart = tokens[title.index].start;
        }
      }
      if (ra >= rb) continue;
      // After "according to"/"selon" the marker's own preposition does not make the name a complement.
      const ns = hasTitle ? ra : this.nameStart(tokens, [ra, rb], afterMarker ? a : 0);
      if (ns < 0) {
        // "Economists at Barclays", "Researchers at the University of Leeds": a complement-only
        // name can still complete a plural group noun, which then speaks for the organization.
        const group = rb === b ? this.groupOfOrganization(tokens, a, ra, b) : null;
        if (group) return group;
        continue;
      }
      // "Haut Comité des ports de plaisance", "Syndicat national des collèges": an institution's
      // name goes on in lowercase after its capitalised head word.
      let nameEnd = rb;
      if (tokens.slice(ra, rb).some((t) => this.lex.organizationNameWords.has(t.norm))) {
        let k = rb;
        // "University of Aberdeen": a capitalised word right after "of"/"de" goes on too.
        const linked = (i: number) => tokens[i].cap && (tokens[i - 1].norm === 'of' || this.lex.nameParticles.has(tokens[i - 1].norm));
        // "CME Group data": a document noun after the name is what the group published, not its name.
        while (k < b && k < rb + 5 && tokens[k].word && (!tokens[k].cap || linked(k)) && !this.lex.verbs.has(tokens[k].norm) && !this.lex.auxiliaries.has(tokens[k].norm) && !this.lex.relatives.has(tokens[k].norm) && !this.lex.documentNouns.has(tokens[k].norm) && (this.lex.nameParticles.has(tokens[k].norm) || /^[a-zà-ÿ-]+$/.test(tokens[k].text) || linked(k))) k++;
        while (k > rb && (this.lex.nameParticles.has(tokens[k - 1].norm) || tokens[k - 1].norm === 'of')) k--;
        nameEnd = k;
      } else if (ra > a && this.lex.organizationNouns.has(tokens[ra - 1].norm) && !tokens[ra - 1].cap) {
        // "le collectif Vélo-Cités de France": after an organization noun, "de" + a capitalised word goes on.
        let k = rb;
        while (k + 1 < b && k < rb + 4 && this.lex.nameParticles.has(tokens[k].norm) && !tokens[k].cap && tokens[k + 1].cap && tokens[k + 1].word) k += 2;
        nameEnd = k;
      }
      // Only the last run that is a real name counts; it should end the segment (the head of the
      // noun phrase), unless a document noun follows ("according to CME Group data").
      const docTail = rb < b && tokens.slice(rb, b).every((t) => !t.word || this.lex.documentNouns.has(t.norm));
      if (nameEnd < b && !docTail && tokens.slice(nameEnd, b).some((t) => t.word && !this.lex.nationalities.has(t.norm))) {
        // "l'agence officielle MAP" ends with the name; "Moscou et Téhéran" or "X du collectif Y" do not: keep looking left.
        if (!this.lex.nameParticles.has(tokens[rb].norm) && tokens[rb].norm !== 'of') continue;
      }
      // "Analysts at Pellworth Capital": the name completes the descriptor, which is the head.
      const lead = this.descriptorStart(tokens, a, ns);
      if (lead === a && tokens[ns - 1] && ['at', 'chez', 'of', 'from'].includes(tokens[ns - 1].norm)) {
        const d = this.describe(tokens, a, b);
        if (d && d.cls === 'spokes') return { type: 'descriptor', descriptor: d, start: d.start, end: d.end };
      }
      const name = this.span(tokens, ns, nameEnd);
      const before = tokens[ns - 1];
      const afterArticle = !hasTitle && !!before && this.lex.definite.has(before.norm) && ['le', 'la', 'les', 'l’', 'the'].includes(before.norm);
      const nameParse: NameParse = { tokens: tokens.slice(ns, nameEnd), ...name, mentionStart: hasTitle ? mentionStart : afterArticle ? before.start : name.start, titleGender, hasTitle, afterArticle };
      // Descriptor words before the name in the same segment: "Le ministre russe de la Défense Sergueï Choïgou".
      let descriptor: Descriptor | null = null;
      let mentionIndex = ns;
      while (mentionIndex > a && tokens[mentionIndex].start > nameParse.mentionStart) mentionIndex--;
      let dStart = this.descriptorStart(tokens, a, mentionIndex);
      // "Commerce Secretary Gina Raimondo": the capitalised words of the title come with it.
      if (dStart > ra && dStart < ns && !hasTitle) dStart = ra;
      // "Norvik's chief executive": a possessor before the descriptor.
      if (dStart === a + 1 && /['’]s$/.test(tokens[a].text)) dStart = a;
      if (dStart >= 0) descriptor = this.describe(tokens, dStart, mentionIndex);
      // A title that is also a role ("Senator Joan Pruitt", "Président Macron") describes too.
      if (!descriptor && hasTitle && this.lex.roleNouns.has(tokens[mentionIndex]?.norm)) descriptor = this.describe(tokens, mentionIndex, mentionIndex + 1);
      return { type: 'name', name: nameParse, descriptor, start: nameParse.mentionStart, end: name.end };
    }
    let d = this.descriptorStart(tokens, a, b);
    if (d > a) d = this.possessorStart(tokens, a, d);
    if (d >= 0) {
      const descriptor = this.describe(tokens, d, this.descriptorEnd(tokens, d, b));
      if (descriptor) return { type: 'descriptor', descriptor, start: descriptor.start, end: descriptor.end };
    }
    return null;
  }

  /**
   * "The Green Alliance and the Clean Rivers Trust", "l'association Terre Vive et le collectif Air
   * Pur": organizations joined by "and"/"et" that fill the whole segment speak as one group.
   */
  organizationGroup(tokens: Token[], a: number, b: number): Mention | null {
    const runs = this.nameRuns(tokens, a, b);
    if (runs.length < 2 || runs.length > 6 || runs[runs.length - 1][1] !== b) return null;
    const glue = (x: number, y: number, needAnd: boolean) => {
      let and = false;
      for (let k = x; k < y; k++) {
        const t = tokens[k];
        if (t.norm === 'et' || t.norm === 'and') and = true;
        else if (t.text !== ',' && !this.lex.definite.has(t.norm) && !this.lex.organizationNouns.has(t.norm)) return false;
      }
      return and || !needAnd;
    };
    if (!glue(a, runs[0][0], false)) return null;
    for (let r = 1; r < runs.length; r++) if (!glue(runs[r - 1][1], runs[r][0], r === runs.length - 1)) return null;
    // Each member must be an organization: a name word ("Trust", "Alliance"), an acronym, or an organization noun before it.
    const orgish = ([x, y]: [number, number]) => {
      for (let k = x; k < y; k++) if (this.lex.organizationNameWords.has(tokens[k].norm) || /^\p{Lu}{2,}$/u.test(tokens[k].text)) return true;
      return x > 0 && this.lex.organizationNouns.has(tokens[x - 1].norm);
    };
    if (!runs.every(orgish)) return null;
    const s = runs[0][0];
    const name = this.span(tokens, s, b);
    const nameParse: NameParse = { tokens: tokens.slice(s, b), ...name, mentionStart: tokens[a].start, titleGender: null, hasTitle: false, afterArticle: false, group: true };
    return { type: 'name', name: nameParse, descriptor: null, start: tokens[a].start, end: name.end };
  }

  /** A word that may open a noun phrase before a name: determiner, role noun, capital, "de". */
  private nominal(t: Token): boolean {
    return t.word && !t.inQuote && (t.cap || this.lex.definite.has(t.norm) || this.lex.indefinite.has(t.norm) || this.lex.possessives.has(t.norm) || this.lex.prepositions.has(t.norm) || this.lex.nameParticles.has(t.norm) || this.lex.nationalities.has(t.norm) || !!this.headClass(t));
  }

  /** Last phraseStart answer: the analysis asks it twice per name (role, then subject). */
  private lastPhrase: { tokens: Token[] | null; a: number; s: number } = { tokens: null, a: -1, s: -1 };

  /** Does [a, b) hold a descriptor head? A cheap test before a full parse. */
  private hasHead(tokens: Token[], a: number, b: number): boolean {
    for (let i = a; i < b; i++) if (tokens[i].word && this.headClass(tokens[i])) return true;
    return false;
  }

  /** First token of the noun phrase (or the descriptor set before it by a comma) that ends with the name run starting at a. */
  private phraseStart(tokens: Token[], a: number): number {
    if (this.lastPhrase.tokens === tokens && this.lastPhrase.a === a) return this.lastPhrase.s;
    let k = a;
    if (tokens[a - 1]?.text === ',') {
      // "La directrice du port, Anne Calvez, …": a whole comma segment that is a descriptor.
      k = a - 1;
      while (k > 0 && k > a - 14 && tokens[k - 1].text !== ',' && !tokens[k - 1].inQuote && tokens[k - 1].text !== '.') k--;
      const m = k < a - 1 && this.hasHead(tokens, k, a - 1) ? this.parseSegment(tokens, k, a - 1) : null;
      k = m && m.type === 'descriptor' && m.start === tokens[k].start ? k : a;
    } else {
      while (k > 0 && k > a - 10 && this.nominal(tokens[k - 1])) k--;
    }
    this.lastPhrase = { tokens, a, s: k };
    return k;
  }

  private isRole(d: Descriptor): boolean {
    return d.cls === 'role' || !!d.unnamedRole;
  }

  /**
   * The role that a name met outside any cue is given: "Rhea Tolland, the housing minister,
   * visited…", "La sénatrice Odile Brunet a reçu…", "Son directeur, Armand Pelissier, …". Read
   * so that a role-only source quoted elsewhere can be joined to its holder. `parsed` is the
   * parse of the run itself.
   */
  roleAround(tokens: Token[], a: number, b: number, parsed: Mention): Descriptor | null {
    if (tokens[b]?.text === ',' && tokens[b + 1]?.word) {
      let f = b + 1;
      while (f < tokens.length && f < b + 14 && tokens[f].text !== ',' && !tokens[f].inQuote && tokens[f].text !== '.' && tokens[f].text !== ';' && tokens[f].text !== '(' && tokens[f].text !== ')' && tokens[f].text !== '!' && tokens[f].text !== '?') f++;
      const closed = f >= tokens.length || tokens[f].text === ',' || tokens[f].text === '.';
      const m = closed && this.hasHead(tokens, b + 1, Math.min(f, b + 6)) ? this.parseSegment(tokens, b + 1, f) : null;
      if (m && m.type === 'descriptor' && this.isRole(m.descriptor) && m.start === tokens[b + 1].start) return m.descriptor;
    }
    // "Police Chief Daniel Ortiz" is one run: its title words are read with it.
    const s = Math.min(a, this.phraseStart(tokens, a));
    if (s < a && tokens[a - 1]?.text === ',') {
      const m = this.parseSegment(tokens, s, a - 1);
      return m && m.type === 'descriptor' && this.isRole(m.descriptor) && !m.descriptor.indefinite ? m.descriptor : null;
    }
    const m = s === a ? parsed : this.hasHead(tokens, s, b) ? this.parseSegment(tokens, s, b) : null;
    return m && m.type === 'name' && m.descriptor && this.isRole(m.descriptor) ? m.descriptor : null;
  }

  /** A plural group of bodies opening the sentence up to its first comma or verb ("Trois associations locales,"), if any. */
  openingGroup(tokens: Token[]): Mention | null {
    let e = 0;
    let plural = false;
    while (e < tokens.length && e < 8 && tokens[e].word && !tokens[e].inQuote && !this.lex.auxiliaries.has(tokens[e].norm) && !this.lex.verbs.has(tokens[e].norm)) {
      if (!plural && /[sx]$/.test(tokens[e].norm) && this.headClass(tokens[e]) === 'organization') plural = true;
      e++;
    }
    if (!plural || e < 2 || !tokens[e] || (tokens[e].text !== ',' && !tokens[e].word)) return null;
    const m = this.parseSegment(tokens, 0, e);
    return m && m.type === 'descriptor' && m.descriptor.cls === 'organization' && /[sx]$/.test(m.descriptor.head) && m.start === tokens[0].start ? m : null;
  }

  /** Does the name run starting at a open its sentence, as its subject (after at most a role and an apposition comma)? */
  opensSentence(tokens: Token[], a: number): boolean {
    const s = this.phraseStart(tokens, a);
    if (s === 0) return true;
    // "Lundi, X a rencontré Y", "Later that day, X met Y": a short opening adverbial does not change the subject.
    const first = tokens[0];
    return s === a && tokens[a - 1]?.text === ',' && a <= 6 && !!first && first.word && (this.lex.prepositions.has(first.norm) || this.lex.timeWords.has(first.norm) || this.lex.skippable.has(first.norm) || /(ment|ly)$/.test(first.norm));
  }

  /** The descriptor of a comma apposition starting at i (", the Dublin-based maker of thermostats,"), if any. */
  appositionAt(tokens: Token[], i: number): Descriptor | null {
    if (!tokens[i] || !(this.lex.definite.has(tokens[i].norm) || this.lex.indefinite.has(tokens[i].norm))) return null;
    let f = i;
    while (f < tokens.length && f < i + 12 && tokens[f].text !== ',' && !tokens[f].inQuote) f++;
    if (tokens[f]?.text !== ',') return null;
    return this.describe(tokens, i, this.descriptorEnd(tokens, i, f));
  }

  /** "la mairie de Villeneuve", "the Ministry of Transport": a definite organization noun with a proper-name complement. */
  namedOrganizations(tokens: Token[]): Descriptor[] {
    const out: Descriptor[] = [];
    for (let i = 1; i + 2 < tokens.length; i++) {
      const t = tokens[i];
      if (!t.word || t.inQuote || !this.lex.organizationNouns.has(t.norm) || !this.lex.definite.has(tokens[i - 1].norm)) continue;
      // "le tribunal administratif de Rennes": up to two adjectives before the complement.
      let j = i + 1;
      while (j < i + 3 && j < tokens.length && tokens[j].word && !tokens[j].cap && !this.lex.functionWords.has(tokens[j].norm) && !this.lex.nameParticles.has(tokens[j].norm) && !this.lex.verbs.has(tokens[j].norm) && !this.lex.auxiliaries.has(tokens[j].norm)) j++;
      if (!tokens[j] || !['de', 'du', 'des', 'd’', 'of'].includes(tokens[j].norm)) continue;
      let s = j + 1;
      while (s < tokens.length && this.lex.definite.has(tokens[s].norm)) s++;
      if (!tokens[s] || !tokens[s].cap || tokens[s].inQuote) continue;
      let e = s + 1;
      while (e < tokens.length && e < s + 5 && tokens[e].word && (tokens[e].cap || this.lex.nameParticles.has(tokens[e].norm))) e++;
      while (e > s + 1 && this.lex.nameParticles.has(tokens[e - 1].norm)) e--;
      const d = this.describe(tokens, i - 1, e);
      if (d && d.cls === 'organization') out.push(d);
    }
    return out;
  }

  /**
   * Documents introduced outside any statement, with their full description: "publié son
   * rapport annuel sur les urgences", "published its annual review of the upgrade". A later
   * bare "the review" that speaks is named by them.
   */
  documentMentions(tokens: Token[]): Descriptor[] {
    const out: Descriptor[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.word || t.inQuote || t.cap || !this.lex.documentNouns.has(t.norm)) continue;
      // The determiner, possibly with up to two modifiers between it and the head ("its annual review").
      let a = i - 1;
      while (a > i - 3 && a > 0 && tokens[a].word && !tokens[a].cap && !this.isFunction(tokens[a]) && !this.lex.verbs.has(tokens[a].norm)) a--;
      const det = tokens[a];
      if (!det.word || !(this.lex.definite.has(det.norm) || this.lex.indefinite.has(det.norm) || this.lex.possessives.has(det.norm))) continue;
      let e = i + 1;
      while (e < tokens.length && e < i + 14 && !tokens[e].inQuote && !['.', ',', ';', ':', '!', '?', '(', ')'].includes(tokens[e].text) && !this.isOpenMark(tokens[e])) e++;
      e = this.descriptorEnd(tokens, a, e);
      if (e - a < 4) continue;
      const d = this.describe(tokens, a, e);
      if (d && d.cls === 'document') out.push(d);
      i = e - 1;
    }
    return out;
  }

  private isOpenMark(t: Token): boolean {
    return !t.word && t.quote >= 0 && !t.inQuote;
  }

  /**
   * "Le rapport de la Cour des comptes sur les ports", "a genetic study published in Nature": a
   * determiner and a document head open the phrase, so the names after it complete the document
   * rather than speak themselves (unless it is a communiqué: see describe).
   */
  private documentPhrase(tokens: Token[], a: number, b: number): Mention | null {
    const owned = this.ownedDocument(tokens, a, b);
    if (owned) return owned;
    if (!this.lex.definite.has(tokens[a].norm) && !this.lex.indefinite.has(tokens[a].norm)) return null;
    // "des estimations publiées par le cabinet X": an author named with "par"/"by" is the source.
    for (let k = a + 1; k < b; k++) if (tokens[k].norm === 'par' || tokens[k].norm === 'by') return null;
    for (let k = a + 1; k < b && k <= a + 3; k++) {
      const t = tokens[k];
      if (!t.word || (t.cap && !t.initial)) return null;
      const cls = this.headClass(t);
      if (!cls) continue;
      if (cls !== 'document') return null;
      // "A study published in Nature on Wednesday": the whole phrase describes the document, up to a
      // relative clause or a time conjunction.
      let end = b;
      for (let j = k + 1; j < b; j++) if (this.lex.relatives.has(tokens[j].norm) || ['lors', 'pendant', 'during', 'while', 'when', 'quand', 'et', 'and'].includes(tokens[j].norm)) {
        end = j;
        break;
      }
      const d = this.describe(tokens, a, end);
      return d && d.cls === 'document' ? { type: 'descriptor', descriptor: d, start: d.start, end: d.end } : null;
    }
    return null;
  }

  /**
   * "the Court of Auditors' 2025 annual report", "Acme's annual review": an authored work with a
   * proper-name possessor is the document, named with its owner.
   */
  private ownedDocument(tokens: Token[], a: number, b: number): Mention | null {
    let p = a;
    if (this.lex.definite.has(tokens[p].norm)) p++;
    const first = p;
    // "Court of Auditors": capitalised words, with "of"/"de" between them.
    const linker = (k: number) => (tokens[k].norm === 'of' || this.lex.nameParticles.has(tokens[k].norm)) && !!tokens[k + 1]?.cap && k > first;
    while (p < b && p < first + 6 && tokens[p].word && ((tokens[p].cap && !/['’]s$/.test(tokens[p].text)) || linker(p))) p++;
    if (p >= b) return null;
    // The possessive: "Acme's" (one token) or "Auditors" + "'".
    let after: number;
    if (tokens[p].word && tokens[p].cap && /['’]s$/.test(tokens[p].text)) after = p + 1;
    else if (p > first && !tokens[p].word && /['’]/.test(tokens[p].text) && /s$/.test(tokens[p - 1].norm)) after = p + 1;
    else return null;
    for (let k = after; k < b && k <= after + 3; k++) {
      const t = tokens[k];
      if (!t.word || t.cap) return null;
      if (!this.lex.documentNouns.has(t.norm)) continue;
      if (!this.lex.authoredDocumentNouns.has(t.norm)) return null;
      const d = this.describe(tokens, k, this.descriptorEnd(tokens, k, b));
      if (!d || d.cls !== 'document') return null;
      const start = tokens[a].start;
      return { type: 'descriptor', descriptor: { ...d, tokens: tokens.slice(a, this.descriptorEnd(tokens, k, b)), text: this.text.slice(start, d.end), start, definite: true }, start, end: d.end };
    }
    return null;
  }

  /**
   * After an inverted cue, "le locataire de Bercy" names the speaker even though "locataire" is
   * in no lexicon: a determiner and a common noun in that slot are a role stand-in.
   */
  standInAt(tokens: Token[], a: number, b: number): Mention | null {
    const det = tokens[a];
    const noun = tokens[a + 1];
    if (!det || !noun || !noun.word || noun.cap || !(this.lex.definite.has(det.norm) || this.lex.possessives.has(det.norm))) return null;
    if (this.lex.functionWords.has(noun.norm)) return null;
    const end = this.descriptorEnd(tokens, a, b);
    const d = this.describe(tokens, a, end, noun.norm);
    return d ? { type: 'descriptor', descriptor: d, start: d.start, end: d.end } : null;
  }

  /** Descriptors stop before clause-level prepositions ("…étrangères lors d'une conférence"). */
  private descriptorEnd(tokens: Token[], a: number, b: number): number {
    for (let i = a + 1; i < b; i++) if (this.lex.relayParticiples.has(tokens[i].norm)) return i;
    for (let i = a + 1; i < b; i++) if (this.lex.descriptorStops.has(tokens[i].norm) && !tokens[i].cap) return i;
    return b;
  }

  /**
   * A proper-name possessor belongs to the descriptor after it: "Acme's chief executive",
   * "Velmont Foods' lawyer" name someone of Acme's, not Acme or a bare "chief executive".
   */
  private possessorStart(tokens: Token[], a: number, d: number): number {
    let k = d - 1;
    const prev = tokens[k];
    if (!prev) return d;
    if (!prev.word && (prev.text === "'" || prev.text === '’') && tokens[k - 1]?.word && /s$/.test(tokens[k - 1].norm) && prev.start === tokens[k - 1].end) k--;
    else if (!(prev.word && prev.cap && /['’]s$/.test(prev.text))) return d;
    while (k > a && tokens[k - 1].word && tokens[k - 1].cap && !this.isFunction(tokens[k - 1])) k--;
    return tokens[k].cap ? k : d;
  }

  /** Where a descriptor begins in [a, b): a determiner, possessive or role noun followed by a known head. */
  private descriptorStart(tokens: Token[], a: number, b: number): number {
    for (let i = a; i < b; i++) {
      const t = tokens[i];
      if (!t.word) continue;
      if (this.lex.definite.has(t.norm) || this.lex.indefinite.has(t.norm) || this.lex.possessives.has(t.norm)) {
        for (let k = i + 1; k < Math.min(b, i + 4); k++) if (this.headClass(tokens[k]) && !tokens[k].inQuote) return i;
      } else if (this.headClass(t)) {
        return i;
      }
    }
    return -1;
  }

  private headClass(t: Token): DescriptorClass | null {
    const c = this.headClassOf(t.norm, t);
    if (c || t.norm.length < 4 || !t.norm.endsWith('s')) return c;
    return this.headClassOf(t.norm.slice(0, -1), t); // plurals: "forecasters", "économistes"
  }

  private headClassOf(w: string, t: Token): DescriptorClass | null {
    // Professions by their ending: "biologist", "physicist", "sociologue", "journaliste".
    if (w.length > 6 && /(ologist|ist|iste|ologue)$/.test(w) && !t.cap) return 'role';
    // "the Hungarian", "le Français": a nationality used as a noun names a person.
    if (t.cap && this.lex.nationalities.has(w) && !t.initial) return 'role';
    if (this.lex.spokesNouns.has(w)) return 'spokes';
    if (this.lex.anonymousNouns.has(w)) return 'anonymous';
    if (this.lex.roleNouns.has(w)) return 'role';
    if (this.lex.documentNouns.has(w)) return 'document';
    if (this.lex.organizationNouns.has(w)) return 'organization';
    return null;
  }

  /** Classify the descriptor tokens [a, b). */
  describe(tokens: Token[], a: number, b: number, fallbackHead: string | null = null): Descriptor | null {
    while (b > a && !tokens[b - 1].word) b--;
    if (b <= a) return null;
    let head = '';
    let cls: DescriptorClass | null = null;
    let headIndex = -1;
    if (fallbackHead && !tokens.slice(a, b).some((t) => this.headClass(t))) {
      cls = 'role';
      head = fallbackHead;
      headIndex = a + 1;
    }
    for (let i = a; i < b && !cls; i++) {
      let c = this.headClass(tokens[i]);
      if (c) {
        // "police chief", "union leader", "company spokesman": a body noun before a role noun only modifies it.
        while ((c === 'organization' || c === 'document') && i + 1 < b && (!tokens[i].cap || tokens[i + 1].cap)) {
          const next = this.headClass(tokens[i + 1]);
          if (next !== 'role' && next !== 'spokes') break;
          c = next;
          i++;
        }
        cls = c;
        head = tokens[i].norm;
        headIndex = i;
        break;
      }
    }
    if (!cls) return null;
    const first = tokens[a].norm;
    const definite = this.lex.definite.has(first) || this.lex.possessives.has(first);
    const indefinite = this.lex.indefinite.has(first) || (!definite && /s$/.test(head) && headIndex === a);
    let country: string | null = null;
    let anonymous = false;
    let organization: Token[] | null = null;
    let unnamedRole = false;
    let loneSpokes = false;
    for (let i = a; i < b; i++) {
      const t = tokens[i];
      country ??= this.lex.nationalities.get(t.norm) ?? (t.cap ? PLACES.get(fold(t.text)) ?? null : null);
      if (this.lex.anonymityMarkers.has(t.norm)) anonymous = true;
    }
    if (cls === 'document') {
      // "les estimations de la chambre de commerce", "a report by the IMF": the organization is the source.
      let k = headIndex + 1;
      while (k < b && tokens[k].word && !this.lex.prepositions.has(tokens[k].norm) && !tokens[k].cap && k < headIndex + 3) k++;
      if (k < b && ['de', 'du', 'des', 'd’', 'of', 'by', 'from'].includes(tokens[k].norm)) {
        let s = k + 1;
        while (s < b && this.lex.definite.has(tokens[s].norm)) s++;
        // A report or a study keeps its own voice ("le bulletin de Santé publique France"); a
        // communiqué or a statement is its author's.
        const voice = this.lex.voiceDocumentNouns.has(head);
        const authored = this.lex.authoredDocumentNouns.has(head);
        // "figures from the Lakeshore Water Authority": data put out by a named body speak for it.
        const namedBody = !authored && s < b && tokens[s].cap && tokens.slice(s, b).some((t) => t.cap && this.lex.organizationNameWords.has(t.norm));
        if (s < b && ((this.lex.organizationNouns.has(tokens[s].norm) && !authored) || namedBody || (voice && tokens[s].cap && !this.lex.documentNouns.has(tokens[s].norm)))) {
          organization = tokens.slice(s, b).filter((t, i, all) => !/^(lui|elle|eux|it)(-même|-mêmes|self)?$/.test(t.norm) || i === 0 && all.length === 1);
          cls = 'spokes';
        }
      }
    }
    if (cls === 'spokes' && organization) {
      // already resolved above (documents of an organization)
    } else if (cls === 'spokes' || cls === 'role') {
      // "un porte-parole de la Commission européenne": the spokesperson speaks for the organization.
      let k = headIndex + 1;
      while (k < b && (this.lex.nationalities.has(tokens[k].norm) || ['officiel', 'officielle', 'senior', 'top', 'haut'].includes(tokens[k].norm))) k++;
      if (k < b && (this.lex.nameParticles.has(tokens[k].norm) || ['of', 'for', 'at', 'from', 'du', 'au', 'chez'].includes(tokens[k].norm))) {
        let s = k + 1;
        while (s < b && (this.lex.definite.has(tokens[s].norm) || this.lex.nameParticles.has(tokens[s].norm))) s++;
        if (s < b && tokens[s].cap) organization = tokens.slice(s, b);
        else if (s < b && this.lex.organizationNouns.has(tokens[s].norm) && cls === 'spokes') organization = tokens.slice(s, b);
      }
      // "Analysts at Pellworth Capital", "Les économistes de Natixis": the firm speaks.
      if (cls === 'role' && organization && headIndex === a + (this.lex.definite.has(first) || this.lex.indefinite.has(first) ? 1 : 0) && /s$/.test(head) && organization[0].cap) cls = 'spokes';
      // "Vey's spokesperson", "Acme's spokesman": the possessor is the one spoken for.
      if (cls === 'spokes' && !organization && headIndex > a && tokens[a].cap && (/['’]s$/.test(tokens[headIndex - 1].text) || (!tokens[headIndex - 1].word && /['’]/.test(tokens[headIndex - 1].text)))) {
        organization = tokens.slice(a, headIndex).filter((t) => t.word);
      }
      if (cls === 'spokes' && organization) {
        // stays 'spokes'
      } else if (cls === 'spokes') {
        cls = 'anonymous';
        loneSpokes = !anonymous;
      } else if (indefinite) {
        // "un responsable américain", "a senior official": unnamed, so anonymous.
        cls = 'anonymous';
        unnamedRole = !anonymous;
      }
    }
    if (anonymous) cls = 'anonymous';
    const s = tokens[a].start;
    const e = tokens[b - 1].end;
    let gender: 'm' | 'f' | null = null;
    for (let i = a; i < b; i++) {
      if (this.lex.feminineRoleWords.has(tokens[i].norm)) gender = 'f';
      else if (this.lex.masculineRoleWords.has(tokens[i].norm)) gender ??= 'm';
    }
    if (this.lex.code === 'fr' && cls === 'role') {
      if (['la', 'une', 'cette'].includes(first)) gender = 'f';
      else if (['le', 'un', 'ce'].includes(first)) gender ??= 'm';
    }
    if (unnamedRole && cls !== 'anonymous') unnamedRole = false;
    if (anonymous) loneSpokes = false;
    return { tokens: tokens.slice(a, b), text: this.text.slice(s, e), start: s, end: e, cls, head, definite, indefinite, country, gender, organization, unnamedRole, loneSpokes };
  }
}
