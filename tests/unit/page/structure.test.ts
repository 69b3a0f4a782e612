/**
 * Furniture told by structure when class names are hashes (CSS-in-JS, CSS modules):
 * small pages of our own, each pinning one shape rule.
 */
import { describe, expect, it } from 'vitest';
import { collectText } from '../../../utils/page/collect';
import { detect } from '../../../utils/page/detect';
import { precedesTest } from '../../../utils/page/dom';
import { blockShape, isFormBoxShape, isPostShape, isTeaserShape } from '../../../utils/page/structure';
import { page, PARSERS } from './helpers';

const PROSE = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story is long enough to count as prose, with a clause, another clause, and a full stop at the end of it. A second sentence adds the detail a reporter would add.</p>`,
).join('');

const NEWS_HEAD = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story"}</script><meta property="og:type" content="article">';

/** Related-story cards with hashed classes: a linked headline and a summary paragraph each. */
function teaserCards(n: number): string {
  const cards = Array.from(
    { length: n },
    (_, i) => `<li class="x-${i}a9"><a href="/news/story-${i}"><h3>Headline number ${i} about a council vote</h3></a><p class="x-p${i}">Summary ${i}, with a comma, of another story that a reader might click.</p><div class="x-m"><time datetime="2026-11-27">${i} hours ago</time></div></li>`,
  ).join('');
  return `<section class="css-r3l4t3"><h2>More stories</h2><ul class="css-9l1st">${cards}</ul></section>`;
}

describe.each(PARSERS)('shape rules (%s)', (_name, parse) => {
  it('is not drawn to dozens of unnamed teaser cards that outnumber the article', () => {
    const doc = parse(page(`<main><article class="css-a1b2c3"><h1>A story</h1><div class="css-d4e5f6">${PROSE}</div></article>${teaserCards(40)}</main>`, NEWS_HEAD));
    const found = detect(doc, { url: null });
    expect(found.isArticle).toBe(true);
    expect(found.signals).not.toContain('teaser-headings');
    const text = collectText(found.root!).text;
    expect(text.split('\n\n')).toHaveLength(6);
    expect(text).not.toContain('Summary 0');
    expect(text).not.toContain('More stories');
  });

  it('keeps the article when a weak class word on its wrapper meets many unnamed cards', () => {
    // "tag-…" is a weak furniture word, forgiven only on a wrapper holding most paragraph votes.
    const doc = parse(page(`<main><article class="post tag-council">${PROSE}</article>${teaserCards(30)}</main>`, NEWS_HEAD));
    const found = detect(doc, { url: null });
    expect(found.isArticle).toBe(true);
    expect(collectText(found.root!).text).toContain('Paragraph 6 of the story');
  });

  it('does not let a newsletter box with an email field vote for the body', () => {
    const box = (i: number) => `<section class="css-n${i}"><h2>Sign up to our morning letter</h2><p>The stories of the day, in your inbox, before breakfast, every morning.</p><form><input type="email"><button>Go</button></form></section>`;
    const doc = parse(page(`<div class="css-w"><div class="css-t">${PROSE.split('</p>').slice(0, 2).join('</p>')}</p></div>${box(1)}${box(2)}${box(3)}${box(4)}</div>`, NEWS_HEAD));
    const found = detect(doc, { url: null });
    expect(collectText(found.root!).text).not.toContain('Sign up');
  });

  it('is not drawn to a long unnamed comment thread (timestamped posts with reply buttons, replies nested)', () => {
    const post = (i: number, replies = '') =>
      `<li class="q${i}"><div class="q-h"><a href="/profile/${i}">reader${i}</a><time datetime="2026-11-27">${i} hours ago</time></div><div class="q-b"><p>Comment ${i}: I think the council got this wrong, and here is why, at some length, with several clauses.</p></div><div class="q-a"><button type="button">Reply</button><button type="button">Like</button></div>${replies}</li>`;
    const thread = Array.from({ length: 30 }, (_, i) => post(i, i % 3 === 0 ? `<ol class="q-r">${post(100 + i)}</ol>` : '')).join('');
    const doc = parse(page(`<main><article class="css-1x"><div class="css-2y">${PROSE}</div></article><section class="css-3z"><h2>Reactions</h2><ol class="css-4w">${thread}</ol></section></main>`, NEWS_HEAD));
    const found = detect(doc, { url: null });
    expect(found.isArticle).toBe(true);
    const text = collectText(found.root!).text;
    expect(text).toContain('Paragraph 1 of the story');
    expect(text).not.toContain('Comment 0');
    expect(text).not.toContain('Comment 100');
  });

  it('keeps live-blog entries, which carry a time and a share button but also a title', () => {
    const entry = (i: number) => `<article class="e${i}"><time datetime="2026-11-26T23:0${i}:00Z">23:0${i}</time><h3>Update ${i}</h3><p>Entry ${i} of the live coverage, with a clause, another clause, and the latest news from the count.</p><button type="button">Share</button></article>`;
    const doc = parse(page(`<main><div class="css-feed">${[0, 1, 2, 3, 4, 5].map(entry).join('')}</div></main>`, NEWS_HEAD.replace('NewsArticle', 'LiveBlogPosting')));
    const found = detect(doc, { url: null });
    expect(found.isArticle).toBe(true);
    const text = collectText(found.root!).text;
    expect(text).toContain('Entry 0 of the live coverage');
    expect(text).toContain('Entry 5 of the live coverage');
  });

  it('keeps the untitled entries of a page that declares a live blog (a time and a share button each, like comments)', () => {
    const entry = (i: number) => `<li class="e${i}"><time datetime="2026-11-26T23:0${i}:00Z">23:0${i}</time><p>Untitled entry ${i} of the live coverage, with a clause, another clause, and the latest news from the count.</p><button type="button">Share</button></li>`;
    const html = `<main><h1>Results night, live</h1><ol class="css-feed">${[0, 1, 2, 3, 4, 5].map(entry).join('')}</ol></main>`;
    const live = detect(parse(page(html, NEWS_HEAD.replace('NewsArticle', 'LiveBlogPosting'))), { url: null });
    expect(live.liveBlog).toBe(true);
    const text = collectText(live.root!, { liveBlog: live.liveBlog }).text;
    expect(text).toContain('Untitled entry 0 of the live coverage');
    expect(text).toContain('Untitled entry 5 of the live coverage');
    // The same list on a page that declares an ordinary article reads as a comment thread.
    const plain = detect(parse(page(`<main><article>${PROSE}</article><ol class="css-feed">${[0, 1, 2, 3, 4, 5].map(entry).join('')}</ol></main>`, NEWS_HEAD)), { url: null });
    expect(plain.liveBlog).toBe(false);
    expect(collectText(plain.root!, { liveBlog: plain.liveBlog }).text).not.toContain('Untitled entry 0');
  });

  it('finds no body on a listing made only of unnamed cards', () => {
    const cards = Array.from({ length: 8 }, (_, i) => `<div class="k${i}"><h3><a href="/local/story-${i}">Local story number ${i}</a></h3><p>A summary of local story ${i}, with a comma, and enough words to look like a paragraph of prose.</p></div>`).join('');
    const found = detect(parse(page(`<main><h1>Local news</h1><div class="k">${cards}</div></main>`)), { url: null });
    expect(found.isArticle).toBe(false);
  });
});

describe.each(PARSERS)('the declared articleBody as a hint (%s)', (_name, parse) => {
  // Plain paragraphs in unnamed blocks that outweigh a short article: nothing in their shape says furniture.
  const others = Array.from({ length: 30 }, (_, i) => `<div class="z${i}"><p>Reader letter ${i}: I think the council got this wrong, and here is why, at some length, with several clauses.</p></div>`).join('');
  const body = `<main><article class="css-1x"><div class="css-2y">${PROSE}</div></article><div class="css-3z">${others}</div></main>`;
  const ld = (articleBody: string) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A story', articleBody })}</script>`;

  it('picks the block that holds the paragraph the articleBody opens with', () => {
    const opening = 'Paragraph 1 of the story is long enough to count as prose, with a clause, another clause, and more.';
    const found = detect(parse(page(body, ld(opening))), { url: null });
    const text = collectText(found.root!).text;
    expect(text).toContain('Paragraph 1 of the story');
    expect(text).not.toContain('Reader letter');
  });

  it('changes nothing when the articleBody matches no paragraph', () => {
    const found = detect(parse(page(body, ld('A body text that appears nowhere on the page, long enough to be compared at all.'))), { url: null });
    expect(collectText(found.root!).text).toContain('Reader letter');
  });
});

