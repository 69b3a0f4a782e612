/**
 * The cheap first gate the content script runs on every page: a handful of counts and
 * head lookups (no walk over the whole tree, no layout) that turn away home pages,
 * search results, web apps, documentation and forums before any real work is done.
 * It errs on the side of "maybe": a null answer only means "run the full detection".
 */
import { ARTICLE_TYPES, DOCS_GENERATORS, FORUM_GENERATORS, HOME_PATH, NON_ARTICLE_TYPES, SEARCH_PATH, SEARCH_QUERY_KEYS } from './lexicon';
import { jsonLdTexts, scanJsonLdTypes } from './metadata';

export interface RejectOptions {
  /** Page address; defaults to the document's own URL. */
  url?: string | null;
}

/** Teaser cards on a front page outnumber this; an article page has one <article>, a few at most. */
const MANY_ARTICLES = 6;
/** Forum posts / comments marked up as such. */
const MANY_POSTS = 3;
/** Documentation pages carry several code blocks. */
const MANY_CODE_BLOCKS = 3;

function pageUrl(doc: Document, opts?: RejectOptions): URL | null {
  const raw = opts?.url ?? (typeof doc.URL === 'string' ? doc.URL : null);
  if (!raw || raw === 'about:blank') return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:' ? url : null;
  } catch {
    return null;
  }
}

function metaContent(doc: Document, selector: string): string {
  return (doc.querySelector(selector)?.getAttribute('content') ?? '').trim().toLowerCase();
}

/**
 * A reason when the page is surely not a news article ("home-page", "search-page",
 * "schema:searchresultspage", "forum", "documentation", "web-app", "teaser-list", …),
 * null when it may be one.
 */
export function quickReject(doc: Document, opts?: RejectOptions): string | null {
  try {
    return reasonToReject(doc, opts);
  } catch {
    return 'unreadable-document';
  }
}

function reasonToReject(doc: Document, opts?: RejectOptions): string | null {
  const root = doc?.documentElement;
  if (!root) return 'no-document';
  if (doc.querySelector('frameset')) return 'frameset';
  const body = doc.body;
  if (!body) return 'no-body';

  // Declared types: a regex over the JSON-LD text, no JSON parse.
  const types: string[] = [];
  for (const text of jsonLdTexts(doc)) types.push(...scanJsonLdTypes(text));
  const microdata = doc.querySelector('[itemscope][itemtype]')?.getAttribute('itemtype') ?? '';
  if (microdata) types.push(microdata.replace(/^.*[/:#]/, '').toLowerCase());
  const declaresArticle = types.some((t) => ARTICLE_TYPES.has(t));
  const ogType = metaContent(doc, 'meta[property="og:type"]');
  const generator = metaContent(doc, 'meta[name="generator"]');

  if (!declaresArticle) {
    const bad = types.find((t) => NON_ARTICLE_TYPES.has(t));
    if (bad) return `schema:${bad}`;
  } else {
    // A forum/app/docs type wins over the generic "Article" some engines add to every page.
    const bad = types.find((t) => NON_ARTICLE_TYPES.has(t));
    if (bad && !types.some((t) => ARTICLE_TYPES.has(t) && t !== 'article')) return `schema:${bad}`;
  }
  if (generator && DOCS_GENERATORS.some((g) => generator.includes(g))) return 'documentation';
  if (generator && FORUM_GENERATORS.some((g) => generator.includes(g))) return 'forum';

  const url = pageUrl(doc, opts);
  if (url && url.protocol !== 'file:') {
    if (HOME_PATH.test(url.pathname) && !declaresArticle) return 'home-page';
    if (SEARCH_PATH.test(url.pathname) || SEARCH_QUERY_KEYS.some((k) => url.searchParams.get(k))) {
      if (!declaresArticle) return 'search-page';
    }
  }
  if (declaresArticle) return null;

  // Counts over a few selectors (browsers answer these from their own indexes).
  const articleCount = doc.getElementsByTagName('article').length;
  const hasArticleBody = !!doc.querySelector('[itemprop="articleBody"]');
  if (articleCount >= MANY_ARTICLES && !hasArticleBody) return 'teaser-list';
  if (doc.querySelectorAll('[itemprop="comment"], [data-post-id], [itemtype*="DiscussionForumPosting"], [itemtype*="Comment"]').length >= MANY_POSTS) return 'forum';
  if (ogType && ogType !== 'article' && articleCount === 0 && !hasArticleBody) return `og:${ogType}`;
  if (doc.getElementsByTagName('pre').length >= MANY_CODE_BLOCKS && ogType !== 'article') return 'documentation';
  const paragraphs = doc.getElementsByTagName('p').length;
  if (paragraphs < 3 && !hasArticleBody && articleCount === 0) {
    return doc.querySelector('[role="application"], #root, #app, #__next, [data-reactroot], app-root') ? 'web-app' : 'too-little-text';
  }
  return null;
}
