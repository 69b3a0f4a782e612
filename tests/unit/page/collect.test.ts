import { describe, expect, it } from 'vitest';
import { collectText, collectTextInSlices } from '../../../utils/page/collect';
import { happyDoc, PARSERS } from './helpers';

const body = (parse: (html: string) => Document, inner: string) => {
  const doc = parse(`<!DOCTYPE html><html><body><div id="root">${inner}</div></body></html>`);
  return collectText(doc.getElementById('root')!).text;
};

describe.each(PARSERS)('collectText (%s)', (_name, parse) => {
  it('keeps paragraphs, subheadings, blockquotes and lists, one block per paragraph', () => {
    const text = body(
      parse,
      `<p>Intro paragraph.</p><h2>A subheading</h2><blockquote><p>A quoted passage.</p></blockquote>
       <ol><li>One</li><li>Two</li></ol><p>Outro.</p>`,
    );
    expect(text).toBe('Intro paragraph.\n\nA subheading\n\nA quoted passage.\n\nOne\n\nTwo\n\nOutro.');
  });

  it('drops hidden, aria-hidden, display:none, template, script, style and editable nodes', () => {
    const text = body(
      parse,
      `<p>Visible.</p>
       <p hidden>Hidden attribute.</p>
       <p aria-hidden="true">Aria hidden.</p>
       <p style="color: red; display : none">Inline display none.</p>
       <p style="visibility:hidden">Invisible.</p>
       <template><p>Template.</p></template>
       <script>var quote = "not text";</script><style>p { color: red }</style><noscript><p>Enable JS.</p></noscript>
       <div contenteditable="true"><p>Editable draft.</p></div>
       <div contenteditable="false"><p>Not editable, kept.</p></div>
       <p>Tail <span class="sr-only">screen reader only</span>end.</p>`,
    );
    expect(text).toBe('Visible.\n\nNot editable, kept.\n\nTail end.');
  });

  it('drops furniture inside the body: share bars, captions, ads, forms, buttons, related links, comments', () => {
    const text = body(
      parse,
      `<p>First real paragraph, with a sentence.</p>
       <div class="share-bar"><button>Share</button><a href="#">Tweet</a></div>
       <figure><img alt=""><figcaption>A caption.</figcaption></figure>
       <div class="ad-slot"><p>Advertisement</p></div>
       <p class="image-caption">Photo: agency</p>
       <form><label>Email</label><input><button>Sign up</button></form>
       <p>Second <button type="button">Play</button>paragraph.</p>
       <ul class="links"><li><a href="/1">Related one</a></li><li><a href="/2">Related two</a></li></ul>
       <ul><li><a href="/a">Only a link</a></li><li><a href="/b">Another link</a></li></ul>
       <p>Read more: <a href="/x">Another story entirely</a></p>
       <p>Lire aussi | <a href="/y">Un autre article</a></p>
       <section id="comments"><p>A reader comment that is long enough to look like prose.</p></section>
       <p>Third paragraph.</p>`,
    );
    expect(text).toBe('First real paragraph, with a sentence.\n\nSecond paragraph.\n\nThird paragraph.');
  });

  it('drops blocks whose whole text is an ad label, in any markup', () => {
    const text = body(parse, `<p>Before.</p><p>ADVERTISEMENT</p><div>— Publicité —</div><p>Story continues below advertisement</p><p>After, with advertisement mentioned in a sentence.</p>`);
    expect(text).toBe('Before.\n\nAfter, with advertisement mentioned in a sentence.');
  });

  it('drops related-story cards (linked headline and summary) inside the body, keeps linked-anchor subheadings', () => {
    const text = body(
      parse,
      `<p>The story begins here, with a sentence.</p>
       <div><h3><a href="/other">“We will fight on,” says rival</a></h3><p>A short summary of another story.</p></div>
       <article><a href="/third"><h4>Third story headline</h4></a><p>Its summary.</p></article>
       <section><h2><a id="part-two">Part two</a></h2><p>The story goes on under an anchored subheading.</p></section>`,
    );
    expect(text).toBe('The story begins here, with a sentence.\n\nPart two\n\nThe story goes on under an anchored subheading.');
  });

  it('keeps a paragraph that merely contains a link, and links inside sentences', () => {
    const text = body(parse, `<p>The <a href="/r">report</a> was published on Monday, the ministry said.</p>`);
    expect(text).toBe('The report was published on Monday, the ministry said.');
  });

  it('does not drop a wrapper whose class looks like furniture when it holds the body', () => {
    const text = body(parse, `<div class="article has-share-tools"><p>One.</p><p>Two.</p><p>Three.</p></div><div class="share"><p>Share this</p></div>`);
    expect(text).toBe('One.\n\nTwo.\n\nThree.');
  });

  it('turns <br> into a line break and <br><br> into a paragraph break', () => {
    expect(body(parse, `<p>a<br>b<br><br>c<br></p>`)).toBe('a\nb\n\nc');
  });

  it('collapses whitespace and drops soft hyphens and zero-width spaces', () => {
    expect(body(parse, `<p>  one \n\t two&nbsp;&nbsp;three in&shy;visible zero&#8203;width </p>`)).toBe('one two three invisible zerowidth');
  });

  it('collects nothing from a root inside an editable region', () => {
    const doc = parse(`<html><body><div contenteditable="true"><div id="root"><p>Draft text being typed.</p></div></div><div contenteditable="true"><div contenteditable="false"><div id="island"><p>Read-only island.</p></div></div></div></body></html>`);
    expect(collectText(doc.getElementById('root')!).text).toBe('');
    expect(collectText(doc.getElementById('island')!).text).toBe('Read-only island.');
  });

  it('uses an optional visibility test for CSS-hidden blocks', () => {
    const doc = parse(`<html><body><div id="root"><p>Shown.</p><p class="collapsed">Hidden by a stylesheet.</p></div></body></html>`);
    const text = collectText(doc.getElementById('root')!, { isVisible: (el) => !el.classList.contains('collapsed') }).text;
    expect(text).toBe('Shown.');
  });

  it('stops at the node budget', () => {
    const many = Array.from({ length: 500 }, (_, i) => `<p>Paragraph ${i}.</p>`).join('');
    const doc = parse(`<html><body><div id="root">${many}</div></body></html>`);
    const full = collectText(doc.getElementById('root')!).text;
    const capped = collectText(doc.getElementById('root')!, { maxNodes: 100 }).text;
    expect(full.split('\n\n')).toHaveLength(500);
    expect(capped.length).toBeGreaterThan(0);
    expect(capped.length).toBeLessThan(full.length);
  });
});

