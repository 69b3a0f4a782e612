/**
 * Read an article out of an HTML string, in Node, for the CLI, eval and bench: parse
 * with linkedom, then run the same detection and body collection as the extension.
 */
import { parseHTML } from 'linkedom';
import { detect } from '../../utils/page/detect';
import { collectText } from '../../utils/page/collect';
import { analyze } from '../../utils/engine/analyze';
import type { Analysis } from '../../utils/engine/types';

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
    const document = parseHTML(html).document as unknown as Document;
    fosterParent(document);
    return document;
  } catch {
    return null;
  }
}

/** What may stay inside a table's own structure (everything else is "foster-parented"). */
const TABLE_SECTIONS = new Set(['thead', 'tbody', 'tfoot']);
const TABLE_KEEPS: Record<string, Set<string>> = {
  table: new Set(['caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']),
  section: new Set(['tr', 'td', 'th']),
  tr: new Set(['td', 'th']),
};
// A table directly in a table is a nested one whose cell linkedom closed early: leave it there.
const ALWAYS_KEPT = new Set(['script', 'style', 'template', 'input', 'form', 'table']);

/**
 * linkedom's parser keeps stray content where the HTML says it is; browsers move content
 * that sits directly in <table>, <tbody> or <tr> (not in a cell) to just before the table
 * (HTML's "foster parenting"). The extension reads the browser's tree, so the CLI moves
 * it too: `<table><p>…</p><tr>…` then reads as the browser renders it, a paragraph before
 * a table, instead of a table that holds a paragraph (which collection would keep whole
 * rather than skip as a data table).
 */
export function fosterParent(document: Document): void {
  const tables = Array.from(document.getElementsByTagName('table'));
  for (const table of tables) {
    if (!table.parentNode) continue;
    const stray: Node[] = [];
    const visit = (container: Element, keeps: Set<string>) => {
      for (const child of Array.from(container.childNodes)) {
        if (child.nodeType === 3) {
          if ((child.textContent ?? '').trim()) stray.push(child);
        } else if (child.nodeType === 1) {
          const tag = (child as Element).localName.toLowerCase();
          if (ALWAYS_KEPT.has(tag)) continue;
          if (!keeps.has(tag)) stray.push(child);
          else if (TABLE_SECTIONS.has(tag)) visit(child as Element, TABLE_KEEPS.section);
          else if (tag === 'tr') visit(child as Element, TABLE_KEEPS.tr);
        }
      }
    };
    visit(table, TABLE_KEEPS.table);
    for (const node of stray) table.parentNode.insertBefore(node, table);
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
  const text = found.root ? collectText(found.root, { liveBlog: found.liveBlog }).text : '';
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

/** The CLI's reading of an HTML page: detection and collection, then the engine (what `npm run annotate -- PAGE.html` prints). */
export function analyzeHtml(html: string, lang: string | null = null): { page: HtmlArticle; analysis: Analysis } {
  const page = readHtmlArticle(html);
  const analysis = analyze(page.text, lang ?? page.lang, page.title);
  analysis.article.isArticle = page.isArticle;
  analysis.article.confidence = page.confidence;
  return { page, analysis };
}
