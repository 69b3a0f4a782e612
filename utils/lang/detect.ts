/**
 * Language detection by stop-word share. Why this method: news prose is long and dense in
 * function words, and French and English share almost none of their 50 most frequent
 * ones ("le, de, que, est" vs "the, of, that, is"), so counting them separates the two
 * reliably from a few sentences on, in linear time and without a dependency or a model.
 * Other languages get a small list too, so a German page is not forced into English.
 */
import { en } from './en';
import { fr } from './fr';

const OTHER: Record<string, Set<string>> = {
  de: new Set('der die das und ist nicht ein eine mit auf sich dem den des zu von für auch wird hat sind'.split(' ')),
  es: new Set('el los las del y es en que por con una para se como pero más sus fue ha según dijo'.split(' ')),
  it: new Set('il gli della delle che è per una sono con non del nel alla anche ha più dei come'.split(' ')),
};

export interface Detection {
  lang: string;
  /** Share of the winning language among all stop-word hits, 0..1. */
  confidence: number;
  /** Stop-word hits that decided it. */
  evidence: number;
}

const WORD = /[\p{L}’']+/gu;
/** Enough words to decide; longer texts only cost time. */
const SAMPLE_WORDS = 4000;

export function detectLanguage(text: string): Detection {
  const scores: Record<string, number> = { en: 0, fr: 0, de: 0, es: 0, it: 0 };
  let seen = 0;
  for (const m of text.matchAll(WORD)) {
    if (++seen > SAMPLE_WORDS) break;
    const w = m[0].toLowerCase().replace(/'/g, '’');
    // French elisions ("l’", "d’", "qu’") are a strong French signal of their own.
    if (/^(l|d|qu|n|s|c|j)’\p{L}/u.test(w)) scores.fr += 1;
    if (en.stopwords.has(w)) scores.en += 1;
    if (fr.stopwords.has(w)) scores.fr += 1;
    for (const [code, set] of Object.entries(OTHER)) if (set.has(w)) scores[code] += 1;
  }
  let best = 'und';
  let bestScore = 0;
  let total = 0;
  for (const [code, score] of Object.entries(scores)) {
    total += score;
    if (score > bestScore) {
      best = code;
      bestScore = score;
    }
  }
  return { lang: best, confidence: total ? bestScore / total : 0, evidence: bestScore };
}

/** "fr-FR" → "fr"; anything not a language tag → null. */
export function primaryTag(lang: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_].*)?$/i.exec(lang ?? '');
  return m ? m[1].toLowerCase() : null;
}

/**
 * The page's declared language wins, except when the text plainly says otherwise: CMS
 * templates often declare lang="en" on pages written in French.
 */
export function chooseLanguage(text: string, declared: string | null | undefined): string {
  const tag = primaryTag(declared);
  const detected = detectLanguage(text);
  if (!tag) return detected.evidence >= 3 ? detected.lang : tag ?? 'und';
  if (detected.lang !== tag && detected.evidence >= 20 && detected.confidence >= 0.75) return detected.lang;
  return tag;
}
