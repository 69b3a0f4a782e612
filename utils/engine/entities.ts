/**
 * Who is who: the sources an article names, and the coreference that ties every later
 * mention to them — surnames and titles ("M. Ibarra"), transliterations ("Shoigu" for
 * "Choïgou"), pronouns with gender, role stand-ins ("le responsable russe") and metonymy
 * ("Moscou" speaks for the Russian government).
 */
import type { LangLexicon } from '../lang/types';
import { PLACES } from '../lang/places';
import type { SpeakerKind } from './types';
import type { Descriptor, Mention, NameParse } from './mentions';
import type { Token } from './segment';
import { fold, isAllCaps, nameKey } from './text';
import { wordInfo } from './names';

export interface Entity {
  id: string;
  kind: SpeakerKind;
  /** Proper names as written, first seen first. */
  names: string[];
  /** nameKey of each word of each name. */
  keys: string[][];
  /** Descriptors used for this source ("Le responsable russe"). */
  descriptors: string[];
  role: string | null;
  country: string | null;
  gender: 'm' | 'f' | null;
  plural: boolean;
  /** Position of the latest mention and its sentence. */
  lastPos: number;
  lastSentence: number;
  /** Attributed statements so far. */
  count: number;
  words: number;
  order: number;
}

const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ben', 'ibn', 'al', 'el', 'da', 'di', 'dos', 'das', 'del', 'della', 'ter', 'abu', 'abou']);