describe.each(PARSERS)('teaser lists after the body (%s)', (_name, parse) => {
  const inside = `<main><div class="css-root">${PROSE}${teaserCards(12)}</div></main>`;

  it('are furniture on a page that declares an article: no teaser-list penalty, link density of the body only', () => {
    const found = detect(parse(page(inside, NEWS_HEAD)), { url: null });
    expect(found.isArticle).toBe(true);
    expect(found.signals).not.toContain('teaser-headings');
    expect(found.signals).toContain('text-density:high');
    expect(collectText(found.root!).text.split('\n\n')).toHaveLength(6);
  });

  it('still count against a page that declares nothing', () => {
    const found = detect(parse(page(inside)), { url: null });
    expect(found.signals).toContain('teaser-headings');
    expect(found.isArticle).toBe(false);
  });

  it('count when they come before the body paragraphs', () => {
    const found = detect(parse(page(`<main><div class="css-root">${teaserCards(12)}${PROSE}</div></main>`, NEWS_HEAD)), { url: null });
    expect(found.signals).toContain('teaser-headings');
  });
});

/** The furniture the body collection must drop inside the article root, told by shape only. */
describe.each(PARSERS)('collection inside the root (%s)', (_name, parse) => {
  const collectIn = (inner: string) => {
    const doc = parse(page(`<div class="css-root">${inner}</div>`));
    return collectText(doc.body.firstElementChild!).text;
  };

  it('drops a titled list of teaser cards, title included', () => {
    const text = collectIn(`${PROSE}${teaserCards(5)}`);
    expect(text.split('\n\n')).toHaveLength(6);
    expect(text).not.toContain('More stories');
  });

  it('drops a newsletter box (a form field and a little text), title and blurb included', () => {
    const text = collectIn(`${PROSE}<section class="css-nl"><h2>Get the morning letter</h2><p>The day's stories before breakfast.</p><form><input type="email"><button>Sign up</button></form></section>`);
    expect(text.split('\n\n')).toHaveLength(6);
  });

  it('drops an unnamed comment thread and its "Comments" title', () => {
    const post = (i: number) => `<li class="q"><div><a href="/u/${i}">user${i}</a><time>${i}h</time></div><p>Comment ${i}, with an opinion.</p><div><button>Reply</button></div></li>`;
    const text = collectIn(`${PROSE}<section class="css-c"><h2>Comments (40)</h2><form><textarea></textarea><button>Post</button></form><ol>${[1, 2, 3, 4].map(post).join('')}</ol></section>`);
    expect(text.split('\n\n')).toHaveLength(6);
    expect(text).not.toContain('Comments');
  });

  it('keeps a subheading followed by a figure and prose, and one followed by a lone link', () => {
    const text = collectIn(`<h2>The vote</h2><figure><img alt=""></figure><p>The council voted on Tuesday, after a long debate.</p><h2>Further reading</h2><p>See <a href="/report">the full report</a> for the figures and the method.</p>`);
    expect(text).toContain('The vote');
    expect(text).toContain('Further reading');
  });
});

