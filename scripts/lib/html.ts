/**
 * Read an article out of an HTML string, in Node, for the CLI, eval and bench.
 * Placeholder until the page detection lands (issue 4): body text by paragraphs.
 */
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  isArticle: boolean;
  confidence: number;
  title: string | null;
  lang: string | null;
  partial: boolean;
  /** The exact text the engine analyses (paragraphs separated by blank lines). */
  text: string;
}

export function readHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const paragraphs = [...document.querySelectorAll('p')].map((p) => (p.textContent ?? '').trim()).filter(Boolean);
  const text = paragraphs.join('\n\n');
  return {
    isArticle: text.length > 0,
    confidence: text.length > 0 ? 0.5 : 0,
    title: document.querySelector('title')?.textContent?.trim() || null,
    lang: document.documentElement?.getAttribute('lang') || null,
    partial: false,
    text,
  };
}
