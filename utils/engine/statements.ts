/**
 * From cues to statements in one sentence: where the reported content lies (after "que",
 * a colon or a quotation; before an inverted cue; around "selon X"), where it stops (at
 * the next participial, inverted, sourcing or relaying clause), and which source it gets
 * (read by SubjectReader). Every scan is bounded, so a sentence of any length costs
 * linear time.
 */
import type { LangLexicon } from '../lang/types';
import type { Cue, QuoteKind } from './types';
import type { CueHit } from './cues';
import { ChannelReader } from './channels';
import type { Mention } from './mentions';
import { MentionReader } from './mentions';
import type { QuoteSpan } from './quotes';
import type { Sentence, Token } from './segment';
import { SubjectReader } from './subjects';
import { wordInfo } from './names';
import { SentenceView, SUBJECT_WINDOW, WINDOW } from './view';

export type SourceRef =
  | { type: 'mention'; mention: Mention }
  | { type: 'inherit' } // same source as the statement before it in the sentence
  | { type: 'none' };

export interface Draft {
  start: number;
  end: number;
  kind: QuoteKind;
  cue: Cue | null;
  source: SourceRef;
  via: string | null;
  /** Token range of the content, for ordering and overlap checks within the sentence. */
  first: number;
  last: number;
  /** The content's words contain an anonymity marker ("on condition of anonymity"). */
  anonymous: boolean;
  /**
   * End of the statement's words when it resumes after its own cue ("“A,” she said, “B.”"):
   * one statement, but only the first part is the tinted span, so the cue is never painted.
   */
  tail?: { start: number; end: number };
}

interface Link {
  /** First token of the content. */
  start: number;
  /** 'quote' when the content is the quotation(s) later in the clause. */
  how: 'complementizer' | 'colon' | 'quote' | 'clause' | 'object';
  via: string | null;
}

interface Plan {
  mode: 'forward' | 'inverted' | 'skip';
  /** For "“…,” Ines Calloway, president of the union, told Reuters": the source named before the verb. */
  subject?: Mention | null;
  link: Link | null;
  /** Subject end (see subjectEnd). */
  sEnd: number;
  /** For inverted cues: first token of the cue's clause (its comma or quote mark). */
  clauseStart: number;
}

export class StatementFinder extends SentenceView {
  private reader: MentionReader;
  private channels: ChannelReader;
  private subjects: SubjectReader;

  constructor(
    lex: LangLexicon,
    text: string,
    quotes: QuoteSpan[],
    private significant: (q: QuoteSpan) => boolean,
  ) {
    super(lex, text, quotes);
    this.reader = new MentionReader(lex, text);
    this.channels = new ChannelReader(lex, text, quotes);
    this.subjects = new SubjectReader(lex, text, quotes, this.reader, this.channels);
  }

  get mentions(): MentionReader {
    return this.reader;
  }

