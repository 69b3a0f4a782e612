// Detection and collection on hostile pages, in two DOM libraries (happy-dom and linkedom,
// the latter being what the CLI uses): never an exception (detect() reports swallowed ones
// as reason "error:…", which counts as a failure here), a clear verdict, and when there is
// a body, a TextMap whose offsets map exactly onto the page's text nodes. Editable regions
// are never collected.
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { collectText } from '../../../utils/page/collect';
import { detect, type Detection } from '../../../utils/page/detect';
import type { TextMap } from '../../../utils/page/textmap';
import { EDITOR_MARKER, hostilePages, plainArticlePage } from './hostile-pages';
import { seededRandom } from './validate';

type Parse = (html: string, url: string) => Document;

// happy-dom's selector engine recurses per tree level and overflows the stack on a few
// thousand levels (its limit, not ours): it gets the depth a browser's parser would build.
const PARSERS: Array<[string, Parse, number]> = [
  [
    'happy-dom',
    (html, url) => {
      const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableIframePageLoading: true, disableJavaScriptFileLoading: true } });
      window.document.write(html);
      return window.document as unknown as Document;
    },
    512,
  ],
  ['linkedom', (html) => parseHTML(html).document as unknown as Document, 5_000],
];

/** Every segment copies its node's characters (whitespace may be collapsed to a space). */
function textMapProblems(map: TextMap): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  for (const [i, seg] of map.segments.entries()) {
    if (seg.textStart < previousEnd || seg.textEnd <= seg.textStart) problems.push(`segment ${i} ${seg.textStart}..${seg.textEnd} overlaps or is empty`);
    previousEnd = seg.textEnd;
    const fromText = map.text.slice(seg.textStart, seg.textEnd);
    const fromNode = seg.node.data.slice(seg.nodeStart, seg.nodeStart + (seg.textEnd - seg.textStart)).replace(/\s/g, ' ');
    if (fromText !== fromNode) problems.push(`segment ${i}: text ${JSON.stringify(fromText.slice(0, 30))} ≠ node ${JSON.stringify(fromNode.slice(0, 30))}`);
    if (problems.length > 5) break;
  }
  // Offsets inside segments survive a round trip through the DOM.
  const rand = seededRandom(99);
  for (let k = 0; k < 200 && map.segments.length; k++) {
    const seg = map.segments[Math.floor(rand() * map.segments.length)];
    const offset = seg.textStart + Math.floor(rand() * (seg.textEnd - seg.textStart));
    const point = map.toDom(offset);
    const back = point ? map.toText(point.node, point.offset) : null;
    if (back !== offset) {
      problems.push(`offset ${offset} → DOM → ${back}`);
      break;
    }
  }
  return problems;
}

function detectionProblems(d: Detection): string[] {
  const problems: string[] = [];
  if (typeof d.isArticle !== 'boolean') problems.push('isArticle not boolean');
  if (!(d.confidence >= 0 && d.confidence <= 1)) problems.push(`confidence ${d.confidence}`);
  if (d.reason?.startsWith('error:')) problems.push(`detect swallowed an exception: ${d.reason}`);
  if (d.isArticle && !d.root) problems.push('article without a root');
  if (!d.isArticle && !d.reason) problems.push('not an article, without a reason');
  return problems;
}

/** Pages where the article is plainly there: these must be found, with their statements. */
const MUST_FIND = new Set(['/hostile-plain.html', '/big-50k-nodes.html', '/hostile-contenteditable.html', '/hostile-strict-csp.html', '/hostile-own-highlights.html']);
describe.each(PARSERS)('page robustness in %s', (_parser, parse, maxDepth) => {
  it.each(Object.entries(hostilePages({ maxDepth })))('%s: a clear verdict, an exact TextMap, no editable text', (path, html) => {
    const doc = parse(html, `https://news.example${path.replace('.html', '')}/2026/11/29/story`);
    const detection = detect(doc);
    expect(detectionProblems(detection)).toEqual([]);
    if (MUST_FIND.has(path)) expect(detection.isArticle, detection.reason ?? '').toBe(true);
    if (!detection.root) return;
    const map = collectText(detection.root);
    expect(textMapProblems(map)).toEqual([]);
    expect(map.text).not.toContain(EDITOR_MARKER);
    if (MUST_FIND.has(path)) {
      expect(map.text).toContain('leaves our harbours empty');
      expect(map.text).not.toMatch(/Comment \d+:/); // the 10,000 comments of the big page stay out
    }
  }, 120_000);

  it('copes with a document that has no body, or no root element at all', () => {
    const doc = parse(plainArticlePage(), 'https://news.example/a');
    doc.body?.remove();
    expect(detectionProblems(detect(doc))).toEqual([]);
    expect(detect(doc).isArticle).toBe(false);
    doc.documentElement?.remove();
    expect(detectionProblems(detect(doc))).toEqual([]);
  });

  it('collects nothing from an article inside an editable region (CMS editors)', () => {
    const doc = parse(hostilePages()['/hostile-editable-article.html'], 'https://news.example/edit');
    const article = doc.querySelector('article')!;
    expect(collectText(article).text).not.toContain(EDITOR_MARKER);
  });
});

describe('page robustness beyond what HTML parsers build', () => {
  it('walks a 5,000-deep DOM built by script (parsers cap depth, scripts do not)', () => {
    // linkedom: happy-dom's own selector engine overflows at this depth.
    const doc = parseHTML('<!DOCTYPE html><html><head><title>deep</title></head><body></body></html>').document as unknown as Document;
    const article = doc.createElement('article');
    doc.body.append(article);
    let parent: Element = article;
    for (let i = 0; i < 5000; i++) {
      const div = doc.createElement('div');
      parent.append(div);
      parent = div;
    }
    for (let i = 0; i < 6; i++) {
      const p = doc.createElement('p');
      p.textContent = `“Deep statement number ${i} holds,” the official said, and the paragraph goes on long enough to count as prose.`;
      parent.append(p);
    }
    expect(detectionProblems(detect(doc))).toEqual([]);
    const map = collectText(article);
    expect(textMapProblems(map)).toEqual([]);
  });

  it('stops early on a page with hundreds of thousands of nodes', () => {
    const doc = document.implementation.createHTMLDocument('huge');
    const article = doc.createElement('article');
    doc.body.append(article);
    for (let i = 0; i < 100_000; i++) article.append(doc.createElement('span'), doc.createTextNode(`w${i} `));
    const map = collectText(article);
    expect(textMapProblems(map)).toEqual([]);
    expect(detectionProblems(detect(doc))).toEqual([]);
  }, 120_000);
});
