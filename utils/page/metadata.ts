/**
 * Article metadata from what publishers declare for search engines and social cards:
 * JSON-LD (with @graph, array-valued @type, nested mainEntity; malformed JSON tolerated),
 * Open Graph / article: meta tags and schema.org microdata. Reads only <head> meta, the
 * JSON-LD scripts and a few itemprop nodes, so it stays cheap on any page.
 */
import { ARTICLE_TYPES, NEWS_TYPES, NON_ARTICLE_PAGE_TYPES, NON_ARTICLE_THING_TYPES } from './lexicon';
import { shortText } from './dom';
import type { PageScan } from './reject';

export interface PageMetadata {
  /** Every schema.org type declared in JSON-LD or microdata, lower-cased. */
  types: string[];
  /** The article-like type found (lower-cased), or null. */
  articleType: string | null;
  ogType: string | null;
  headline: string | null;
  lang: string | null;
  byline: string | null;
  publisher: string | null;
  published: string | null;
  /** isAccessibleForFree false on the article or on one of its parts. */
  paywalled: boolean;
  /** Where the article type was declared. */
  sources: string[];
  /** <meta http-equiv="content-language"> and og:locale, for the language fallback. */
  contentLanguage: string | null;
  ogLocale: string | null;
  /** JSON-LD blocks that did not parse as JSON (handled by the tolerant reader). */
  malformedJsonLd: number;
  /** The opening of the declared articleBody, whitespace collapsed: tells which block is the article. */
  bodyOpening: string | null;
}

type Json = unknown;
type JsonObject = Record<string, Json>;

const MAX_JSONLD_CHARS = 400_000;
const MAX_JSONLD_BLOCKS = 20;
const MAX_ENTITIES = 500;

function isObject(v: Json): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The raw text of every JSON-LD script (bounded in count and size). */
export function jsonLdTexts(doc: Document): string[] {
  const out: string[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length && out.length < MAX_JSONLD_BLOCKS; i++) {
    if ((scripts[i].getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const text = scripts[i].textContent ?? '';
    if (text.length <= MAX_JSONLD_CHARS) out.push(text);
  }
  return out;
}

/** schema.org type names in a JSON-LD text without parsing it (used by the cheap pre-check). */
export function scanJsonLdTypes(text: string): string[] {
  const types: string[] = [];
  const re = /"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(text)) && guard++ < 200) {
    for (const name of m[1].match(/"[^"]*"/g) ?? []) types.push(normaliseType(name.slice(1, -1)));
  }
  return types;
}

function normaliseType(t: string): string {
  // "http://schema.org/NewsArticle", "schema:NewsArticle" → "newsarticle"
  return t.replace(/^.*[/:#]/, '').trim().toLowerCase();
}

/** JSON.parse, then a second try after common publisher mistakes are cleaned up. */
function parseLenient(text: string): Json | undefined {
  let trimmed = text.trim();
  // CDATA wrappers are rare: a plain search spares two regex scans of every block.
  if (trimmed.includes('<![CDATA[') || trimmed.includes(']]>')) trimmed = trimmed.replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    /* fall through to the cleaned-up attempt */
  }
  const cleaned = trimmed
    .replace(/^\s*\/\*[\s\S]*?\*\//, '')
    .replace(/[\u0000-\u0019]+/g, ' ') // raw newlines/tabs inside strings
    .replace(/,\s*([}\]])/g, '$1') // trailing commas
    .replace(/;\s*$/, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    return undefined;
  }
}

function typesOf(entity: JsonObject): string[] {
  const t = entity['@type'];
  if (typeof t === 'string') return [normaliseType(t)];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map(normaliseType);
  return [];
}

/** Flatten arrays, @graph and nested objects into a list of typed entities (bounded). */
function collectEntities(root: Json, out: JsonObject[]): void {
  const stack: Json[] = [root];
  let visits = 0;
  while (stack.length && out.length < MAX_ENTITIES && visits++ < 5000) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (isObject(v)) {
      if ('@type' in v) out.push(v);
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart', 'liveBlogUpdate']) {
        if (key in v) stack.push(v[key]);
      }
    }
  }
}

function firstString(v: Json): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = firstString(x);
      if (s) return s;
    }
    return null;
  }
  if (isObject(v)) return firstString(v['@value'] ?? v.name ?? null);
  return null;
}

/** "A, B and C" from an author value (string, Person, array of either). */
function namesOf(v: Json): string | null {
  const list = Array.isArray(v) ? v : [v];
  const names: string[] = [];
  for (const item of list.slice(0, 10)) {
    const name = typeof item === 'string' ? item.trim() : isObject(item) ? firstString(item.name) : null;
    if (name && !names.includes(name)) names.push(name);
  }
  return names.length ? names.join(', ') : null;
}

function isFalse(v: Json): boolean {
  return v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false');
}

/** name/property → content of every <meta>, read in one pass (first value wins). */
function metaTags(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < 500; i++) {
    const el = metas[i];
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '').toLowerCase();
    const content = (el.getAttribute('content') ?? '').trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

