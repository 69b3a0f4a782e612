import { describe, expect, it } from 'vitest';
import { collectText } from '../../../utils/page/collect';
import type { TextMap } from '../../../utils/page/textmap';
import { detect } from '../../../utils/page/detect';
import { fixture, happyDoc, linkeDoc, page, PARSERS } from './helpers';

/** Offsets of characters copied from the DOM (not synthetic paragraph/line breaks). */
function realOffsets(map: TextMap): number[] {
  const out: number[] = [];
  for (const seg of map.segments) for (let i = seg.textStart; i < seg.textEnd; i++) out.push(i);
  return out;
}

/** Every copied character maps to the same character in the DOM and back to its offset. */
function expectExactRoundTrip(map: TextMap): void {
  const offsets = realOffsets(map);
  expect(offsets.length).toBeGreaterThan(0);
  for (const i of offsets) {
    const point = map.toDom(i)!;
    const domChar = point.node.data.charAt(point.offset);
    if (map.text[i] === ' ') expect(domChar).toMatch(/\s/);
    else expect(domChar).toBe(map.text[i]);
    expect(map.toText(point.node, point.offset)).toBe(i);
  }
  // Synthetic characters are exactly the paragraph and line breaks.
  const synthetic = new Set(offsets);
  for (let i = 0; i < map.text.length; i++) if (!synthetic.has(i)) expect(map.text[i]).toBe('\n');
}

describe.each(PARSERS)('TextMap (%s)', (_name, parse) => {
  const html = page(`<article><div id="body">
      <p>  Caf&eacute; &amp; bar:   <a href="#">the <em>very</em> best</a>\n\t of   <b>Paris</b>.  </p>
      <p>Line one<br>line two<br><br>new paragraph</p>
      <blockquote><p>&laquo;&nbsp;Quoted&nbsp;&raquo;, she said.</p></blockquote>
      <ul><li>first item</li><li>second   item</li></ul>
      <p>Soft&shy;hyphen and zero&#8203;width.</p>
    </div></article>`);

  it('collects normalised text with blank lines between blocks', () => {
    const doc = parse(html);
    const map = collectText(doc.getElementById('body')!);
    expect(map.text).toBe(
      'Café & bar: the very best of Paris.\n\nLine one\nline two\n\nnew paragraph\n\n« Quoted », she said.\n\nfirst item\n\nsecond item\n\nSofthyphen and zerowidth.',
    );
  });

  it('maps every character both ways exactly (entities, inline elements, <br>, collapsed spaces)', () => {
    const doc = parse(html);
    expectExactRoundTrip(collectText(doc.getElementById('body')!));
  });

  it('resolves offsets on synthetic breaks by affinity', () => {
    const doc = parse(html);
    const map = collectText(doc.getElementById('body')!);
    const brk = map.text.indexOf('\n\n');
    // Start of a range at the break → first character of the next paragraph.
    const fwd = map.toDom(brk, 'forward')!;
    expect(fwd.node.data.charAt(fwd.offset)).toBe('L');
    // End of a range at the break → just after the last character of the previous one.
    const back = map.toDom(brk, 'backward')!;
    expect(back.node.data.slice(0, back.offset).endsWith('Paris') || back.node.data.slice(0, back.offset).endsWith('.')).toBe(true);
  });

  it('maps DOM positions inside collapsed whitespace and element positions', () => {
    const doc = parse(html);
    const map = collectText(doc.getElementById('body')!);
    const firstP = doc.querySelector('#body p')!;
    expect(map.toText(firstP.firstChild!, 0)).toBe(0); // leading whitespace → first character
    // Parsers may split text at entities: find the text node holding the colon.
    const text = [...firstP.childNodes].find((n) => n.nodeType === 3 && (n as Text).data.includes(':')) as Text;
    const colon = text.data.indexOf(':');
    expect(map.toText(text, colon + 2)).toBe(map.text.indexOf(':') + 2); // inside the run → next word
    const link = firstP.querySelector('a')!;
    const linkIndex = [...firstP.childNodes].indexOf(link);
    expect(map.toText(firstP, linkIndex)).toBe(map.text.indexOf('the')); // (p, i) = just before the <a>
    expect(map.toText(link, 0)).toBe(map.text.indexOf('the'));
    const outside = doc.createTextNode('elsewhere');
    expect(map.toText(outside, 0)).toBeNull();
    // Element positions before or after the collected root are outside the text.
    expect(map.toText(doc.body, 0)).toBeNull();
    expect(map.toText(doc.querySelector('article')!, 0)).toBeNull();
  });

  it('builds ranges whose text is the span (modulo collapsed whitespace)', () => {
    const doc = parse(html);
    const map = collectText(doc.getElementById('body')!);
    const start = map.text.indexOf('the very best');
    const bounds = map.boundsFor(start, start + 'the very best'.length)!;
    expect(bounds.start.node.data.slice(bounds.start.offset)).toBe('the ');
    expect(bounds.end.node.data.slice(0, bounds.end.offset)).toBe(' best');
  });

  it('builds a live Range over a span', () => {
    // Ranges need the window's own document (happy-dom collapses ranges across documents; linkedom has none).
    document.body.innerHTML = '<div id="live"><p>He said: &laquo;&nbsp;<em>Quoted</em> words&nbsp;&raquo; today.</p></div>';
    const map = collectText(document.getElementById('live')!);
    const quote = map.text.indexOf('Quoted');
    const range = map.rangeFor(quote, quote + 'Quoted words'.length, document)!;
    expect(range.toString()).toBe('Quoted words');
    document.body.textContent = '';
  });
});

describe('TextMap on fixture pages', () => {
  for (const name of ['seed-choigou', 'wordpress', 'arc', 'lemonde-like', 'bbc-like', 'amp', 'liveblog', 'paywall', 'plain-density']) {
    it(`${name}: exact round trip, same text in happy-dom and linkedom`, () => {
      const html = fixture(`${name}.html`);
      const texts = [happyDoc(html), linkeDoc(html)].map((doc) => {
        const found = detect(doc, { url: null });
        expect(found.root).not.toBeNull();
        const map = collectText(found.root!);
        expectExactRoundTrip(map);
        return map.text;
      });
      expect(texts[0]).toBe(texts[1]);
    });
  }
});
