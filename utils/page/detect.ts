/**
 * Is this page a news article, and where is its body? Runs the cheap gate first
 * (quickReject), then reads declared metadata (JSON-LD, Open Graph, microdata) and
 * finds the body root by paragraph votes. Confidence adds up independent signals, so a
 * page with no metadata at all can still qualify on text density alone.
 */
import { isInsideEditable, precedesTest, shortText, tagOf } from './dom';
import { NEWS_TYPES } from './lexicon';
import { nonArticleType, readMetadata, type PageMetadata } from './metadata';
import { rejectReason, scanPage, type RejectOptions } from './reject';
import { findBodyRoot, type BodyRoot } from './root';

export { quickReject } from './reject';

export interface Detection {
  isArticle: boolean;
  /** 0..1 */
  confidence: number;
  /** What the verdict rests on, e.g. "json-ld:newsarticle", "og:type=article", "reject:home-page". */
  signals: string[];
  /** Element holding the body text (pass to collectText), or null. */
  root: Element | null;
  title: string | null;
  /** Primary language subtag from the page ("fr", "en"), or null: let the engine guess. */
  lang: string | null;
  byline: string | null;
  publisher: string | null;
  /** Publication date as the page gives it (ISO 8601 usually). */
  published: string | null;
  /** The page marks part of the article as reserved to subscribers. */
  partial: boolean;
  /** The page declares a live blog (its timestamped entries are the body: pass to collectText). */
  liveBlog: boolean;
  /** Why the page is not an article, when it is not. */
  reason: string | null;
}

export interface DetectOptions extends RejectOptions {
  /** Most paragraphs read when looking for the body (hostile pages). */
  maxParagraphs?: number;
}

/** Confidence at or above which a page counts as an article. */
export const ARTICLE_THRESHOLD = 0.5;
/** Fewer body characters than this is a stub or a teaser, not an article to read. */
const MIN_BODY_CHARS = 250;
/** Linked headings needed before a body looks like a list of teasers. */
const MIN_TEASERS = 4;

export function detect(doc: Document, opts: DetectOptions = {}): Detection {
  try {
    return detectUnsafe(doc, opts);
  } catch (error) {
    return notArticle(doc, `error:${error instanceof Error ? error.name : 'unknown'}`, []);
  }
}

function detectUnsafe(doc: Document, opts: DetectOptions): Detection {
  if (!doc?.documentElement) return notArticle(doc, 'no-document', ['reject:no-document']);
  const scan = scanPage(doc);
  const rejected = rejectReason(doc, scan, opts);
  if (rejected) return notArticle(doc, rejected, [`reject:${rejected}`]);

  const md = readMetadata(doc, scan);
  const signals: string[] = [];
  const badType = nonArticleType(md);
  if (badType) return notArticle(doc, `schema:${badType}`, [`reject:schema:${badType}`], md);

  let confidence = 0;
  if (md.articleType) {
    const news = NEWS_TYPES.has(md.articleType);
    confidence += news ? 0.5 : 0.35;
    for (const source of md.sources.filter((s) => s === 'json-ld' || s === 'microdata')) signals.push(`${source}:${md.articleType}`);
  }
  if (md.malformedJsonLd) signals.push('json-ld:malformed');
  if (md.ogType === 'article') {
    confidence += 0.2;
    signals.push('og:type=article');
  }
  const liveBlog = isLiveBlog(md);
  const body = findBodyRoot(doc, { maxParagraphs: opts.maxParagraphs, paragraphs: scan.paragraphs, articleBodies: scan.articleBodies, bodyOpening: md.bodyOpening, liveBlog });
  if (scan.articles >= 1 && scan.articles <= 3) {
    // An <article> element counts more when the body found is inside it.
    const inside = !!body.root && (tagOf(body.root) === 'article' || !!body.root.closest?.('article'));
    confidence += inside ? 0.2 : 0.1;
    signals.push(inside ? '<article>⊃body' : '<article>');
  }
  if (body.via === 'itemprop-articleBody') {
    confidence += 0.15;
    signals.push('itemprop=articleBody');
  }
  // A page that declares an article keeps its body apart from what follows it: teaser
  // lists and link farms after the last body paragraph are furniture, not a listing.
  const declared = !!md.articleType || md.ogType === 'article';
  const bodyEnd = declared ? body.lastParagraph : null;
  confidence += densityScore(body, declared ? body.bodyLinkDensity : body.linkDensity, signals);
  if (body.root && body.share < 0.5 && body.via !== 'itemprop-articleBody') {
    // Prose spread over many unrelated blocks: a front page or a listing.
    confidence -= 0.25;
    signals.push('text-scattered');
  }
  if (body.root && looksLikeTeaserList(body.root, body.paragraphs, bodyEnd)) {
    // One linked headline per paragraph or two: a section front or a listing, however long its summaries.
    confidence -= 0.4;
    signals.push('teaser-headings');
  }
  confidence = Math.max(0, Math.min(1, Math.round(confidence * 100) / 100));

  if (body.root && isInsideEditable(body.root)) {
    // A CMS editor or a draft: never read or paint what the user is typing.
    return notArticle(doc, 'editable', [...signals, 'editable-region'], md);
  }
  const enoughText = body.chars >= MIN_BODY_CHARS;
  if (!enoughText) signals.push('text-too-short');
  const isArticle = !!body.root && enoughText && confidence >= ARTICLE_THRESHOLD;
  return {
    isArticle,
    confidence,
    signals,
    root: body.root,
    title: titleOf(doc, md, body.root),
    lang: langOf(doc, md),
    byline: bylineOf(doc, md, body.root),
    publisher: md.publisher,
    published: md.published ?? publishedOf(doc, body.root),
    partial: md.paywalled,
    liveBlog,
    reason: isArticle ? null : !body.root ? 'no-body-text' : !enoughText ? 'text-too-short' : 'low-confidence',
  };
}

