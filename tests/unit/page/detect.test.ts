import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectText } from '../../../utils/page/collect';
import { detect, quickReject } from '../../../utils/page/detect';
import { readMetadata } from '../../../utils/page/metadata';
import { FIXTURES, fixture, linkeDoc, page, PARSERS } from './helpers';

const expectations = JSON.parse(readFileSync(join(FIXTURES, 'expectations.json'), 'utf8')) as {
  articles: Record<string, { url: string | null; lang: string | null; partial: boolean }>;
  nonArticles: Record<string, { url: string | null }>;
};

const PROSE = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story is long enough to count as prose, with a clause, another clause, and a full stop at the end of it. A second sentence adds the detail a reporter would add.</p>`,
).join('');

describe.each(PARSERS)('detect on fixture pages (%s)', (_name, parse) => {
  for (const [name, want] of Object.entries(expectations.articles)) {
    it(`${name}: article, expected body text, lang and paywall flag`, () => {
      const doc = parse(fixture(`${name}.html`));
      const found = detect(doc, { url: want.url });
      expect(found.isArticle, found.signals.join(' ')).toBe(true);
      expect(found.confidence).toBeGreaterThanOrEqual(0.5);
      expect(found.lang).toBe(want.lang);
      expect(found.partial).toBe(want.partial);
      expect(found.title).toBeTruthy();
      expect(collectText(found.root!).text).toBe(fixture(`${name}.expected.txt`));
    });
  }
  for (const [name, want] of Object.entries(expectations.nonArticles)) {
    it(`${name}: not an article, with or without its URL`, () => {
      const doc = parse(fixture(`${name}.html`));
      expect(detect(doc, { url: want.url }).isArticle).toBe(false);
      expect(detect(doc, { url: null }).isArticle).toBe(false);
    });
  }
});

describe('seed page', () => {
  it('is a French NewsArticle whose body is exactly the seed paragraphs', () => {
    const doc = linkeDoc(fixture('seed-choigou.html'));
    const found = detect(doc);
    const seed = readFileSync(join(import.meta.dirname, '../../../../shared/seed/choigou-tehran.fr.txt'), 'utf8');
    const [headline, ...rest] = seed.split('\n');
    const paragraphs = rest.map((l) => l.trim()).filter(Boolean);
    expect(found.signals).toEqual(expect.arrayContaining(['json-ld:newsarticle', 'og:type=article', 'itemprop=articleBody']));
    expect(found.title).toBe(headline.trim());
    expect(found.lang).toBe('fr');
    expect(found.byline).toBe('Claire Vasseur');
    expect(found.publisher).toBe('Le Quotidien du Monde');
    expect(found.published).toBe('2026-11-22T09:14:00+01:00');
    expect(collectText(found.root!).text).toBe(paragraphs.join('\n\n'));
  });

  it('finds the same body by paragraph votes when the articleBody marker is gone', () => {
    const html = fixture('seed-choigou.html').replace(' itemprop="articleBody"', '').replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    const doc = linkeDoc(html);
    const found = detect(doc);
    expect(found.isArticle).toBe(true);
    expect(found.signals).not.toContain('itemprop=articleBody');
    expect(collectText(found.root!).text).toBe(fixture('seed-choigou.expected.txt'));
  });
});

describe('body root', () => {
  it('does not trust an articleBody marker that covers only the first paragraph', () => {
    const first = '<p>The opening paragraph is marked as the body by a careless template, and it goes on for a while to pass the length bar, yes indeed, with more words here and more words there until it is long.</p>';
    const doc = linkeDoc(page(`<main><div class="story"><div itemprop="articleBody">${first}</div>${PROSE}</div></main>`));
    const found = detect(doc, { url: null });
    expect(found.isArticle).toBe(true);
    expect(found.signals).not.toContain('itemprop=articleBody');
    const text = collectText(found.root!).text;
    expect(text.startsWith('The opening paragraph')).toBe(true);
    expect(text).toContain('Paragraph 6 of the story');
  });

  it('reads paragraphs written as bare text in divs', () => {
    const paras = Array.from({ length: 6 }, (_, i) => `<div data-testid="paragraph-${i}" class="body__para">Paragraph ${i} of a story that uses divs, with commas, clauses, and enough words to be prose, as some sites do.</div>`).join('');
    const doc = linkeDoc(page(`<header><p>Site tagline that is long enough, with a comma, to vote.</p></header><main><div class="story-body">${paras}</div></main><footer><p>Copyright notice, long enough, with commas, to vote as a paragraph.</p></footer>`, '<meta property="og:type" content="article">'));
    const found = detect(doc, { url: null });
    expect(found.isArticle).toBe(true);
    const text = collectText(found.root!).text;
    expect(text.split('\n\n')).toHaveLength(6);
    expect(text).not.toContain('tagline');
  });

  it('joins a body split by ads into sibling blocks', () => {
    const half = PROSE.split('</p>').slice(0, 3).join('</p>') + '</p>';
    const rest = PROSE.split('</p>').slice(3).join('</p>');
    const doc = linkeDoc(page(`<article><h1>T</h1><div class="body"><div class="chunk">${half}</div><div class="ad-slot">Advertisement</div><div class="chunk">${rest}</div></div><aside><p>Sidebar prose that should not count, with commas, and length to be a paragraph.</p></aside></article>`));
    const found = detect(doc, { url: null });
    const text = collectText(found.root!).text;
    expect(text.split('\n\n')).toHaveLength(6);
    expect(text).not.toContain('Advertisement');
    expect(text).not.toContain('Sidebar');
  });

  it('tells a body wrapper with a comments modifier from a comment thread', () => {
    const comments = Array.from({ length: 12 }, (_, i) => `<p>Reader ${i}: I disagree with this report, and I have said so before, at length, in these pages.</p>`).join('');
    const doc = linkeDoc(page(`<main><div class="story-body has-comments">${PROSE}</div><div class="story-comments">${comments}</div></main>`));
    const found = detect(doc, { url: null });
    const text = collectText(found.root!).text;
    expect(text.split('\n\n')).toHaveLength(6);
    expect(text).not.toContain('Reader 0');
  });

  it('is not drawn to a long comment thread that outweighs a short article', () => {
    const comments = Array.from({ length: 30 }, (_, i) => `<div class="c"><p>Comment ${i}: I think the council got this wrong, and here is why, at some length, with several clauses.</p></div>`).join('');
    const doc = linkeDoc(page(`<article><div class="text">${PROSE}</div></article><section id="comments">${comments}</section>`));
    const found = detect(doc, { url: null });
    const text = collectText(found.root!).text;
    expect(text).toContain('Paragraph 1 of the story');
    expect(text).not.toContain('Comment 0');
  });
});

describe('metadata signals', () => {
  const withLd = (ld: string, body = `<article>${PROSE}</article>`) => linkeDoc(page(body, `<script type="application/ld+json">${ld}</script>`));

  it('reads NewsArticle subtypes, array-valued @type and @graph', () => {
    expect(readMetadata(withLd('{"@type":"AnalysisNewsArticle","headline":"H"}')).articleType).toBe('analysisnewsarticle');
    expect(readMetadata(withLd('{"@type":["WebPage","NewsArticle"],"headline":"H"}')).articleType).toBe('newsarticle');
    const graph = readMetadata(withLd('{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"S"},{"@type":"ReportageNewsArticle","headline":"Graph headline","author":[{"@type":"Person","name":"A. Writer"},{"name":"B. Writer"}],"publisher":{"@type":"Organization","name":"Pub"},"datePublished":"2026-01-02"}]}'));
    expect(graph).toMatchObject({ articleType: 'reportagenewsarticle', headline: 'Graph headline', byline: 'A. Writer, B. Writer', publisher: 'Pub', published: '2026-01-02' });
    expect(readMetadata(withLd('{"@type":"http://schema.org/NewsArticle"}')).articleType).toBe('newsarticle');
  });

  it('tolerates malformed JSON-LD (trailing commas, raw newlines, truncation)', () => {
    expect(readMetadata(withLd('{"@type":"NewsArticle","headline":"Trailing",}')).articleType).toBe('newsarticle');
    expect(readMetadata(withLd('{"@type":"NewsArticle","description":"line\nbreak"}')).articleType).toBe('newsarticle');
    const truncated = readMetadata(withLd('{"@type":"NewsArticle","headline":"Cut off","isAccessibleForFree":false,"author":{'));
    expect(truncated).toMatchObject({ articleType: 'newsarticle', headline: 'Cut off', paywalled: true, malformedJsonLd: 1 });
    const found = detect(withLd('{ not json at all'));
    expect(found.isArticle).toBe(true); // still an article on <article> + text density
  });

  it('flags paywalled articles from isAccessibleForFree on the article or a part', () => {
    expect(detect(withLd('{"@type":"NewsArticle","isAccessibleForFree":false}')).partial).toBe(true);
    expect(detect(withLd('{"@type":"NewsArticle","isAccessibleForFree":"False"}')).partial).toBe(true);
    expect(detect(withLd('{"@type":"NewsArticle","hasPart":[{"@type":"WebPageElement","isAccessibleForFree":"false","cssSelector":".paid"}]}')).partial).toBe(true);
    expect(detect(withLd('{"@type":"NewsArticle","isAccessibleForFree":true}')).partial).toBe(false);
  });

  it('reads og:type and microdata', () => {
    const og = detect(linkeDoc(page(`<main>${PROSE}</main>`, '<meta property="og:type" content="article"><meta property="og:title" content="OG title">')));
    expect(og.signals).toContain('og:type=article');
    expect(og.title).toBe('OG title');
    const micro = detect(linkeDoc(page(`<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Micro headline</h1><span itemprop="author">Jo Reporter</span><div itemprop="articleBody">${PROSE}</div></div>`)));
    expect(micro.signals).toEqual(expect.arrayContaining(['microdata:newsarticle', 'itemprop=articleBody']));
    expect(micro).toMatchObject({ isArticle: true, title: 'Micro headline', byline: 'Jo Reporter' });
  });

  it('accepts a page with no metadata on text density alone, but not a thin one', () => {
    expect(detect(linkeDoc(page(`<div class="content">${PROSE}</div>`))).signals).toContain('text-density:high');
    expect(detect(linkeDoc(page(`<div class="content">${PROSE}</div>`))).isArticle).toBe(true);
    const thin = detect(linkeDoc(page('<div><p>One short paragraph here.</p><p>And another one, also short.</p><p>Third line of text.</p></div>')));
    expect(thin.isArticle).toBe(false);
  });

  it('takes the language from html lang, then meta, then JSON-LD, else null', () => {
    const lang = (html: string) => detect(linkeDoc(html)).lang;
    expect(lang(`<html lang="fr-FR"><body>${PROSE}</body></html>`)).toBe('fr');
    expect(lang(`<html><head><meta http-equiv="content-language" content="de"></head><body>${PROSE}</body></html>`)).toBe('de');
    expect(lang(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"es-ES"}</script></head><body>${PROSE}</body></html>`)).toBe('es');
    expect(lang(`<html><body>${PROSE}</body></html>`)).toBeNull();
  });
});

