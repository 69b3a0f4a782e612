/**
 * Hostile and odd pages: every one must give a clear verdict or a result, never an
 * exception, and finish (the node and paragraph budgets bound the work; the vitest
 * timeout is the backstop, no timing is asserted here — speed lives in the bench).
 */
import { describe, expect, it } from 'vitest';
import { collectText } from '../../../utils/page/collect';
import { detect, quickReject } from '../../../utils/page/detect';
import { readHtmlArticle } from '../../../scripts/lib/html';
import { happyDoc, linkeDoc, page, PARSERS } from './helpers';

const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: a sentence of prose, with commas, long enough to count, and then a little more text to make it a real paragraph of an article.</p>`).join('');

function expectVerdict(doc: Document): void {
  const found = detect(doc, { url: null });
  expect(typeof found.isArticle).toBe('boolean');
  expect(found.confidence).toBeGreaterThanOrEqual(0);
  expect(found.confidence).toBeLessThanOrEqual(1);
  if (found.isArticle) expect(found.root).not.toBeNull();
  else expect(found.reason).toBeTruthy();
  if (found.root) expect(typeof collectText(found.root).text).toBe('string');
  expect(typeof quickReject(doc)).not.toBe('undefined');
}

describe.each(PARSERS)('hostile pages (%s)', (_name, parse) => {
  it('a page of 50,000 nodes gives a result and a bounded text', () => {
    const cells = Array.from({ length: 10_000 }, (_, i) => `<div class="c${i % 7}"><span>cell ${i}</span><b>x</b><i>y</i><p>Paragraph ${i} has a few words, and commas, and it goes on a little.</p></div>`).join('');
    const doc = parse(page(`<main>${cells}</main>`));
    expectVerdict(doc);
    const found = detect(doc, { url: null });
    const capped = collectText(found.root!, { maxChars: 5_000 });
    expect(capped.text.length).toBeLessThan(5_200);
  }, 120_000); // happy-dom alone needs seconds to parse 50,000 nodes

  it('deeply nested tables', () => {
    const depth = 600;
    const html = page(`${'<table><tr><td>'.repeat(depth)}${PROSE}${'</td></tr></table>'.repeat(depth)}`);
    expectVerdict(parse(html));
  });

  it('deeply nested divs around a real article still yield the text or a clear no', () => {
    const html = page(`${'<div>'.repeat(3000)}${PROSE}${'</div>'.repeat(3000)}`);
    const doc = parse(html);
    expectVerdict(doc);
    expect(collectText(doc.body).text.length).toBeGreaterThan(0);
  });

  it('frameset pages are not articles', () => {
    const doc = parse('<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>');
    expect(detect(doc, { url: null }).isArticle).toBe(false);
  });

  it('invalid markup: unclosed and misnested tags, stray end tags, junk', () => {
    for (const html of [
      `<html><body><p>Unclosed <b>bold <i>italic<p>${PROSE}</td></tr></table></div></span>`,
      `<p><div><p>Misnested</div></p>${PROSE}<<<>>><!-- unterminated comment`,
      '\u0000\u0001\u0002 binary-ish \uFFFD\uFFFD',
      '',
      'just some text, no tags at all',
      `<script>${'x'.repeat(100_000)}`,
    ]) {
      expectVerdict(parse(html));
    }
  });

  it('huge and hostile JSON-LD', () => {
    const big = `{"@type":"NewsArticle","headline":"${'h'.repeat(500_000)}"}`;
    expectVerdict(parse(page(`<article>${PROSE}</article>`, `<script type="application/ld+json">${big}</script>`)));
    const nested = `${'['.repeat(5000)}{"@type":"NewsArticle"}${']'.repeat(5000)}`;
    expectVerdict(parse(page(`<article>${PROSE}</article>`, `<script type="application/ld+json">${nested}</script>`)));
    const many = Array.from({ length: 200 }, () => '<script type="application/ld+json">{"@type":"Thing"}</script>').join('');
    expectVerdict(parse(page(`<article>${PROSE}</article>`, many)));
  });

  it('a paragraph with a megabyte of text', () => {
    expectVerdict(parse(page(`<article><p>${'word, '.repeat(200_000)}</p></article>`)));
  });
});

describe('documents without a body or an element tree', () => {
  it('no body', () => {
    const doc = linkeDoc('<html><head><title>x</title></head></html>');
    doc.body?.remove();
    expect(detect(doc, { url: null })).toMatchObject({ isArticle: false });
    const xml = new DOMParser().parseFromString('<root><p>not html</p></root>', 'application/xml');
    expect(detect(xml, { url: null }).isArticle).toBe(false);
    expect(quickReject(xml)).toBeTruthy();
  });

  it('something that is not a document at all', () => {
    expect(detect(null as unknown as Document).isArticle).toBe(false);
    expect(detect({} as Document).isArticle).toBe(false);
    expect(quickReject(undefined as unknown as Document)).toBeTruthy();
  });

  it('the CLI reader turns anything into a verdict', () => {
    expect(readHtmlArticle('').isArticle).toBe(false);
    expect(readHtmlArticle(42 as unknown as string).isArticle).toBe(false);
    expect(readHtmlArticle(page(`<article>${PROSE}</article>`)).isArticle).toBe(true);
  });
});

describe('shadow DOM (happy-dom)', () => {
  it('reads the light DOM and ignores closed-off shadow content without failing', () => {
    const doc = happyDoc(page(`<article id="a">${PROSE}</article><x-widget id="w"></x-widget>`));
    const host = doc.getElementById('w')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.appendChild(doc.createElement('p')).textContent = 'Shadow text, with commas, that a reader may see but that lives in another tree.';
    const found = detect(doc, { url: null });
    expect(found.isArticle).toBe(true);
    expect(collectText(found.root!).text).not.toContain('Shadow text');
  });

  it('a page whose prose lives only in shadow roots is not an article', () => {
    const doc = happyDoc(page('<app-root id="r"></app-root>'));
    const shadow = doc.getElementById('r')!.attachShadow({ mode: 'open' });
    for (let i = 0; i < 6; i++) shadow.appendChild(doc.createElement('p')).textContent = `Paragraph ${i} rendered by a component, with commas, and enough words.`;
    expect(detect(doc, { url: null }).isArticle).toBe(false);
  });
});