describe.each(PARSERS)('precedesTest (%s)', (_name, parse) => {
  it('orders nodes by document position, not by depth', () => {
    const doc = parse(page('<div id="r"><section><div><h3 id="deep">x</h3></div></section><p id="p">y</p><h3 id="after">z</h3></div>'));
    const before = precedesTest(doc.getElementById('p')!);
    expect(before(doc.getElementById('deep')!)).toBe(true);
    expect(before(doc.getElementById('after')!)).toBe(false);
    expect(before(doc.getElementById('r')!)).toBe(true);
    expect(before(doc.getElementById('p')!)).toBe(false);
  });
});

describe.each(PARSERS)('blockShape (%s)', (_name, parse) => {
  const first = (html: string) => parse(page(html)).body.firstElementChild!;

  it('sees a teaser in a linked heading or a heading inside a link', () => {
    expect(isTeaserShape(blockShape(first('<div><h3><a href="/a">Title</a></h3><p>Short summary.</p></div>'), 600))).toBe(true);
    expect(isTeaserShape(blockShape(first('<div><a href="/a"><h3>Title</h3></a><p>Short summary.</p></div>'), 600))).toBe(true);
  });

  it('does not take an in-page anchor on a subheading for a teaser link', () => {
    expect(isTeaserShape(blockShape(first('<div><h3><a href="#part-2">Part two</a></h3><p>Short text.</p></div>'), 600))).toBe(false);
  });

  it('does not take a long block with a linked heading for a card', () => {
    const long = 'Long prose, with clauses. '.repeat(40);
    expect(isTeaserShape(blockShape(first(`<div><h3><a href="/a">Title</a></h3><p>${long}</p></div>`), 600))).toBe(false);
  });

  it('sees a post in a short block with a time and a control but no heading', () => {
    expect(isPostShape(blockShape(first('<li><a href="/u/1">user</a><time>1h</time><p>My comment.</p><button>Reply</button></li>'), 1500))).toBe(true);
    expect(isPostShape(blockShape(first('<li><time>1h</time><h3>Update</h3><p>Entry.</p><button>Share</button></li>'), 1500))).toBe(false);
    expect(isPostShape(blockShape(first('<div><p>Hearing on <time>December 9</time>.</p></div>'), 1500))).toBe(false);
  });

  it('sees a form box in a form field with a little text, not in a long block', () => {
    expect(isFormBoxShape(blockShape(first('<section><h2>Newsletter</h2><p>Daily news.</p><form><input type="email"></form></section>'), 600))).toBe(true);
    const long = 'Long prose, with clauses. '.repeat(40);
    expect(isFormBoxShape(blockShape(first(`<section><p>${long}</p><form><input type="email"></form></section>`), 600))).toBe(false);
  });
});
