/**
 * Read an article out of an HTML string, in Node, for the CLI, eval and bench: parse
 * with linkedom, then run the same detection and body collection as the extension.
 */
import { parseHTML } from 'linkedom';
import { detect } from '../../utils/page/detect';
import { collectText } from '../../utils/page/collect';

export interface HtmlArticle {
  isArticle: boolean;
  confidence: number;
  title: string | null;
  lang: string | null;
  partial: boolean;
  /** The exact text the engine analyses (paragraphs separated by blank lines). */
  text: string;
  byline: string | null;
  publisher: string | null;
  published: string | null;
  /** What the verdict rests on (see Detection.signals). */
  signals: string[];
  /** Why it is not an article, when it is not. */
  reason: string | null;
}

export interface ReadHtmlOptions {
  /** The page's address, when known (helps reject home and search pages). */
  url?: string | null;
}

/** Parse an HTML page (never throws: unreadable input is "not an article"). */
export function parseDocument(html: string): Document | null {
  try {
    return parseHTML(html).document as unknown as Document;
  } catch {
    return null;
  }
}

export function readHtmlArticle(html: string, opts: ReadHtmlOptions = {}): HtmlArticle {
  const document = parseDocument(typeof html === 'string' ? html : '');
  if (!document) {
    return { isArticle: false, confidence: 0, title: null, lang: null, partial: false, text: '', byline: null, publisher: null, published: null, signals: [], reason: 'unparsable-html' };
  }
  const found = detect(document, { url: opts.url });
  // A page judged "not an article" still yields its best body guess, so the CLI can
  // analyse it on request; the extension stops at isArticle=false.
  const text = found.root ? collectText(found.root).text : '';
  return {
    isArticle: found.isArticle,
    confidence: found.confidence,
    title: found.title,
    lang: found.lang,
    partial: found.partial,
    text,
    byline: found.byline,
    publisher: found.publisher,
    published: found.published,
    signals: found.signals,
    reason: found.reason,
  };
}
