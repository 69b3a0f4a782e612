/**
 * The cheap first gate the content script runs on every page: a handful of counts and
 * head lookups (no walk over the whole tree, no layout) that turn away home pages,
 * search results, web apps, documentation and forums before any real work is done.
 * It errs on the side of "maybe": a null answer only means "run the full detection".
 */
import { ARTICLE_TYPES, DOCS_GENERATORS, FORUM_GENERATORS, HOME_PATH, SEARCH_PATH, SEARCH_QUERY_KEYS } from './lexicon';
import { nonArticleVerdict, scanJsonLdTypes } from './metadata';

export interface RejectOptions {
  /** Page address; defaults to the document's own URL (pass null for none). */
  url?: string | null;
}

/** Teaser cards on a front page outnumber this; an article page has one <article>, a few at most. */
const MANY_ARTICLES = 6;
/** Forum posts / comments marked up as such. */
const MANY_POSTS = 3;
/** Paragraph count above which a non-article og:type is left to the full check. */
const OG_PROSE_PARAGRAPHS = 8;
/** Mount points of single-page apps (looked up by id: cheap). */
const APP_ROOT_IDS = ['root', 'app', '__next', '__nuxt', 'svelte', 'ember-app', 'main-app'];
/** Documentation pages carry several code blocks. */
const MANY_CODE_BLOCKS = 3;

function pageAddress(doc: Document, opts?: RejectOptions): string | null {
  // An explicit null means "no address" (documents built by DOMParser inherit their parent's).
  const raw = opts && 'url' in opts ? opts.url : typeof doc.URL === 'string' ? doc.URL : null;
  return raw && raw !== 'about:blank' ? raw : null;
}

/** What the address says about the page (null for none, or a file:). */
interface AddressKind {
  home: boolean;
  search: boolean;
}

// The verdict on the last address: detect() runs the gate again on the same page, and a
// second use of each path regex would have the engine compile it to machine code.
let lastAddress: { raw: string | null; kind: AddressKind | null } | null = null;

function addressKind(raw: string | null): AddressKind | null {
  if (lastAddress?.raw === raw) return lastAddress.kind;
  let kind: AddressKind | null = null;
  try {
    const url = raw ? new URL(raw) : null;
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) {
      kind = {
        home: HOME_PATH.test(url.pathname),
        // No query string, no search keys: spares building searchParams.
        search: SEARCH_PATH.test(url.pathname) || (url.search !== '' && SEARCH_QUERY_KEYS.some((k) => url.searchParams.get(k))),
      };
    }
  } catch {
    kind = null;
  }
  lastAddress = { raw, kind };
  return kind;
}

/**
 * A reason when the page is surely not a news article ("home-page", "search-page",
 * "schema:searchresultspage", "forum", "documentation", "web-app", "teaser-list", …),
 * null when it may be one.
 */
export function quickReject(doc: Document, opts?: RejectOptions): string | null {
  try {
    if (!doc?.documentElement) return 'no-document';
    return rejectReason(doc, scanPage(doc), opts);
  } catch {
    return 'unreadable-document';
  }
}

/** What the gate looked at; detect() reuses it instead of querying again. */
export interface PageScan {
  jsonLd: string[];
  /** meta name/property/http-equiv (lower-cased) → content (as written). */
  meta: Map<string, string>;
  /** Paragraph elements in document order (a live collection in browsers). */
  paragraphs: ArrayLike<Element>;
  /** Elements marked itemprop="articleBody". */
  articleBodies: Element[];
  microdataTypes: string[];
  articles: number;
  frameset: boolean;
}

/**
 * Browsers answer getElementsByTagName from cached live collections and single simple
 * selectors from fast paths, so the gate asks several small questions rather than one
 * selector list (a comma list was measured 4× slower in Chromium).
 */