/** Read the article metadata declared by the page. */
export function readMetadata(doc: Document, scan?: Pick<PageScan, 'jsonLd' | 'meta' | 'microdataTypes'>): PageMetadata {
  const result: PageMetadata = {
    types: [],
    articleType: null,
    ogType: null,
    headline: null,
    lang: null,
    byline: null,
    publisher: null,
    published: null,
    paywalled: false,
    sources: [],
    contentLanguage: null,
    ogLocale: null,
    malformedJsonLd: 0,
    bodyOpening: null,
  };

  // JSON-LD.
  const entities: JsonObject[] = [];
  for (const text of scan?.jsonLd ?? jsonLdTexts(doc)) {
    const parsed = parseLenient(text);
    if (parsed === undefined) {
      result.malformedJsonLd++;
      // Still learn the types (and the paywall flag) from the raw text.
      result.types.push(...scanJsonLdTypes(text));
      if (/"isAccessibleForFree"\s*:\s*"?false/i.test(text)) result.paywalled = true;
      const headline = /"headline"\s*:\s*"((?:[^"\\]|\\.){1,400})"/.exec(text);
      if (headline && !result.headline) result.headline = headline[1].replace(/\\(.)/g, '$1');
      continue;
    }
    collectEntities(parsed, entities);
  }
  let article: JsonObject | null = null;
  for (const entity of entities) {
    const types = typesOf(entity);
    result.types.push(...types);
    if (!article && types.some((t) => ARTICLE_TYPES.has(t))) article = entity;
  }
  // Prefer a news type when several article-like entities exist.
  const news = entities.find((e) => typesOf(e).some((t) => NEWS_TYPES.has(t)));
  if (news) article = news;
  if (article) {
    result.articleType = typesOf(article).find((t) => ARTICLE_TYPES.has(t)) ?? null;
    result.sources.push('json-ld');
    result.headline = firstString(article.headline) ?? firstString(article.name);
    result.lang = firstString(article.inLanguage);
    result.byline = namesOf(article.author ?? article.creator ?? null);
    result.publisher = isObject(article.publisher) || Array.isArray(article.publisher) ? namesOf(article.publisher) : firstString(article.publisher);
    result.published = firstString(article.datePublished) ?? firstString(article.dateCreated);
    if (isFalse(article.isAccessibleForFree)) result.paywalled = true;
    if (typeof article.articleBody === 'string') result.bodyOpening = openingOf(article.articleBody);
    const parts = Array.isArray(article.hasPart) ? article.hasPart : article.hasPart ? [article.hasPart] : [];
    for (const part of parts) if (isObject(part) && isFalse(part.isAccessibleForFree)) result.paywalled = true;
  } else if (result.types.some((t) => ARTICLE_TYPES.has(t))) {
    result.articleType = result.types.find((t) => ARTICLE_TYPES.has(t)) ?? null;
    result.sources.push('json-ld');
  }
  if (!result.publisher) {
    const org = entities.find((e) => typesOf(e).some((t) => t === 'newsmediaorganization' || t === 'organization'));
    if (org) result.publisher = firstString(org.name);
  }

  // Open Graph and article: meta.
  const metas = scan?.meta ?? metaTags(doc);
  const meta = (key: string) => metas.get(key) ?? null;
  result.ogType = meta('og:type')?.toLowerCase() ?? null;
  if (result.ogType === 'article') result.sources.push('og:type');
  result.headline ??= meta('og:title') ?? meta('twitter:title');
  result.publisher ??= meta('og:site_name');
  result.published ??= meta('article:published_time') ?? meta('datepublished');
  result.byline ??= meta('author') ?? meta('article:author');
  result.contentLanguage = meta('content-language');
  result.ogLocale = meta('og:locale');
  if (/^(locked|metered)$/i.test(meta('article:content_tier') ?? '')) result.paywalled = true;
  if (result.byline && /^https?:/.test(result.byline)) result.byline = null;

  // Microdata.
  const mayHaveMicrodata = !scan || scan.microdataTypes.some((t) => ARTICLE_TYPES.has(t) || t.endsWith('article') || t.endsWith('posting'));
  const scoped = mayHaveMicrodata && doc.querySelector('[itemscope][itemtype*="Article"], [itemscope][itemtype*="article"], [itemscope][itemtype*="BlogPosting"]');
  if (scoped) {
    const type = normaliseType(scoped.getAttribute('itemtype')?.split(/\s+/)[0] ?? '');
    result.types.push(type);
    if (ARTICLE_TYPES.has(type)) {
      result.articleType ??= type;
      result.sources.push('microdata');
    }
    result.headline ??= shortText(scoped.querySelector('[itemprop="headline"]'));
    result.byline ??= shortText(scoped.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"]'));
    result.published ??= scoped.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ?? scoped.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ?? null;
    const free = scoped.querySelector('[itemprop="isAccessibleForFree"]');
    if (free && isFalse(free.getAttribute('content') ?? '')) result.paywalled = true;
  }
  result.types = [...new Set(result.types)].filter(Boolean);
  return result;
}

/** Characters of the declared articleBody compared with the page's paragraphs. */
export const BODY_OPENING_CHARS = 60;

/** The first BODY_OPENING_CHARS of a text, whitespace collapsed; null when too short to tell. */
export function openingOf(text: string): string | null {
  const opening = text.slice(0, BODY_OPENING_CHARS * 4).replace(/\s+/g, ' ').trim().slice(0, BODY_OPENING_CHARS);
  return opening.length >= BODY_OPENING_CHARS ? opening : null;
}

/** Does the metadata declare a page type that is not a single article? */
export function nonArticleType(md: Pick<PageMetadata, 'types' | 'articleType' | 'ogType'>): string | null {
  return nonArticleVerdict(md.types, md.articleType, md.ogType);
}

/**
 * The shared rule (also used by the cheap gate): a page-level non-article type wins
 * unless a specific article type (NewsArticle, BlogPosting…) is declared; an embedded
 * thing (video, product, event) only when no article type and no og:type=article.
 */
export function nonArticleVerdict(types: string[], articleType: string | null, ogType: string | null): string | null {
  const page = types.find((t) => NON_ARTICLE_PAGE_TYPES.has(t));
  if (page && (!articleType || articleType === 'article')) return page;
  const thing = types.find((t) => NON_ARTICLE_THING_TYPES.has(t));
  if (thing && !articleType && ogType !== 'article') return thing;
  return null;
}