function keysOf(tokens: { text: string; word?: boolean }[]): string[] {
  // "Hart's view": the possessive ending is not part of the name.
  return tokens.filter((t) => t.word !== false && /\p{L}/u.test(t.text)).map((t) => nameKey(t.text.replace(/['’]s$/u, ''))).filter((k) => k && !PARTICLES.has(k));
}



/** How many recently mentioned sources pronouns and stand-ins look back over. */
const RECENT = 48;

/** Two first-name keys of one person: equal, or one is the other's initial ("j" / "john"). */
function sameFirstName(a: string, b: string): boolean {
  if (a === b) return true;
  const initial = (w: string) => w.replace(/[.\-]/g, '').length === 1;
  return (initial(a) || initial(b)) && a[0] === b[0];
}

export class EntityRegistry {
  readonly entities: Entity[] = [];
  /** Most recently mentioned last; bounded, so resolution costs the same on page 1 and page 100. */
  private recent: Entity[] = [];
  /** Name word key → sources whose names contain it. */
  private byWord = new Map<string, Entity[]>();
  /** Folded description → source named by it ("une source proche du dossier"). */
  private byDescription = new Map<string, Entity>();
  private next = 1;
  /** Surname keys of the people named in full ("Park" for "Linda Park"), for the mention reader. */
  readonly surnames = new Set<string>();
  /** Documents described in full outside any statement, latest last (see noteDocument). */
  private documents: { head: string; text: string; sentence: number }[] = [];
  /** Subject of the latest sentence that reported nothing (see noteSubject). */
  private subject: { entity: Entity; sentence: number } | null = null;

  /** Folded organization head → the folded heads that name the same kind of body. */
  private synonyms = new Map<string, string[]>();
  private genericHeads: Set<string>;

  constructor(private lex: LangLexicon) {
    for (const group of lex.organizationSynonyms) {
      const folded = group.map((w) => fold(w));
      for (const w of folded) this.synonyms.set(w, folded);
    }
    this.genericHeads = new Set([...lex.genericOrganizationHeads].map((w) => fold(w)));
  }

  private create(kind: SpeakerKind, pos: number, sentence: number): Entity {
    const e: Entity = { id: `s${this.next++}`, kind, names: [], keys: [], descriptors: [], role: null, country: null, gender: null, plural: false, lastPos: pos, lastSentence: sentence, count: 0, words: 0, order: this.entities.length };
    this.entities.push(e);
    this.touch(e, pos, sentence);
    return e;
  }

  private touch(e: Entity, pos: number, sentence: number) {
    e.lastPos = pos;
    e.lastSentence = sentence;
    const i = this.recent.lastIndexOf(e);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.push(e);
    if (this.recent.length > RECENT) this.recent.shift();
  }

  /**
   * Find a known source by a name: same words, or a surname alone, or a longer form of a known
   * surname. When several people share the surname, a title's gender ("Mme Dubois") picks among
   * them, then the one mentioned last; two full names with different first names never merge.
   */
  findByName(keys: string[], kind: SpeakerKind | null, gender: 'm' | 'f' | null = null): Entity | null {
    if (!keys.length) return null;
    const joined = keys.join(' ');
    // Only sources sharing a name word can match (an index, not a scan of every source).
    const candidates = new Set<Entity>();
    for (const k of keys) for (const e of this.byWord.get(k) ?? []) candidates.add(e);
    const list = [...candidates].sort((a, b) => b.order - a.order);
    for (const e of list) {
      for (const k of e.keys) {
        if (k.join(' ') === joined) return e;
      }
    }
    const matches: Entity[] = [];
    for (const e of list) {
      if (kind && e.kind !== kind && !(kind === 'person' && e.kind === 'unknown')) continue;
      if (e.kind !== 'person' && e.kind !== 'unknown') continue;
      if (gender && e.gender && e.gender !== gender) continue;
      const hit = e.keys.some((k) =>
        // "Choïgou" → "Sergueï Choïgou"; "Ibarra" → "Luis Ibarra Soto" (any word but the first name).
        (keys.length === 1 && k.length > 1 && k.slice(1).includes(keys[0])) ||
        // "Sergueï Choïgou" after "Choïgou" alone; "Mr. Smith" → "John Smith".
        (k.length === 1 && keys.length > 1 && keys.slice(1).includes(k[0])) ||
        // "J. Smith" and "John Smith": same surname, and one first name is the other's initial.
        (k.length > 1 && keys.length > 1 && k[k.length - 1] === keys[keys.length - 1] && sameFirstName(k[0], keys[0])));
      if (hit) matches.push(e);
    }
    // Several people share the surname: the one the article spoke of last.
    let best: Entity | null = null;
    for (const e of matches) if (!best || e.lastPos > best.lastPos) best = e;
    return best;
  }

  /** Kind of a proper name from its words and the descriptor around it. */
  classifyName(name: NameParse, descriptor: Descriptor | null): { kind: SpeakerKind; country: string | null; gender: 'm' | 'f' | null } {
    if (name.group) return { kind: 'organization', country: null, gender: null };
    const folded = fold(name.text).replace(/^(le|la|les|l'|the)\s*/, '');
    const place = PLACES.get(folded);
    if (place) return { kind: 'organization', country: place, gender: null };
    const words = name.tokens.filter((t) => t.word);
    const firstInfo = wordInfo(words[0].text);
    // A first name or a courtesy title makes a person, whatever the words around ("Anneke Vos, a biologist at the agency").
    if (name.hasTitle || (firstInfo.firstName && words.length > 1)) {
      const gender = name.titleGender ?? (firstInfo.firstName === 'm' || firstInfo.firstName === 'f' ? firstInfo.firstName : null) ?? descriptor?.gender ?? null;
      return { kind: 'person', country: descriptor?.cls === 'role' ? descriptor.country : null, gender };
    }
    if (descriptor && (descriptor.cls === 'organization' || descriptor.cls === 'document')) return { kind: descriptor.cls === 'document' ? 'document' : 'organization', country: descriptor.country, gender: null };
    if (words.some((t) => this.lex.organizationNameWords.has(t.norm))) return { kind: 'organization', country: descriptor?.country ?? null, gender: null };
    if (words.length === 1 && isAllCaps(words[0].text)) return { kind: 'organization', country: null, gender: null };
    // People's names take no article; "L'Équipe", "la Commission européenne", "the Fed" are institutions.
    if (name.afterArticle && !(descriptor && descriptor.cls === 'role')) return { kind: 'organization', country: descriptor?.country ?? null, gender: null };
    const first = wordInfo(words[0].text);
    const gender = name.titleGender ?? (first.firstName === 'm' || first.firstName === 'f' ? first.firstName : null) ?? descriptor?.gender ?? null;
    if (name.hasTitle || first.firstName || (descriptor && descriptor.cls === 'role')) return { kind: 'person', country: descriptor?.country ?? null, gender };
    if (words.length === 1 && (first.organization || first.place)) return { kind: 'organization', country: null, gender: null };
    if (words.length > 1 && words.every((t) => wordInfo(t.text).organization)) return { kind: 'organization', country: null, gender: null };
    return { kind: 'person', country: descriptor?.country ?? null, gender };
  }

  private bindDescriptor(e: Entity, d: Descriptor | null) {
    if (!d) return;
    // Next to a name, "a fund manager at X" is a role, not an anonymous source.
    if (d.unnamedRole) d = { ...d, cls: 'role' };
    if (!e.descriptors.some((x) => fold(x) === fold(d.text))) e.descriptors.push(d.text);
    if (!e.role && (d.cls === 'role' || d.cls === 'organization')) e.role = stripDeterminer(d.text, this.lex);
    e.country ??= d.country;
    if (e.kind === 'person') e.gender ??= d.gender;
  }

  private addName(e: Entity, name: string, keys: string[]) {
    name = name.replace(/['’]s$/u, '');
    if (e.kind === 'person' && keys.length > 1) this.surnames.add(keys[keys.length - 1]);
    if (!e.names.some((n) => fold(n) === fold(name))) e.names.push(name);
    if (!e.keys.some((k) => k.join(' ') === keys.join(' '))) {
      e.keys.push(keys);
      for (const k of keys) {
        const list = this.byWord.get(k) ?? [];
        if (!list.includes(e)) list.push(e);
        if (list.length > RECENT) list.shift(); // a word shared by very many sources identifies none
        this.byWord.set(k, list);
      }
    }
  }

  /** A proper name seen in a sentence; creates the source if new. */
  nameEntity(name: NameParse, descriptor: Descriptor | null, sentence: number): Entity {
    const keys = keysOf(name.tokens);
    const cls = this.classifyName(name, descriptor);
    let e = this.findByName(keys, cls.kind, name.titleGender ?? null);
    if (!e) {
      e = this.create(cls.kind, name.start, sentence);
      e.country = cls.country;
    }
    if (e.kind === 'unknown') e.kind = cls.kind;
    if (name.group) e.plural = true;
    e.gender ??= cls.kind === 'person' ? cls.gender : null;
    e.country ??= cls.country;
    this.addName(e, name.text, keys);
    this.bindDescriptor(e, descriptor);
    this.touch(e, name.start, sentence);
    return e;
  }


  /** A single capitalised word outside any cue: refreshes a known source ("Larrondo, 21 ans, …"). */
  noteKnown(token: Token, sentence: number): Entity | null {
    const e = this.findByName([nameKey(token.text)], null);
    if (e && (e.kind === 'person' || e.kind === 'organization')) {
      this.touch(e, token.start, sentence);
      return e;
    }
    return null;
  }

  /**
   * A person named outside any cue: remembered as a possible antecedent for later pronouns,
   * with the role an apposition gives them ("Rhea Tolland, the housing minister, visited…").
   */
  notePerson(name: NameParse, sentence: number, role: Descriptor | null = null): Entity | null {
    const cls = this.classifyName(name, role);
    const words = name.tokens.filter((t) => t.word);
    const personLike = cls.kind === 'person' && (name.hasTitle || wordInfo(words[0].text).firstName !== null || words.length > 1);
    const known = this.findByName(keysOf(name.tokens), null);
    if (known) {
      if (known.kind === 'person' && role) this.bindDescriptor(known, role);
      this.touch(known, name.start, sentence);
      return known;
    }
    // Named institutions are remembered too, for a later "the committee said".
    // … and acronyms ("la CGT Métallurgie", "NHS England").
    const orgLike = cls.kind === 'organization' && !PLACES.has(fold(name.text)) && words.some((t) => this.lex.organizationNameWords.has(t.norm) || (t.text.length >= 2 && isAllCaps(t.text)));
    if (!personLike && !orgLike) return null;
    return this.nameEntity(name, cls.kind === 'person' ? role : null, sentence);
  }

  /**
   * A name first met here, with no first name, title or gender, whose own words or relative
   * clause speak of it as a thing ("Quellmark announced its ferries…", "Arnsby, which…"): an organization.
   */
  guessOrganization(e: Entity | null): void {
    if (!e || e.kind !== 'person' || e.count > 0 || e.gender || e.names.length !== 1 || e.descriptors.length) return;
    const first = e.names[0].split(/\s+/)[0];
    if (wordInfo(first).firstName || this.lex.titles.has(first.toLowerCase())) return;
    e.kind = 'organization';
  }

  /**
   * The person a sentence without any statement is about (its subject): "Quill visited Helen
   * Ashdown on Friday. She promised…" — she is Quill, the subject, not Ashdown, the last woman named.
   */
  noteSubject(e: Entity | null, sentence: number): void {
    // A group of bodies ("Trois associations locales ont publié…") is the subject for a later "elles".
    if (e && (e.kind === 'person' || (e.kind === 'organization' && e.plural))) this.subject = { entity: e, sentence };
  }

  /** A named institution outside any cue ("la préfecture du Lot"): remembered for a later stand-in. */
  noteOrganization(d: Descriptor, sentence: number): void {
    const key = fold(stripDeterminer(d.text, this.lex));
    let e = this.byDescription.get(key) ?? null;
    if (!e) {
      e = this.create('organization', d.start, sentence);
      e.names.push(d.text);
      e.country = d.country;
      this.byDescription.set(key, e);
    }
    this.touch(e, d.start, sentence);
  }

  /** A document described outside any statement ("its annual review of the upgrade"), for a later bare "the review". */
  noteDocument(d: Descriptor, sentence: number): void {
    this.documents.push({ head: fold(d.head), text: d.text, sentence });
    if (this.documents.length > 8) this.documents.shift();
  }

  /** he/she/il/elle/they: the nearest earlier source that agrees in gender and number. */
  resolvePronoun(word: string, sentence: number, sameSentenceSpeaker: Entity | null, previousSpeaker: Entity | null): Entity | null {
    const p = this.lex.pronouns.get(word);
    if (!p) return null;
    const agrees = (e: Entity) => {
      if (p.neuter) return e.kind === 'organization' || e.kind === 'document';
      if (p.plural) return e.plural || e.kind === 'organization' || e.kind === 'anonymous';
      if (e.kind !== 'person' && e.kind !== 'unknown') return false;
      return !p.gender || !e.gender || e.gender === p.gender;
    };
    if (p.latest) {
      // "ce dernier": whoever was named last, quoted or not.
      let last: Entity | null = null;
      for (const e of this.recent) if (e.lastSentence <= sentence && agrees(e) && (!last || e.lastPos > last.lastPos)) last = e;
      return last;
    }
    if (sameSentenceSpeaker && agrees(sameSentenceSpeaker)) return sameSentenceSpeaker;
    // The subject of the sentence just before, when that sentence reported nothing, is the most salient.
    if (this.subject && this.subject.sentence === sentence - 1 && agrees(this.subject.entity)) return this.subject.entity;
    if (p.plural) {
      // "Elles dénoncent…" after "Terre Vive et le collectif Air Pur": a group just named comes first.
      let group: Entity | null = null;
      for (const e of this.recent) if (e.plural && e.kind === 'organization' && e.lastSentence >= sentence - 1 && e.lastSentence < sentence && (!group || e.lastPos > group.lastPos)) group = e;
      if (group) return group;
    }
    // The previous sentence's speaker, then whoever it mentioned last.
    if (previousSpeaker && previousSpeaker.lastSentence >= sentence - 1 && agrees(previousSpeaker)) return previousSpeaker;
    let best: Entity | null = null;
    for (const e of this.recent) {
      if (e.lastSentence >= sentence - 1 && e.lastSentence < sentence && agrees(e) && (!best || e.lastPos > best.lastPos)) best = e;
    }
    if (best) return best;
    // Otherwise the most recent source that agrees.
    for (const e of this.recent) {
      if (e.lastSentence < sentence && e.count > 0 && agrees(e) && (!best || e.lastPos > best.lastPos)) best = e;
    }
    if (best) return best;
    for (const e of this.recent) if (e.lastSentence <= sentence && agrees(e) && (!best || e.lastPos > best.lastPos)) best = e;
    return best;
  }

  /** A descriptor without a name: a stand-in for someone known, or a source of its own. */
  resolveDescriptor(d: Descriptor, sentence: number, pos: number): Entity {
    if (d.cls === 'spokes' && d.organization) {
      const orgTokens = d.organization.filter((t) => t.word);
      const text = orgTokens.map((t) => t.text).join(' ');
      const keys = keysOf(orgTokens);
      // A person's spokesperson ("Vey's spokesperson") is a representative of their own, not the person.
      if (this.findByName(keys, 'person')?.kind === 'person') return this.representative(d, sentence, pos);
      let e = this.findByName(keys, 'organization');
      if (!e) {
        e = this.create('organization', pos, sentence);
        e.country = PLACES.get(fold(text)) ?? d.country;
      }
      if (e.kind !== 'organization') e.kind = 'organization';
      this.addName(e, sourceText(d, orgTokens), keys);
      this.bindDescriptor(e, d);
      this.touch(e, pos, sentence);
      return e;
    }
    if (d.loneSpokes) {
      // "the spokesperson said" after "Vey's spokesperson": the same representative.
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const e = this.recent[i];
        if (e.kind === 'person' && e.keys.length === 0 && e.lastSentence >= sentence - 2 && e.descriptors.some((x) => fold(x).split(/[\s'’]+/).includes(fold(d.head)))) {
          this.bindDescriptor(e, { ...d, cls: 'role' });
          this.touch(e, pos, sentence);
          return e;
        }
      }
      // "Acme confirmed the breach. No data was taken, a spokesperson said.": Acme's spokesperson.
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const e = this.recent[i];
        if (e.kind === 'organization' && e.names.length && !PLACES.has(fold(e.names[0])) && e.lastSentence >= sentence - 1 && e.lastSentence <= sentence) {
          this.bindDescriptor(e, { ...d, cls: 'spokes' });
          this.touch(e, pos, sentence);
          return e;
        }
      }
    }
    if (d.cls === 'role' && !d.indefinite) {
      const match = this.standIn(d, sentence);
      if (match) {
        this.bindDescriptor(match, d);
        this.touch(match, pos, sentence);
        return match;
      }
    }
    // "le ministère de l'Intérieur" names its own body; a bare "le ministère" stands for one named before.
    const headAt = d.tokens.findIndex((t) => t.norm === d.head || fold(t.norm).startsWith(fold(d.head)));
    const complemented = d.tokens.slice(headAt + 1).some((t) => t.cap && !t.initial);
    if (d.cls === 'organization' && d.definite && !complemented) {
      // "la municipalité" after "la mairie de X", "the firm" after "X, the maker of…": the latest
      // organization whose name or descriptors share the head or one of its synonyms.
      const heads = this.synonyms.get(fold(d.head)) ?? [fold(d.head)];
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const e = this.recent[i];
        if (e.kind !== 'organization') continue;
        const words = fold([...e.names, ...e.descriptors].join(' ')).split(/[\s'-]+/);
        if (heads.some((h) => words.includes(h))) {
          this.bindDescriptor(e, d);
          this.touch(e, pos, sentence);
          return e;
        }
      }
    }
    if (d.cls === 'organization' && d.definite && !complemented && this.genericHeads.has(fold(d.head))) {
      // "la direction", "the company" with no matching name: the organization the story last named,
      // unless its own words say it is another kind of body ("le Tribunal" is no "équipe").
      const group = this.synonyms.get(fold(d.head));
      const otherKind = (e: Entity) => fold([...e.names, ...e.descriptors].join(' ')).split(/[\s'-]+/).some((w) => {
        // Plurals too: "the unions" is no "regulator".
        const g = this.synonyms.get(w) ?? (w.length > 3 && /s$/.test(w) ? this.synonyms.get(w.slice(0, -1)) : undefined);
        return !!g && g !== group;
      });
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const e = this.recent[i];
        if (e.kind === 'organization' && e.names.length && !PLACES.has(fold(e.names[0])) && e.lastSentence >= sentence - 8 && !otherKind(e)) {
          this.bindDescriptor(e, d);
          this.touch(e, pos, sentence);
          return e;
        }
      }
    }
    if (d.cls === 'document' && d.definite && d.tokens.filter((t) => t.word).length <= 3) {
      // "the paper", "le document", "the report" after "the report, published in…": the document last cited.
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const e = this.recent[i];
        if (e.kind === 'document' && e.count > 0 && e.lastSentence >= sentence - 12) {
          this.bindDescriptor(e, d);
          this.touch(e, pos, sentence);
          return e;
        }
      }
      // "published its annual review of X… The review found": the document is named by its full description.
      const key = fold(stripDeterminer(d.text, this.lex));
      const full = this.byDescription.has(key) ? undefined : [...this.documents].reverse().find((x) => x.head === fold(d.head) && x.sentence >= sentence - 12 && x.sentence < sentence);
      if (full) {
        const e = this.create('document', pos, sentence);
        e.names.push(full.text);
        e.country = d.country;
        this.bindDescriptor(e, d);
        this.byDescription.set(key, e);
        return e;
      }
    }
    // A source of its own, named by its description; the same description later is the same source.
    const key = fold(stripDeterminer(d.text, this.lex));
    let e = this.byDescription.get(key) ?? null;
    const kind: SpeakerKind = d.cls === 'anonymous' ? 'anonymous' : d.cls === 'document' ? 'document' : d.cls === 'organization' ? 'organization' : 'person';
    if (!e) {
      e = this.create(kind, pos, sentence);
      e.names.push(d.text);
      e.country = d.country;
      e.gender = d.gender;
      e.plural = /s$/.test(d.head) || d.tokens.some((t) => ['des', 'les', 'plusieurs', 'several', 'some', 'two', 'deux', 'trois', 'three'].includes(t.norm));
      if (kind === 'person') e.role = stripDeterminer(d.text, this.lex);
      this.byDescription.set(key, e);
    }
    this.touch(e, pos, sentence);
    return e;
  }

  /** A named person's spokesperson or representative: a person source of its own, one per description. */
  private representative(d: Descriptor, sentence: number, pos: number): Entity {
    const key = fold(stripDeterminer(d.text, this.lex));
    let e = this.byDescription.get(key) ?? null;
    if (!e) {
      e = this.create('person', pos, sentence);
      e.names.push(d.text);
      e.role = stripDeterminer(d.text, this.lex);
      e.gender = d.gender;
      this.byDescription.set(key, e);
    }
    if (!e.descriptors.includes(d.text)) e.descriptors.push(d.text);
    this.touch(e, pos, sentence);
    return e;
  }

  /** "Le responsable russe" → the known person whose country and role fit best, most recent first. */
  private standIn(d: Descriptor, sentence: number): Entity | null {
    // "les auteurs", "the researchers": a plural role is a group, never one person named before.
    if (d.tokens.some((t) => this.lex.pluralDeterminers.has(t.norm)) && /[sx]$/.test(d.head)) return null;
    if (d.head.length > 3 && d.head.endsWith('s') && this.lex.roleNouns.has(d.head.slice(0, -1)) && !this.lex.roleNouns.has(d.head)) return null;
    const words = new Set(d.tokens.filter((t) => t.word && t.norm.length > 3).map((t) => fold(t.text)));
    const headAt = d.tokens.findIndex((t) => t.norm === d.head);
    const after = headAt >= 0 ? d.tokens[headAt + 1] : undefined;
    const compound = after && after.word && this.lex.roleNouns.has(after.norm) ? fold(after.text) : null;
    let best: Entity | null = null;
    let bestScore = 0;
    for (const e of this.recent) {
      if (e.kind !== 'person' || e.lastSentence > sentence) continue;
      if (d.gender && e.gender && d.gender !== e.gender && this.lex.code === 'fr') continue;
      let score = 0;
      if (d.country && e.country) score += d.country === e.country ? 2 : -3;
      const known = new Set(fold([e.role ?? '', ...e.descriptors].join(' ')).split(/[\s']+/));
      // "chief executive" is not "chief financial officer": a compound role must match in full.
      if (known.has(fold(d.head)) && (!compound || known.has(compound))) score += 2;
      for (const w of words) if (w !== fold(d.head) && known.has(w)) score += 0.5;
      if (e.count > 0) score += 0.25;
      if (score > bestScore || (score === bestScore && score > 0 && best && e.lastPos > best.lastPos)) {
        best = e;
        bestScore = score;
      }
    }
    if (best && bestScore >= 1) return best;
    // "son avocat", "his daughter", "Reeve's lawyer": someone related to the person just named, not that person.
    if (d.tokens[0] && (this.lex.possessives.has(d.tokens[0].norm) || d.tokens.some((t, i) => i < 4 && (/['’]s$/.test(t.text) || (!t.word && i > 0 && /['’]/.test(t.text)))))) return null;
    const fits = (e: Entity) => e.kind === 'person' && !(d.country && e.country && d.country !== e.country) && !(this.lex.code === 'fr' && d.gender && e.gender && d.gender !== e.gender);
    // Otherwise the person the previous sentence (or this one) was about: "Larrondo… «…», a raconté le jeune ailier".
    let near: Entity | null = null;
    // An office ("the president") is someone of its own unless a known person holds it (scored above).
    if (this.lex.officeNouns.has(d.head)) return null;
    for (const e of this.recent) if (fits(e) && e.lastSentence >= sentence - 1 && e.lastSentence <= sentence && (!near || e.lastPos > near.lastPos)) near = e;
    if (near) return near;
    // A bare definite stand-in ("the senator", "le ministre") with one obvious candidate: the latest quoted person.
    if (d.tokens.filter((t) => t.word).length <= 3) {
      let latest: Entity | null = null;
      for (const e of this.recent) if (fits(e) && e.count > 0 && (!latest || e.lastPos > latest.lastPos)) latest = e;
      if (latest && latest.lastSentence >= sentence - 6) return latest;
    }
    return null;
  }

  /** Resolve a parsed mention to a source. */
  resolve(m: Mention, sentence: number, sameSentenceSpeaker: Entity | null, previousSpeaker: Entity | null): Entity | null {
    if (m.type === 'name') return this.nameEntity(m.name, m.descriptor, sentence);
    if (m.type === 'pronoun') {
      const e = this.resolvePronoun(m.word, sentence, sameSentenceSpeaker, previousSpeaker);
      if (e) this.touch(e, m.start, sentence);
      // Once "il" has stood for someone, their gender is known for the next pronoun.
      const p = this.lex.pronouns.get(m.word);
      if (e && e.kind === 'person' && !e.gender && p?.gender && !p.plural) e.gender = p.gender;
      return e;
    }
    return this.resolveDescriptor(m.descriptor, sentence, m.start);
  }
}

export function stripDeterminer(s: string, lex: LangLexicon): string {
  const m = /^(\S+?)(\s+|(?<=['’]))(.*)$/su.exec(s);
  if (!m) return s;
  const first = m[1].toLowerCase().replace(/'/g, '’');
  if (lex.definite.has(first) || lex.indefinite.has(first) || lex.possessives.has(first)) return m[3];
  return s;
}

/** The organization's name as written, without its determiner. */
function sourceText(d: Descriptor, orgTokens: Token[]): string {
  if (!orgTokens.length) return d.text;
  return d.text.slice(orgTokens[0].start - d.start, orgTokens[orgTokens.length - 1].end - d.start);
}

