import type { Analysis } from './types';

/** Placeholder until the engine lands (issue 3): a valid, empty Analysis. */
export function analyze(text: string, lang: string | null = null, title: string | null = null): Analysis {
  const words = (text.match(/\S+/g) ?? []).length;
  return {
    lang: lang ?? 'und',
    article: { isArticle: true, title, confidence: 1, words },
    quotes: [],
    speakers: [],
  };
}
