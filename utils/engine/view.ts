/**
 * What every sentence reader needs: the language, the text, the quotations, and cheap
 * tests on tokens (quotation marks, sentence stops, words of time).
 */
import type { LangLexicon } from '../lang/types';
import type { QuoteSpan } from './quotes';
import type { Token } from './segment';

/** How far (in tokens) a cue may sit from its "que"/"that", its subject or its object. */
export const WINDOW = 12;
export const SUBJECT_WINDOW = 40;

export class SentenceView {
  constructor(
    protected lex: LangLexicon,
    protected text: string,
    protected quotes: QuoteSpan[],
  ) {}

  isStrongStop(t: Token): boolean {
    return !t.inQuote && (t.text === '.' || t.text === ';' || t.text === '!' || t.text === '?' || t.text === '…');
  }

  isOpenMark(t: Token): boolean {
    return t.quote >= 0 && this.quotes[t.quote].open === t.start;
  }

  isCloseMark(t: Token): boolean {
    return t.quote >= 0 && this.quotes[t.quote].close === t.start;
  }

  /** Dates and times between a cue and its clause: "said on Tuesday", "a déclaré mercredi 3 mai". */
  isTimeWord(t: Token): boolean {
    return this.lex.timeWords.has(t.norm) || /^\d+$/.test(t.norm) || (this.lex.skippable.has(t.norm) && !this.lex.prepositions.has(t.norm));
  }
}