export function scanPage(doc: Document): PageScan {
  const scripts = doc.getElementsByTagName('script');
  const jsonLd: string[] = [];
  for (let i = 0; i < scripts.length && jsonLd.length < 20; i++) {
    const el = scripts[i];
    if ((el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') jsonLd.push((el.textContent ?? '').slice(0, 400_000));
  }
  const meta = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < 500; i++) {
    const el = metas[i];
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('http-equiv') ?? '').toLowerCase();
    const content = (el.getAttribute('content') ?? '').trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  // Attribute selectors scan the whole tree (about 1 ms per 50,000 elements in Chromium):
  // microdata is read once, and only when a verdict needs it.
  let microdata: { bodies: Element[]; types: string[] } | null = null;
  const readMicrodata = () => {
    if (!microdata) {
      microdata = { bodies: [], types: [] };
      const found = doc.querySelectorAll('[itemprop~="articleBody"], [itemscope][itemtype]');
      for (let i = 0; i < found.length && i < 200; i++) {
        const el = found[i];
        const itemtype = el.getAttribute('itemtype');
        if (itemtype && el.hasAttribute('itemscope') && microdata.types.length < 20) microdata.types.push(itemtype.replace(/^.*[/:#]/, '').toLowerCase());
        if (/(?:^|\s)articleBody(?:\s|$)/.test(el.getAttribute('itemprop') ?? '') && microdata.bodies.length < 10) microdata.bodies.push(el);
      }
    }
    return microdata;
  };
  return {
    jsonLd,
    meta,
    paragraphs: doc.getElementsByTagName('p'),
    articles: doc.getElementsByTagName('article').length,
    frameset: !!doc.body && doc.body.localName?.toLowerCase() === 'frameset',
    get articleBodies() {
      return readMicrodata().bodies;
    },
    get microdataTypes() {
      return readMicrodata().types;
    },
  };
}

/** The gate's verdict on a scan (see quickReject). */
export function rejectReason(doc: Document, page: PageScan, opts?: RejectOptions): string | null {
  if (page.frameset) return 'frameset';
  if (!doc.body) return 'no-body';

  // Declared types: a regex over the JSON-LD text, no JSON parse (microdata read later, if needed).
  const types: string[] = [];
  for (const text of page.jsonLd) types.push(...scanJsonLdTypes(text));
  let declaresArticle = types.some((t) => ARTICLE_TYPES.has(t));
  const ogType = (page.meta.get('og:type') ?? '').toLowerCase();
  const generator = (page.meta.get('generator') ?? '').toLowerCase();

  const articleType = types.find((t) => ARTICLE_TYPES.has(t) && t !== 'article') ?? (declaresArticle ? 'article' : null);
  const badType = nonArticleVerdict(types, articleType, ogType);
  if (badType) return `schema:${badType}`;
  if (generator && DOCS_GENERATORS.some((g) => generator.includes(g))) return 'documentation';
  if (generator && FORUM_GENERATORS.some((g) => generator.includes(g))) return 'forum';

  const address = addressKind(pageAddress(doc, opts));
  if (address) {
    if (address.home && !declaresArticle) return 'home-page';
    if (address.search && !declaresArticle) return 'search-page';
  }
  if (declaresArticle) return null;

  // Hardly any paragraphs and nothing that says "article": an app shell or a media page.
  if (page.paragraphs.length < 3 && page.articles === 0 && ogType !== 'article') {
    return APP_ROOT_IDS.some((id) => doc.getElementById(id)) ? 'web-app' : 'too-little-text';
  }
  // Many <article> cards and no og:type=article: a listing (decided before any attribute scan).
  if (page.articles >= MANY_ARTICLES && ogType !== 'article') return 'teaser-list';
  declaresArticle = page.microdataTypes.some((t) => ARTICLE_TYPES.has(t));
  if (declaresArticle) return null;
  const badMicrodata = nonArticleVerdict(page.microdataTypes, null, ogType);
  if (badMicrodata) return `schema:${badMicrodata}`;

  if (page.articles >= MANY_ARTICLES && page.articleBodies.length === 0) return 'teaser-list';
  // og:type "website"/"video"/"product"… with little prose; a page with plenty of
  // paragraphs goes on to the full check (some article templates say "website").
  if (ogType && ogType !== 'article' && page.articles === 0 && page.paragraphs.length < OG_PROSE_PARAGRAPHS && page.articleBodies.length === 0) return `og:${ogType}`;
  if (ogType !== 'article' && doc.getElementsByTagName('pre').length >= MANY_CODE_BLOCKS) return 'documentation';
  if (doc.querySelectorAll('[itemprop="comment"], [data-post-id]').length >= MANY_POSTS) return 'forum';
  return null;
}