  /** The subject of a sentence's last clause ("Quand on lui demande…, elle sourit." → "elle"). */
  clauseSubject(sentence: Sentence): Mention | null {
    const tokens = sentence.tokens;
    // The subject before the first verb: "À Brest, Josette Le Bihan, 74 ans, a vu…".
    for (let v = 1; v < tokens.length && v < SUBJECT_WINDOW; v++) {
      const t = tokens[v];
      if (t.inQuote || !t.word || t.cap) continue;
      if (this.lex.auxiliaries.has(t.norm) || this.lex.verbs.has(t.norm)) {
        const m = this.subjects.readSubject(tokens, 0, v);
        if (m) return m;
        break;
      }
    }
    let from = 0;
    for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - SUBJECT_WINDOW; k--) {
      if (tokens[k].text === ',' && !tokens[k].inQuote) {
        from = k + 1;
        break;
      }
    }
    return this.subjects.sentenceSubject(tokens, tokens.length, from);
  }

  /** What follows a cue verb: how its content is introduced, if at all. */
  private forwardLink(tokens: Token[], hit: CueHit, end: number, preposed: boolean): Link | null {
    let via: string | null = null;
    let k = hit.after;
    const limit = Math.min(end, hit.after + WINDOW);
    const lemma = hit.entry?.lemma ?? '';
    // "told Reuters", "told reporters": the addressee of "tell" is the channel.
    if (lemma === 'tell' && k < end && tokens[k].word && !this.lex.complementizers.has(tokens[k].norm)) {
      let e = k;
      // The addressee is one pronoun ("told us"), or a short phrase that ends before the next determiner
      // or pronoun ("told reporters the plan…").
      const opener = (t: Token) => this.lex.definite.has(t.norm) || this.lex.indefinite.has(t.norm) || this.lex.possessives.has(t.norm) || this.lex.pronouns.has(t.norm) || this.lex.impersonal.has(t.norm);
      if (this.lex.objectPronouns.has(tokens[k].norm)) e = k + 1;
      else while (e < limit && tokens[e].word && !this.lex.complementizers.has(tokens[e].norm) && !this.lex.skippable.has(tokens[e].norm) && e < k + 4 && !(e > k && (opener(tokens[e]) || this.lex.prepositions.has(tokens[e].norm)))) e++;
      if (e > k) {
        via = `told ${this.text.slice(tokens[k].start, tokens[e - 1].end)}`;
        k = e;
      }
    }
    const firstContent = k;
    // "s'est dite « choquée »", "s'est dit prêt à partir": what follows the reflexive "se dire" is what was said.
    if (lemma === 'dire' && preposed && k < limit && tokens.slice(Math.max(0, hit.first - 1), hit.after).some((t) => t.norm === 's’' || t.norm === 'se') && (tokens[k].word || this.isOpenMark(tokens[k])) && !this.isStrongStop(tokens[k]) && tokens[k].text !== ',') {
      return { start: k, how: 'object', via };
    }
    let sawComma = false;
    let clauseOk = true;
    for (; k < limit; k++) {
      const t = tokens[k];
      if (this.isOpenMark(t)) {
        // A quotation right after the verb ("a appelé à « amplifier la mobilisation »") is its content
        // however short; further on, only a real statement is.
        const right = k <= firstContent + 1 && (!!hit.entry?.object || ['à', 'au', 'aux', 'de', 'd’', 'to'].includes(tokens[k - 1]?.norm ?? ''));
        // "juge « indécente » la couverture": a quoted word right after an evaluative verb is an
        // attribute of its object; the statement runs on over the object.
        if (k === firstContent && hit.entry?.object && preposed && !this.significant(this.quotes[t.quote])) return { start: k, how: 'object', via };
        // "a dit « comprendre » une décision": a quoted French infinitive opens the reported clause.
        const inner = tokens[k + 1];
        if (k === firstContent && preposed && inner?.inQuote && !inner.cap && this.isInfinitive(inner)) return { start: k, how: 'clause', via };
        // "a dit « guerre totale »": after a plain verb of saying, any other quotation is the words said, however short.
        if (k === firstContent && preposed && this.lex.sayingLemmas.has(lemma)) return { start: k, how: 'quote', via };
        return this.significant(this.quotes[t.quote]) || sawComma || right || tokens[k - 1]?.text === ':' ? { start: k, how: 'quote', via } : null;
      }
      if (t.inQuote) return null;
      if (this.isStrongStop(t)) return null;
      if (t.text === ':') return k + 1 < end ? { start: k + 1, how: 'colon', via } : null;
      if (t.text === ',') {
        sawComma = true;
        continue;
      }
      if (this.lex.complementizers.has(t.norm)) {
        // "raconte ce qu'elle appelle…": "ce que" is a relative ("what"), not "that".
        if (tokens[k - 1]?.norm === 'ce') return null;
        // English "that" after a noun is a relative ("a speech that drew applause"): it links only
        // after dates, channels, short phrases or the addressee.
        if (this.lex.code === 'en' && k > firstContent && !this.onlyCircumstances(tokens, firstContent, k)) return null;
        return k + 1 < end ? { start: k + 1, how: 'complementizer', via } : null;
      }
      const v = this.channels.viaAt(tokens, k, limit);
      if (v > k) {
        via ??= this.text.slice(t.start, tokens[v - 1].end);
        k = v - 1;
        continue;
      }
      if (k > hit.after && (this.lex.verbs.has(t.norm) || this.lex.participles.has(t.norm))) return null;
      if (!preposed || sawComma || !clauseOk) continue;
      // "a demandé aux habitants de ne pas sortir": addressee, then "de" + infinitive.
      if (this.lex.code === 'fr' && (t.norm === 'à' || t.norm === 'aux' || t.norm === 'au') && k <= firstContent + 2) {
        for (let j = k + 1; j < limit && j < k + 6; j++) {
          if ((tokens[j].norm === 'de' || tokens[j].norm === 'd’') && tokens[j + 1] && (this.isInfinitive(tokens[j + 1]) || tokens[j + 1].norm === 'ne')) return { start: j + 1, how: 'clause', via };
          if (!tokens[j].word) break;
        }
      }
      if (k === firstContent || (k > firstContent && tokens.slice(firstContent, k).every((x) => this.isTimeWord(x)))) {
        // "a plaidé pour l'ajout de…", "called for an inquiry": the verb's own preposition opens its object.
        const objectStart = tokens[k + 1];
        if (hit.entry?.preps?.has(t.norm) && objectStart && (this.isOpenMark(objectStart) || (!objectStart.inQuote && this.looksLikeNounPhrase(objectStart) && !this.isTimeWord(objectStart)))) {
          return { start: k + 1, how: 'object', via };
        }
        // "évoque des pertes": after a verb that takes an object, "des" is an article, not "de" + "les".
        if (hit.entry?.object && this.lex.indefinite.has(t.norm) && this.lex.prepositions.has(t.norm) && tokens[k + 1]?.word && !tokens[k + 1].cap && !this.isTimeWord(tokens[k + 1])) return { start: k, how: 'object', via };
        // "said on Tuesday the plan…" skips a date; after "said in a floor speech" only a
        // "that" further on can still open content.
        if (this.lex.prepositions.has(t.norm)) {
          if (tokens[k + 1] && this.isTimeWord(tokens[k + 1]) && !this.lex.prepositions.has(tokens[k + 1].norm)) continue;
          clauseOk = false;
          continue;
        }
        // "said this week" skips a date, but "says this is…" opens the reported clause.
        const opensClause = this.lex.bareClauseOpeners.has(t.norm) && !!tokens[k + 1] && (this.lex.auxiliaries.has(tokens[k + 1].norm) || this.lex.modals.has(tokens[k + 1].norm));
        if (!opensClause && (this.isTimeWord(t) || this.lex.skippable.has(t.norm))) continue;
        if (hit.entry?.object && this.looksLikeNounPhrase(t)) return { start: k, how: 'object', via };
        // "la décrit comme « exigeante »", "described her as reckless": the attribute is the statement.
        if (hit.entry?.object && (t.norm === 'comme' || t.norm === 'as') && tokens[k + 1] && !this.isStrongStop(tokens[k + 1])) return { start: k + 1, how: 'object', via };
        // French infinitive after the verb: "a assuré vouloir…", "a dit être…".
        if (!t.cap && this.isInfinitive(t)) return { start: k, how: 'clause', via };
        // English reported clause without "that": "Smith said the plan…", "he said he would…".
        // The clause must open like one: a pronoun, a determiner or a name ("said the plan…",
        // "said he would…"), not a number or an adjective ("added 200 jobs").
        if (this.lex.bareClauseVerbs.has(lemma) && t.word) {
          const opener = this.lex.pronouns.has(t.norm) || this.lex.impersonal.has(t.norm) || this.lex.definite.has(t.norm) || this.lex.possessives.has(t.norm) || this.lex.bareClauseOpeners.has(t.norm) || t.cap;
          // A bare noun opens a clause when a verb follows ("said picket lines would be…").
          let verbSoon = false;
          for (let j = k + 1; j < end && j <= k + 4 && !verbSoon; j++) verbSoon = this.lex.auxiliaries.has(tokens[j].norm) || this.lex.modals.has(tokens[j].norm);
          if (opener || (!/^\d/.test(t.norm) && verbSoon)) return { start: k, how: 'clause', via };
        }
      }
    }
    return null;
  }

  /** A sourcing phrase closed by a comma after which the interrupted clause goes on (", selon X, n'avaient pas…"). */
  private insideClause(tokens: Token[], h: CueHit): boolean {
    let e = h.after;
    while (e < tokens.length && e < h.after + WINDOW && tokens[e].text !== ',' && !this.isStrongStop(tokens[e]) && !tokens[e].inQuote && !this.isOpenMark(tokens[e])) e++;
    const next = tokens[e + 1];
    return tokens[e]?.text === ',' && !!next && this.continuesClause(next);
  }

  /** Content that opens with "commenter", "s’exprimer", "respond", "whether": a refusal or an open question, not a statement. */
  private saysNothing(tokens: Token[], start: number): boolean {
    const t = tokens[start];
    if (!t || !t.word) return false;
    return this.lex.nothingSaidOpeners.has(t.norm) || (!!tokens[start + 1] && this.lex.nothingSaidOpeners.has(t.norm + tokens[start + 1].norm));
  }

  /** A bare infinitive ("vouloir", "rester"), not a noun with an infinitive's ending ("guerre", "soir"). */
  private isInfinitive(t: Token): boolean {
    const rules = this.lex.infinitives;
    if (!rules || !t.word || !rules.form.test(t.norm)) return false;
    if (rules.known.has(t.norm)) return true;
    return rules.regular.some(([ending, siblings]) => {
      if (!t.norm.endsWith(ending) || t.norm.length < ending.length + 2) return false;
      const stem = t.norm.slice(0, -ending.length);
      return siblings.every((s) => wordInfo(stem + s).common);
    });
  }

  /** [a, b) holds only dates, adverbs and prepositional phrases of at most three words. */
  private onlyCircumstances(tokens: Token[], a: number, b: number): boolean {
    let k = a;
    while (k < b) {
      const t = tokens[k];
      const v = this.channels.viaAt(tokens, k, b);
      if (v > k) {
        k = v;
        continue;
      }
      if (this.lex.prepositions.has(t.norm)) {
        let e = k + 1;
        while (e < b && e < k + 5 && tokens[e].word && !this.lex.prepositions.has(tokens[e].norm)) e++;
        if (e === b || this.lex.prepositions.has(tokens[e].norm) || tokens[e].text === ',') {
          k = e;
          continue;
        }
      }
      if (t.text === ',' || this.isTimeWord(t)) {
        k++;
        continue;
      }
      return false;
    }
    return true;
  }

  private looksLikeNounPhrase(t: Token): boolean {
    return t.word && (this.lex.definite.has(t.norm) || this.lex.indefinite.has(t.norm) || this.lex.possessives.has(t.norm) || this.lex.quantifiers.has(t.norm) || t.cap || !this.lex.functionWords.has(t.norm));
  }

  /**
   * Does the cue introduce what follows (forward), close what precedes (inverted: "…, a-t-il
   * dit", "…, he said"), or neither?
   */
  private plan(tokens: Token[], h: CueHit, commaBefore: boolean): Plan {
    const n = tokens.length;
    const sEnd = this.subjects.subjectEnd(tokens, h, 0);
    if (!h.pronoun) {
      const pq = this.subjects.postQuoteSubject(tokens, h);
      if (pq) return { mode: 'inverted', link: null, sEnd, clauseStart: pq.mark, subject: pq.mention };
    }
    let adjacent = sEnd >= 0 || sEnd === -2 || !!h.pronoun;
    // "X, who leads the opposition, says the tax…", "Corvex Mining, the company that…, said": the
    // subject sits before an insertion set off by commas.
    if (!adjacent && tokens[h.first - 1]?.text === ',' && this.subjects.readSubject(tokens, this.subjects.subjectFloor(tokens, h.first, 0), h.first - 1)) adjacent = true;
    // "Lucien Marquet-Ory (Parti du centre) a reconnu que…"
    if (!adjacent && tokens[h.first - 1]?.text === ')' && this.subjects.readSubject(tokens, this.subjects.subjectFloor(tokens, h.first, 0), h.first)) adjacent = true;
    // "Ce projet, estime le maire, est…", "The plan, said the mayor, is…": a reporting clause set
    // inside the sentence by commas; its subject follows the verb and the statement goes on after.
    if (!h.pronoun && tokens[h.first - 1]?.text === ',' && this.parentheticalClose(tokens, h) >= 0) {
      return { mode: 'inverted', link: null, sEnd, clauseStart: h.first - 1 };
    }
    let link = this.forwardLink(tokens, h, n, adjacent);
    // "n'a pas souhaité commenter": the infinitive says that nothing was said.
    if (link && this.saysNothing(tokens, link.start)) return { mode: 'skip', link: null, sEnd, clauseStart: -1 };
    if (!link && !h.pronoun) {
      const q = this.laterQuote(tokens, h.after, n);
      if (q >= 0) link = { start: q, how: 'quote', via: null };
    }
    // "…, a prévenu X, parce que…": "parce que", "bien que" open a subordinate clause, not the content.
    if (link && link.how === 'complementizer' && this.lex.queSubordinators.has(tokens[link.start - 2]?.norm ?? '') && link.start - 2 > h.after) link = null;
    // "«A», a dit X, «B»": a cue right after a quotation, whose later quotation follows a comma,
    // splits one quotation; it is inverted, not a cue announcing «B».
    const afterQuote = h.first > 0 && (this.isCloseMark(tokens[h.first - 1]) || (h.first > 1 && tokens[h.first - 1].text === ',' && this.isCloseMark(tokens[h.first - 2])));
    if (link && !adjacent && afterQuote && this.isOpenMark(tokens[link.start]) && tokens[link.start - 1]?.text === ',') link = null;
    // "«…», a-t-elle ajouté, annonçant que…": a glued pronoun after a quotation closes it;
    // only an immediate "que" or colon would open new content.
    const prev = tokens[h.first - 1];
    if (link && h.pronoun && prev && (prev.text === ',' || this.isCloseMark(prev)) && link.start > h.after + 1) link = null;
    if (link) {
      // After a comma the subject may still come before, set off by an apposition ("X, le chef…, a dit que").
      if (adjacent || (commaBefore && this.subjects.readSubject(tokens, this.subjects.subjectFloor(tokens, h.first, 0), h.first - 1))) {
        return { mode: 'forward', link, sEnd, clauseStart: -1 };
      }
      return { mode: 'skip', link: null, sEnd, clauseStart: -1 };
    }
    if (h.pronoun || sEnd === -1) {
      if (h.pronoun || commaBefore) return { mode: 'inverted', link: null, sEnd, clauseStart: tokens[h.first - 1]?.text === ',' ? h.first - 1 : h.first };
      return { mode: 'skip', link: null, sEnd, clauseStart: -1 };
    }
    if (sEnd >= 0 && this.tailIsEmpty(tokens, h.after)) {
      // ", he said." / ", Smith told Reuters.": the subject opens a clause after a comma or a quote.
      let s = sEnd;
      while (s > 0 && s > sEnd - 8 && tokens[s - 1].text !== ',' && !this.isCloseMark(tokens[s - 1]) && !this.isStrongStop(tokens[s - 1])) s--;
      const before = tokens[s - 1];
      // The subject must be a plain noun phrase: "…, ce qu'elle appelle « … »" is no such clause.
      let plain = true;
      for (let i = s; i <= sEnd; i++) {
        const t = tokens[i];
        if (t.word && !t.cap && (this.lex.complementizers.has(t.norm) || this.lex.verbs.has(t.norm) || this.lex.relatives.has(t.norm) || this.lex.auxiliaries.has(t.norm))) plain = false;
      }
      // ", in a video posted on X, …": a circumstance, not a subject.
      if (tokens[s] && !tokens[s].cap && this.lex.prepositions.has(tokens[s].norm)) plain = false;
      if (plain && s > 0 && before && (before.text === ',' || this.isCloseMark(before))) {
        return { mode: 'inverted', link: null, sEnd, clauseStart: before.text === ',' ? s - 1 : s };
      }
    }
    return { mode: 'skip', link: null, sEnd, clauseStart: -1 };
  }

  /**
   * A word that can carry on a clause interrupted by a reporting clause ("…, a-t-elle ajouté, n'a
   * pas…"): not a relative, preposition, complementizer or conjunction, which start a clause of
   * their own, nor a participle ("…, adding…", "…, affirmant…"), which starts a new statement.
   */
  private continuesClause(t: Token): boolean {
    if (!t.word || t.inQuote) return false;
    const w = t.norm;
    if (this.lex.relatives.has(w) || this.lex.prepositions.has(w) || this.lex.complementizers.has(w) || this.lex.contrastConjunctions.has(w) || this.lex.subordinators.has(w)) return false;
    return !/(ing|ant)$/.test(w);
  }

  /**
   * The comma closing an inverted subject inside the sentence (", estime le maire Paul Denis, est…"),
   * or -1: a noun phrase, no complementizer or quotation, and the sentence going on after it.
   */
  private parentheticalClose(tokens: Token[], h: CueHit): number {
    let k = h.after;
    // "X, a critic, called for an audit, arguing…": a preposition after the verb starts its object.
    if (!tokens[k]?.word || this.lex.prepositions.has(tokens[k].norm)) return -1;
    const limit = Math.min(tokens.length, h.after + SUBJECT_WINDOW);
    while (k < limit && tokens[k].text !== ',') {
      const t = tokens[k];
      if (!t.word || t.inQuote || (!t.cap && (this.lex.complementizers.has(t.norm) || this.lex.relatives.has(t.norm)))) return -1;
      k++;
    }
    if (k === h.after || tokens[k]?.text !== ',') return -1;
    const next = tokens[k + 1];
    if (!next?.word || next.inQuote || !this.continuesClause(next)) return -1;
    return this.subjects.readInvertedSubject(tokens, h.after, k).mention ? k : -1;
  }

  /** Only adverbs, dates, channels and an addressee follow the cue before the clause ends. */
  private tailIsEmpty(tokens: Token[], from: number): boolean {
    let k = from;
    const limit = Math.min(tokens.length, from + WINDOW);
    while (k < limit) {
      const t = tokens[k];
      if (t.text === ',' || this.isStrongStop(t)) return true;
      if (this.isOpenMark(t)) return false; // a quotation after the verb is its content, not a tail
      const v = this.channels.viaAt(tokens, k, limit);
      if (v > k) {
        k = v;
        continue;
      }
      // ("on", "in" are skippable before a date, but before an article they open a place: below.)
      const opensPhrase = this.lex.prepositions.has(t.norm) && !!tokens[k + 1] && (this.lex.definite.has(tokens[k + 1].norm) || this.lex.possessives.has(tokens[k + 1].norm));
      if (t.word && !opensPhrase && (this.lex.skippable.has(t.norm) || this.lex.timeWords.has(t.norm) || /^\d+$/.test(t.norm) || t.cap)) {
        k++;
        continue;
      }
      // A place or means after a preposition: "in Santiago", "by phone", "on a call".
      if (t.word && this.lex.prepositions.has(t.norm) && tokens[k + 1]?.word) {
        k += 2;
        // "at the town hall", "on its website": a short noun phrase after its article or possessive.
        if (tokens[k] && (this.lex.definite.has(tokens[k - 1].norm) || this.lex.possessives.has(tokens[k - 1].norm))) {
          const stop = k + 3;
          while (k < stop && tokens[k]?.word && !this.lex.prepositions.has(tokens[k].norm) && !this.lex.verbs.has(tokens[k].norm) && !this.lex.auxiliaries.has(tokens[k].norm)) k++;
        }
        continue;
      }
      // The addressee of "told": "told reporters", "told analysts".
      // "told a packed news conference at City Hall": a short noun phrase, up to its preposition.
      if (t.word && k === from && tokens[from - 1] && this.lex.verbs.get(tokens[from - 1].norm)?.lemma === 'tell') {
        k++;
        while (k < limit && k < from + 5 && tokens[k].word && !this.lex.prepositions.has(tokens[k].norm) && !this.lex.verbs.has(tokens[k].norm) && !this.lex.auxiliaries.has(tokens[k].norm) && !this.lex.complementizers.has(tokens[k].norm)) k++;
        continue;
      }
      return false;
    }
    return k >= tokens.length;
  }

  /** A significant quotation after the cue, within the clause: "a tiré la sonnette d'alarme … «des armes…»". */
  private laterQuote(tokens: Token[], from: number, end: number): number {
    for (let k = from; k < end && k < from + SUBJECT_WINDOW; k++) {
      if (this.isOpenMark(tokens[k]) && this.significant(this.quotes[tokens[k].quote])) return k;
      if (this.isStrongStop(tokens[k])) return -1;
      // Another reporting verb on the way introduces that quotation itself ("…, qui évoque « … »").
      if (k > from && !tokens[k].inQuote && (this.lex.verbs.has(tokens[k].norm) || this.lex.participles.has(tokens[k].norm))) return -1;
    }
    return -1;
  }

  /** Clause end for forward content: the first breaker after `from`, else the sentence end. */
  private clauseEnd(breakers: number[], from: number, n: number): number {
    // Binary search: a sentence of any length may hold many breakers.
    let lo = 0;
    let hi = breakers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breakers[mid] > from) hi = mid;
      else lo = mid + 1;
    }
    return lo < breakers.length ? breakers[lo] : n;
  }

  private draft(tokens: Token[], a: number, b: number, kind: QuoteKind, hit: CueHit | null, source: SourceRef, via: string | null): Draft | null {
    // Trim punctuation that only frames the content.
    while (a < b && !tokens[a].word && !this.isOpenMark(tokens[a])) a++;
    while (b > a && !tokens[b - 1].word && !this.isCloseMark(tokens[b - 1]) && tokens[b - 1].text !== '?' && tokens[b - 1].text !== '!') b--;
    if (b <= a) return null;
    let words = 0;
    for (let k = a; k < b; k++) if (tokens[k].word) words++;
    if (words < 2) return null;
    let start = tokens[a].start;
    let end = tokens[b - 1].end;
    // A content that is exactly one quotation is direct: keep its words, not its marks.
    const qa = this.isOpenMark(tokens[a]) ? tokens[a].quote : -1;
    if (qa >= 0 && this.isCloseMark(tokens[b - 1]) && tokens[b - 1].quote === qa) {
      start = this.quotes[qa].start;
      end = this.quotes[qa].end;
      if (kind !== 'according-to') kind = 'direct';
    } else if (kind === 'indirect' && tokens.slice(a, b).some((t) => t.quote >= 0)) {
      kind = 'mixed';
    }
    const cue = hit ? this.cueSpan(tokens, hit) : null;
    let anonymous = false;
    for (let k = a; k < b; k++) if (!tokens[k].inQuote && this.lex.anonymityMarkers.has(tokens[k].norm)) anonymous = true;
    return { start, end, kind, cue, source, via, first: a, last: b, anonymous };
  }

  private cueSpan(tokens: Token[], hit: CueHit): Cue {
    const s = tokens[hit.first].start;
    const e = tokens[hit.after - 1].end;
    return { text: this.text.slice(s, e), start: s, end: e, tone: hit.entry?.tone ?? 'neutral' };
  }

  /** The statements of one sentence, in order. */
  find(sentence: Sentence, hits: CueHit[]): Draft[] {
    const tokens = sentence.tokens;
    const n = tokens.length;
    const drafts: Draft[] = [];
    if (!hits.length) {
      this.colonIntroductions(tokens, drafts);
      return drafts;
    }
    const at = new Map<number, number>(); // character offset → token index
    tokens.forEach((t, i) => at.set(t.start, i));
    const indexAt = (offset: number) => at.get(offset) ?? -1;

    // Orientation of each verb cue, and clause breakers: where a new participial, inverted,
    // sourcing or relaying clause begins (forward content stops there).
    const breakers: number[] = [];
    const plans = new Map<CueHit, Plan>();
    const nested = new Set<CueHit>();
    let lastForward: Plan | null = null;
    for (const h of hits) {
      const prev = tokens[h.first - 1];
      const commaBefore = !!prev && (prev.text === ',' || this.isCloseMark(prev));
      // "X said the bridge, according to engineers, was safe": a sourcing phrase set inside reported
      // content is part of it, not a statement of its own.
      if (h.type === 'source' && commaBefore && lastForward?.link && lastForward.link.start <= h.first && this.insideClause(tokens, h)) {
        nested.add(h);
        continue;
      }
      if (h.type === 'participle' || (h.type === 'source' && commaBefore) || h.type === 'relay') {
        breakers.push(prev?.text === ',' ? h.first - 1 : h.first);
        continue;
      }
      if (h.type !== 'verb') continue;
      const plan = this.plan(tokens, h, commaBefore);
      plans.set(h, plan);
      if (plan.mode === 'inverted') breakers.push(plan.clauseStart);
      // "…, tandis que Jean-Luc Mélenchon a appelé à…": a new speaker after a conjunction ends the
      // previous statement.
      // "…a reconnu avoir sous-estimé les risques, mais a nié avoir…": a second cue of the same subject
      // after "mais"/"but" ends the first statement.
      if (plan.mode === 'forward' && plan.sEnd === -2 && this.lex.contrastConjunctions.has(tokens[h.first - 1]?.norm ?? '')) breakers.push(h.first - 1);
      // "X described the outage as «…» and blamed…", "…et a ajouté que…": a second cue of the same
      // subject after "and"/"et". Only where it cannot belong to the content: after an object or a
      // quotation (not a that-clause, whose own subject may do the blaming), or as a French compound
      // tense ("et a ajouté"), which a reported clause would not use with an elided subject.
      else if (plan.mode === 'forward' && plan.sEnd === -2 && ['and', 'et'].includes(tokens[h.first - 1]?.norm ?? '') && lastForward) {
        const compoundFr = this.lex.code === 'fr' && h.after - h.first >= 2;
        const objectBefore = lastForward.link?.how === 'object' || lastForward.link?.how === 'quote';
        if (compoundFr || objectBefore) breakers.push(h.first - 1);
      }
      // "…said that its offer included X, which it described as «…»": a relative clause whose
      // pronoun subject takes a cue of its own is a second statement, not part of the first.
      if (plan.mode === 'forward' && lastForward && plan.sEnd >= 1 && this.lex.pronouns.has(tokens[plan.sEnd].norm) && this.lex.relatives.has(tokens[plan.sEnd - 1].norm) && tokens[plan.sEnd - 2]?.text === ',') breakers.push(plan.sEnd - 2);
      if (plan.mode === 'forward') lastForward = plan;
      if (plan.mode === 'forward' && plan.sEnd >= 0) {
        for (let k = plan.sEnd - 1; k >= 0 && k >= plan.sEnd - 7; k--) {
          const t = tokens[k];
          if (!t.word || t.inQuote) break;
          if (this.lex.contrastConjunctions.has(t.norm) || (t.norm === 'que' && ['tandis', 'alors'].includes(tokens[k - 1]?.norm ?? ''))) {
            breakers.push(t.norm === 'que' ? k - 1 : k);
            break;
          }
        }
      }
    }
    breakers.sort((x, y) => x - y);

    let covered = -1; // last token covered by a forward statement
    let lastDraft = null as Draft | null;
    const push = (d: Draft | null) => {
      if (!d) return;
      drafts.push(d);
      lastDraft = d;
    };
    for (const h of hits) {
      if (h.type === 'relay') {
        const v = this.channels.relayText(tokens, h);
        if (lastDraft && lastDraft.last <= h.first) lastDraft.via ??= v;
        continue;
      }
      const clauseStartOfPrev = lastDraft ? lastDraft.last : 0;
      if (h.type === 'participle') {
        const link = this.forwardLink(tokens, h, n, true) ?? this.participialLink(tokens, h, n);
        if (!link) continue;
        const end = this.clauseEnd(breakers, h.first, n);
        let source: SourceRef = lastDraft ? { type: 'inherit' } : { type: 'none' };
        if (!lastDraft) {
          // "Analysts at X cut their target, saying…": the participle's subject opens the sentence.
          const m = this.subjects.sentenceSubject(tokens, h.first);
          if (m) source = { type: 'mention', mention: m };
        }
        push(this.draft(tokens, link.start, end, 'indirect', h, source, link.via));
        covered = end;
        continue;
      }
      if (h.type === 'source') {
        if (nested.has(h)) continue;
        push(this.sourceStatement(tokens, h, breakers, clauseStartOfPrev));
        continue;
      }
      if (h.type === 'incise') {
        const q = this.quotes[tokens[h.first].quote];
        const mention = h.pronoun
          ? ({ type: 'pronoun', word: h.pronoun.word, start: h.pronoun.start, end: h.pronoun.end } as Mention)
          : this.reader.parseSegment(tokens.slice(h.after - 1, h.npEnd ?? h.after).map((t) => ({ ...t, inQuote: false })), 1, (h.npEnd ?? h.after) - h.after + 1);
        if (!q || !mention) continue;
        const openTok = indexAt(q.open);
        push({ start: q.start, end: q.end, kind: 'direct', cue: this.cueSpan(tokens, h), source: { type: 'mention', mention }, via: null, first: Math.max(0, openTok), last: h.npEnd ?? h.after, anonymous: false });
        continue;
      }
      if (h.first < covered) continue; // a cue inside another statement's content belongs to it
      const plan = plans.get(h);
      if (!plan || plan.mode === 'skip') continue;
      if (plan.mode === 'inverted') {
        const inv = plan.clauseStart;
        // Content before the cue: a quotation just before it, or the clause from the sentence start.
        let from = clauseStartOfPrev;
        const closeTok = this.isCloseMark(tokens[inv]) ? inv : inv > 0 && this.isCloseMark(tokens[inv - 1]) ? inv - 1 : -1;
        const src = this.invertedSource(tokens, h, plan);
        if (closeTok >= 0) {
          const q = this.quotes[tokens[closeTok].quote];
          const openTok = indexAt(q.open);
          if (openTok < 0) {
            // The quotation began in an earlier sentence or paragraph.
            const d = this.draftFromQuote(q, h, tokens);
            if (d) push({ ...d, source: src.source, via: src.via });
            continue;
          }
          // "«A», a-t-il dit" — but "le projet «…», selon X" keeps its words before the quote.
          if (openTok >= from && tokens.slice(from, openTok).every((t) => !t.word)) from = openTok;
        }
        let to = closeTok >= 0 ? closeTok + 1 : inv;
        if (closeTok < 0) {
          // "The talks could fall apart, they cautioned, and a rival bid…": the statement goes on after the cue.
          let k = h.after;
          while (k < n && k < h.after + SUBJECT_WINDOW && tokens[k].text !== ',' && !this.isStrongStop(tokens[k])) k++;
          if (tokens[k]?.text === ',' && ['and', 'but', 'et', 'mais', 'or', 'ou'].includes(tokens[k + 1]?.norm)) to = this.clauseEnd(breakers, k + 1, n);
          else if (tokens[k]?.text === ',' && tokens[k + 1] && this.continuesClause(tokens[k + 1])) {
            // "Le gouvernement, a-t-elle ajouté, n'a pas…": the reporting clause sits inside the
            // statement. One span cannot skip it, so the statement keeps the longer side (the
            // predicate, mostly), and the cue is never tinted.
            const restEnd = this.clauseEnd(breakers, k + 1, n);
            const words = (a: number, b: number) => tokens.slice(a, b).filter((t) => t.word).length;
            if (words(k + 1, restEnd) >= 3 && words(k + 1, restEnd) >= words(from, to)) {
              from = k + 1;
              to = restEnd;
              covered = restEnd;
            }
          }
        }
        const d = this.draft(tokens, from, to, 'indirect', h, src.source, src.via);
        // A quotation split by its cue: "“A,” he said, “B.”" is one statement; its span stays on "A".
        if (d && closeTok >= 0) {
          for (let k = h.after; k < n && k < h.after + 10; k++) {
            if (this.isStrongStop(tokens[k]) || (this.isOpenMark(tokens[k]) && tokens[k - 1]?.text !== ',')) break;
            if (this.isOpenMark(tokens[k])) {
              const q2 = this.quotes[tokens[k].quote];
              if (q2.close >= 0) {
                d.tail = { start: q2.start, end: q2.end };
                d.last = indexAt(q2.close) + 1 || d.last;
                covered = d.last;
              }
              break;
            }
          }
        }
        push(d);
        continue;
      }
      const link = plan.link!;
      let end = this.clauseEnd(breakers, link.start, n);
      if (link.how === 'quote') {
        // The content is the quotation(s): from the first mark to the last quotation in the clause.
        let last = link.start;
        for (let k = link.start; k < end; k++) if (this.isCloseMark(tokens[k])) last = k + 1;
        if (last > link.start) end = last;
      }
      let source: SourceRef = { type: 'none' };
      if (h.pronoun) source = { type: 'mention', mention: { type: 'pronoun', word: h.pronoun.word, start: h.pronoun.start, end: h.pronoun.end } };
      else if (plan.sEnd === -2) {
        if (lastDraft) source = { type: 'inherit' };
        else {
          // "Ruiz thanked volunteers and said…": the subject of the clause before the conjunction.
          let c = h.first - 1;
          while (c > 0 && c > h.first - SUBJECT_WINDOW && tokens[c].text !== ',' && !this.isCloseMark(tokens[c])) c--;
          const m = this.subjects.sentenceSubject(tokens, h.first, tokens[c]?.text === ',' || this.isCloseMark(tokens[c]) ? c + 1 : 0);
          if (m) source = { type: 'mention', mention: m };
        }
      }
      else {
        const floor = this.subjects.subjectFloor(tokens, h.first, clauseStartOfPrev);
        const m = this.subjects.readSubject(tokens, floor, plan.sEnd >= 0 ? plan.sEnd + 1 : h.first);
        if (m) source = { type: 'mention', mention: m };
      }
      if (source.type === 'none') continue;
      const d = this.draft(tokens, link.start, end, 'indirect', h, source, link.via);
      if (d && this.regionHasAnonymity(tokens, this.subjects.subjectFloor(tokens, h.first, clauseStartOfPrev), h.first)) d.anonymous = true;
      push(d);
      if (d) covered = end;
    }
    this.colonIntroductions(tokens, drafts);
    return drafts;
  }

  /**
   * "Larrondo, lui, a déjà la tête au prochain rendez-vous : « … »", "Il poursuit : « … »": a
   * quotation introduced by a colon speaks for the sentence's subject, whatever the verb.
   */
  private colonIntroductions(tokens: Token[], drafts: Draft[]) {
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k];
      if (!this.isOpenMark(t) || tokens[k - 1].text !== ':' || tokens[k - 1].inQuote) continue;
      const q = this.quotes[t.quote];
      if (!this.significant(q)) continue;
      let covered = false;
      for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - 8; i--) if (drafts[i].start <= q.start && q.start < drafts[i].end) covered = true;
      if (covered) continue;
      const subject = this.subjects.sentenceSubject(tokens, k - 1);
      if (!subject || (subject.type === 'descriptor' && subject.descriptor.cls === 'document')) continue;
      let last = k;
      for (let j = k; j < tokens.length; j++) if (this.isCloseMark(tokens[j]) && tokens[j].quote === t.quote) last = j;
      drafts.push({ start: q.start, end: q.end, kind: 'direct', cue: null, source: { type: 'mention', mention: subject }, via: null, first: k, last: last + 1, anonymous: false });
    }
  }

  private regionHasAnonymity(tokens: Token[], a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.lex.anonymityMarkers.has(tokens[k].norm)) return true;
    return false;
  }

  /** ", insistant sur le fait que…": a participle followed by a short phrase and "que". */
  private participialLink(tokens: Token[], h: CueHit, n: number): Link | null {
    for (let k = h.after; k < Math.min(n, h.after + 5); k++) {
      if (this.lex.complementizers.has(tokens[k].norm)) return { start: k + 1, how: 'complementizer', via: null };
      if (this.isStrongStop(tokens[k]) || tokens[k].text === ',') return null;
    }
    // English ", saying the plan…" takes its clause directly.
    if (this.lex.code === 'en' && h.entry && ['say', 'add', 'warn', 'argue', 'insist', 'claim', 'note', 'predict'].includes(h.entry.lemma) && tokens[h.after]?.word) {
      return { start: h.after, how: 'clause', via: null };
    }
    return null;
  }

  private invertedSource(tokens: Token[], h: CueHit, plan: Plan): { source: SourceRef; via: string | null } {
    if (plan.subject) {
      const after = this.subjects.readInvertedSubject(tokens, h.after, tokens.length);
      return { source: { type: 'mention', mention: plan.subject }, via: after.via ?? this.channels.tellVia(tokens, h) };
    }
    if (h.pronoun) return { source: { type: 'mention', mention: { type: 'pronoun', word: h.pronoun.word, start: h.pronoun.start, end: h.pronoun.end } }, via: this.subjects.readInvertedSubject(tokens, h.after, tokens.length).via };
    const sEnd = plan.sEnd;
    if (sEnd >= 0) {
      // ", he said" / ", Smith told Reuters"
      let s = sEnd;
      while (s > 0 && tokens[s - 1].text !== ',' && !this.isCloseMark(tokens[s - 1])) s--;
      let m = this.reader.parseSegment(tokens, s, sEnd + 1) ?? this.reader.standInAt(tokens, s, sEnd + 1);
      // "“…,” Ines Calloway, president of the union, told Reuters": after a quotation the whole
      // stretch up to the verb names the source; its first segment is the name.
      const q = plan.clauseStart;
      if (q >= 0 && this.isCloseMark(tokens[q]) && s > q + 1) {
        const first = this.subjects.readSubjectForward(tokens, q + 1, sEnd + 1);
        if (first) m = first;
      }
      const after = this.subjects.readInvertedSubject(tokens, h.after, tokens.length);
      const via = after.via ?? this.channels.tellVia(tokens, h);
      return { source: m ? { type: 'mention', mention: m } : { type: 'none' }, via };
    }
    const r = this.subjects.readInvertedSubject(tokens, h.after, tokens.length);
    return { source: r.mention ? { type: 'mention', mention: r.mention } : { type: 'none' }, via: r.via };
  }

  /** A multi-sentence or multi-paragraph quotation closed just before an inverted cue. */
  private draftFromQuote(q: QuoteSpan, h: CueHit, tokens: Token[]): Draft | null {
    if (q.end <= q.start) return null;
    return { start: q.start, end: q.end, kind: 'direct', cue: this.cueSpan(tokens, h), source: { type: 'none' }, via: null, first: 0, last: h.first, anonymous: false };
  }

  /** "Selon X, …", "…, selon X.", "according to X, …". */
  private sourceStatement(tokens: Token[], h: CueHit, breakers: number[], prevEnd: number): Draft | null {
    const n = tokens.length;
    let e = h.after;
    while (e < n && e < h.after + WINDOW && tokens[e].text !== ',' && !this.isStrongStop(tokens[e]) && !this.isOpenMark(tokens[e]) && !tokens[e].inQuote) e++;
    // Possessive sources are the reporter's own ("selon nos informations").
    if (this.lex.reporterPossessives.has(tokens[h.after]?.norm ?? '')) return null;
    // "Le rapport pourrait selon lui relancer le débat": a pronoun source set inside its clause with no commas.
    const lone = tokens[h.after];
    if (!h.framing && lone && this.lex.pronouns.has(lone.norm) && tokens[h.after + 1]?.word && !tokens[h.after + 1].inQuote && tokens[h.first - 1]?.word) {
      const mention: Mention = { type: 'pronoun', word: lone.norm, start: lone.start, end: lone.end };
      const d = this.draft(tokens, prevEnd, this.clauseEnd(breakers, h.after, n), 'according-to', null, { type: 'mention', mention }, null);
      return d && { ...d, cue: this.markerCue(tokens, h) };
    }
    let mention = this.reader.parseSegment(tokens, h.after, e, true);
    if (!mention) {
      const single = tokens[h.after];
      if (single && this.lex.pronouns.has(single.norm)) mention = { type: 'pronoun', word: single.norm, start: single.start, end: single.end };
    }
    if (!mention) return null;
    // "Pour l'instant," or "Pour la troisième fois," frame nothing, and "Pour les économistes," is
    // a general view: a framing needs one named or described source.
    if (h.framing && (tokens[e]?.text !== ',' || (mention.type === 'descriptor' && (mention.descriptor.cls === 'document' || /s$/.test(mention.descriptor.head))))) return null;
    let source: SourceRef = { type: 'mention', mention };
    const atClauseStart = h.first === 0 || tokens[h.first - 1].text === ',' && h.first - 1 <= prevEnd || (h.first <= prevEnd + 1);
    let via: string | null = null;
    if (atClauseStart && tokens[e]?.text === ',') {
      // Skip appositions and relays after the source: ", du collectif Dunes Vivantes,", ", consulté par l'AFP,".
      let s = e + 1;
      for (let guard = 0; guard < 2; guard++) {
        let f = s;
        while (f < n && f < s + WINDOW && tokens[f].text !== ',' && !this.isStrongStop(tokens[f]) && !tokens[f].inQuote && !this.isOpenMark(tokens[f])) f++;
        if (tokens[f]?.text !== ',' || f === s) break;
        const first = tokens[s];
        // "Pour son avocat, Me Gaël Fournel, …": the name after a role descriptor is the source.
        if (mention.type === 'descriptor' && mention.descriptor.cls === 'role') {
          const named = this.reader.parseSegment(tokens, s, f);
          if (named && named.type === 'name' && named.start === first.start) {
            mention = { ...named, descriptor: named.descriptor ?? mention.descriptor };
            source = { type: 'mention', mention };
            s = f + 1;
            continue;
          }
        }
        const apposition = this.subjects.isInsertion(first) || this.lex.definite.has(first.norm) && this.reader.parseSegment(tokens, s, f)?.type === 'descriptor';
        if (!apposition) break;
        if (/(é|ée|és|ées|ed)$/.test(first.norm)) via ??= this.text.slice(first.start, tokens[f - 1].end);
        else if (mention.type === 'name' && !mention.descriptor) {
          const d = this.reader.describe(tokens, s, f);
          if (d) mention.descriptor = d;
        }
        s = f + 1;
      }
      const end = this.clauseEnd(breakers, s, n);
      return this.draft(tokens, s, end, 'according-to', null, source, via) && { ...this.draft(tokens, s, end, 'according-to', null, source, via)!, cue: this.markerCue(tokens, h) };
    }
    // "Il fait vivre, selon les estimations de X, près de 1500 emplois": the statement surrounds the marker.
    if (tokens[e]?.text === ',' && tokens[h.first - 1]?.text === ',' && e + 1 < n && !this.isStrongStop(tokens[e + 1])) {
      const end = this.clauseEnd(breakers, e, n);
      const d = this.draft(tokens, prevEnd, end, 'according-to', null, source, via);
      return d && { ...d, cue: this.markerCue(tokens, h) };
    }
    // "…, selon X." — the content is the clause before the marker.
    let cut = h.first;
    if (tokens[cut - 1]?.text === ',') cut--;
    const from = prevEnd;
    const d = this.draft(tokens, from, cut, 'according-to', null, source, via);
    return d && { ...d, cue: this.markerCue(tokens, h) };
  }

  private markerCue(tokens: Token[], h: CueHit): Cue {
    const s = tokens[h.first].start;
    const e = tokens[h.after - 1].end;
    return { text: this.text.slice(s, e), start: s, end: e, tone: 'neutral' };
  }
}