describe('quickReject', () => {
  const doc = (body: string, head = '') => linkeDoc(page(body, head));

  it('turns away non-article page types, tools and address shapes', () => {
    expect(quickReject(doc(PROSE, '<script type="application/ld+json">{"@type":"SearchResultsPage"}</script>'))).toBe('schema:searchresultspage');
    expect(quickReject(doc(PROSE, '<script type="application/ld+json">{"@graph":[{"@type":"QAPage"}]}</script>'))).toBe('schema:qapage');
    expect(quickReject(doc(PROSE, '<meta name="generator" content="Docusaurus v3.1">'))).toBe('documentation');
    expect(quickReject(doc(PROSE, '<meta name="generator" content="Discourse 3.2">'))).toBe('forum');
    expect(quickReject(doc(PROSE), { url: 'https://news.example/' })).toBe('home-page');
    expect(quickReject(doc(PROSE), { url: 'https://news.example/fr/' })).toBe('home-page');
    expect(quickReject(doc(PROSE), { url: 'https://news.example/search?q=x' })).toBe('search-page');
    expect(quickReject(doc(PROSE), { url: 'https://news.example/recherche/?motcle=x' })).toBe('search-page');
    expect(quickReject(doc(Array.from({ length: 8 }, () => `<article>${PROSE}</article>`).join('')))).toBe('teaser-list');
    expect(quickReject(doc('<div id="root"><button>Go</button></div>'))).toBe('web-app');
    expect(quickReject(doc(`${PROSE}<pre>a</pre><pre>b</pre><pre>c</pre>`))).toBe('documentation');
    expect(quickReject(doc('<p>Short blurb one.</p><p>Two.</p><p>Three.</p><p>Four.</p>', '<meta property="og:type" content="website">'))).toBe('og:website');
    // Plenty of prose under og:type=website goes on to the full check.
    expect(quickReject(doc(PROSE + PROSE, '<meta property="og:type" content="website">'))).toBeNull();
  });

  it('lets an article with an embedded video, product or event through', () => {
    const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
    expect(quickReject(doc(PROSE, ld('{"@type":"Article"}') + ld('{"@type":"VideoObject","name":"Clip"}')))).toBeNull();
    expect(quickReject(doc(PROSE, '<meta property="og:type" content="article">' + ld('{"@type":"Product","name":"Kettle"}')))).toBeNull();
    expect(detect(doc(`<article>${PROSE}</article>`, ld('{"@graph":[{"@type":"Article","headline":"H"},{"@type":"VideoObject"}]}'))).isArticle).toBe(true);
    // …but a bare video page, or a forum thread wrapped in a generic Article, is not one.
    expect(quickReject(doc(PROSE, ld('{"@type":"VideoObject","name":"Clip"}')))).toBe('schema:videoobject');
    expect(quickReject(doc(PROSE, ld('{"@type":"Article"}') + ld('{"@type":"DiscussionForumPosting"}')))).toBe('schema:discussionforumposting');
  });

  it('lets declared articles through even at odd addresses', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
    expect(quickReject(doc(PROSE, ld), { url: 'https://news.example/' })).toBeNull();
    expect(quickReject(doc(Array.from({ length: 8 }, () => `<article>${PROSE}</article>`).join(''), ld))).toBeNull();
    expect(quickReject(doc(PROSE), { url: 'https://news.example/2026/11/28/story.html' })).toBeNull();
  });
});
