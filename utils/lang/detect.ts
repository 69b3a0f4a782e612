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

/** Enough text to decide; longer texts only cost time. */
const SAMPLE_CHARS = 8000;

const isLatinLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

export function detectLanguage(text: string, sampleChars = SAMPLE_CHARS): Detection {
  const scores: Record<string, number> = { en: 0, fr: 0, de: 0, es: 0, it: 0 };
  const end = Math.min(text.length, sampleChars);
  let i = 0;
  while (i < end) {
    if (!isLatinLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isLatinLetter(text.charCodeAt(j))) j++;
    const w = text.slice(i, j).toLowerCase();
    const next = text.charCodeAt(j);
    // French elisions ("l’", "d’", "qu’") are a strong French signal of their own.
    if ((next === 0x2019 || next === 39) && (w === 'l' || w === 'd' || w === 'qu' || w === 'n' || w === 's' || w === 'c' || w === 'j')) scores.fr += 1;
    if (en.stopwords.has(w)) scores.en += 1;
    if (fr.stopwords.has(w)) scores.fr += 1;
    for (const code in OTHER) if (OTHER[code].has(w)) scores[code] += 1;
    i = j;
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
  // With a declared language, a short sample is enough to catch a plainly wrong declaration.
  const detected = detectLanguage(text, tag ? 1200 : SAMPLE_CHARS);
  if (!tag) return detected.evidence >= 3 ? detected.lang : tag ?? 'und';
  if (detected.lang !== tag && detected.evidence >= 20 && detected.confidence >= 0.75) return detected.lang;
  return tag;
}