describe('collectTextInSlices', () => {
  const longArticle = (paragraphs: number) =>
    happyDoc(
      `<!DOCTYPE html><html><body><div id="root">${Array.from(
        { length: paragraphs },
        (_, i) => `<p>Paragraph ${i} says <a href="/x">something</a>,  with   spaces and <em>emphasis</em>.</p>`,
      ).join('')}<p hidden>Hidden.</p></div></body></html>`,
    );

  it('gives the same text and offsets as collectText, pausing along the way', async () => {
    const doc = longArticle(600);
    const root = doc.getElementById('root')!;
    let pauses = 0;
    // sliceMs 0: pause at every chance, the most the walk is ever cut.
    const sliced = await collectTextInSlices(root, {}, { sliceMs: 0, pause: async () => (pauses++, true) });
    const whole = collectText(root);
    expect(pauses).toBeGreaterThan(3);
    expect(sliced!.text).toBe(whole.text);
    for (const at of [0, 17, Math.floor(whole.text.length / 2), whole.text.length - 1]) {
      const a = sliced!.boundsFor(at, at + 1);
      const b = whole.boundsFor(at, at + 1);
      expect(a?.start.node).toBe(b?.start.node);
      expect(a?.start.offset).toBe(b?.start.offset);
    }
  });

  it('stops with null when the pause says the work is no longer wanted', async () => {
    const root = longArticle(600).getElementById('root')!;
    expect(await collectTextInSlices(root, {}, { sliceMs: 0, pause: async () => false })).toBeNull();
  });

  it('stops where the page removed the node it was at, keeping what it read', async () => {
    const root = longArticle(600).getElementById('root')!;
    let pauses = 0;
    const map = await collectTextInSlices(root, {}, {
      sliceMs: 0,
      pause: async () => {
        if (++pauses === 2) root.replaceChildren(); // the page re-renders under us
        return true;
      },
    });
    expect(map!.text.startsWith('Paragraph 0 says something, with spaces and emphasis.')).toBe(true);
    expect(map!.text.length).toBeLessThan(collectText(longArticle(600).getElementById('root')!).text.length);
  });
});