/**
 * Headings that are links, at least one for every two paragraphs: teaser cards, not
 * subheadings. With `bodyEnd` (the last body paragraph), only headings before it count.
 */
function looksLikeTeaserList(root: Element, paragraphs: number, bodyEnd: Element | null): boolean {
  const linked: Element[] = [];
  for (const tag of ['h2', 'h3', 'h4']) {
    const headings = root.getElementsByTagName(tag);
    for (let i = 0; i < headings.length && i < 200; i++) {
      if (headings[i].querySelector('a[href]') || headings[i].closest('a[href]')) linked.push(headings[i]);
    }
  }
  const teaserCount = (n: number) => n >= MIN_TEASERS && n * 2 >= paragraphs;
  if (!teaserCount(linked.length)) return false;
  if (!bodyEnd) return true;
  // Position checks only when the count alone would condemn the page.
  const beforeEnd = precedesTest(bodyEnd);
  return teaserCount(linked.filter(beforeEnd).length);
}

/** Text-density evidence: enough prose, in enough paragraphs, with few links. */
function densityScore(body: BodyRoot, linkDensity: number, signals: string[]): number {
  if (!body.root) return 0;
  const clean = linkDensity < 0.25;
  if (body.chars >= 1000 && body.paragraphs >= 5 && clean) {
    signals.push('text-density:high');
    return 0.5;
  }
  if (body.chars >= 600 && body.paragraphs >= 3 && clean) {
    signals.push('text-density:medium');
    return 0.3;
  }
  if (body.chars >= MIN_BODY_CHARS) {
    signals.push('text-density:low');
    return 0.1;
  }
  return 0;
}

function notArticle(doc: Document, reason: string, signals: string[], md?: PageMetadata): Detection {
  let title: string | null = null;
  let lang: string | null = null;
  try {
    title = md?.headline ?? docTitle(doc);
    lang = langOf(doc, md);
  } catch {
    /* a broken document has neither */
  }
  return { isArticle: false, confidence: 0, signals, root: null, title, lang, byline: null, publisher: md?.publisher ?? null, published: null, partial: false, liveBlog: false, reason };
}

function docTitle(doc: Document): string | null {
  const t = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
}

function titleOf(doc: Document, md: PageMetadata, root: Element | null): string | null {
  if (md.headline) return md.headline.replace(/\s+/g, ' ').trim();
  const scope = root?.closest('article') ?? doc.body;
  const h1 = shortText(scope?.querySelector('h1')) ?? shortText(doc.querySelector('h1'));
  return h1 ?? docTitle(doc);
}

/** "fr-FR" → "fr"; null when the page says nothing usable. */
function primaryLang(value: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(value ?? '');
  return m ? m[1].toLowerCase() : null;
}

function langOf(doc: Document, md?: PageMetadata): string | null {
  return (
    primaryLang(doc.documentElement?.getAttribute('lang')) ??
    primaryLang(doc.documentElement?.getAttribute('xml:lang')) ??
    primaryLang(md?.contentLanguage) ??
    primaryLang(md?.lang) ??
    primaryLang(md?.ogLocale) ??
    null
  );
}

const BYLINE_PREFIX = /^(?:by|par|von|por|di|door)\s+/i;

function bylineOf(doc: Document, md: PageMetadata, root: Element | null): string | null {
  if (md.byline) return md.byline;
  const scope = root?.closest('article') ?? doc.body;
  const el = scope?.querySelector('[rel="author"], [itemprop="author"], .byline, .author, [class*="byline"]');
  const text = shortText(el, 200);
  return text ? text.replace(BYLINE_PREFIX, '') : null;
}

function publishedOf(doc: Document, root: Element | null): string | null {
  const scope = root?.closest('article') ?? doc.body;
  const time = scope?.querySelector('time[datetime]');
  return time && tagOf(time) === 'time' ? time.getAttribute('datetime') : null;
}

/** Does the page declare a live blog (schema.org LiveBlogPosting, in any of its metadata types)? */
function isLiveBlog(md: PageMetadata): boolean {
  return [md.articleType, ...md.types].some((t) => !!t && t.toLowerCase() === 'liveblogposting');
}
