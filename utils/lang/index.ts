import { en } from './en';
import { fr } from './fr';
import type { LangLexicon } from './types';

const LEXICONS: Record<string, LangLexicon> = { en, fr };

/** The lexicon for a language, or null when QuoteLens does not cover it. */
export function lexiconFor(lang: string): LangLexicon | null {
  return LEXICONS[lang] ?? null;
}

export const SUPPORTED_LANGUAGES = Object.keys(LEXICONS);
