import { describe, expect, it } from 'vitest';
import type { Analysis, Quote, Speaker } from '../../../utils/engine/types';
import { cardLines, cardModel, renderCard, type CardStrings } from '../../../utils/page/card';
import { CardHost } from '../../../utils/page/hover';
import { overlaps, placeCard, union, type Box } from '../../../utils/page/placement';
import type { PaintedStatement } from '../../../utils/page/statements';

const strings: CardStrings = {
  unattributed: 'No identifiable source',
  anonymous: 'Anonymous source',
  named: 'Named source',
  kind: { direct: 'Direct quote', indirect: 'Reported speech', mixed: 'Partly quoted', 'according-to': 'According to' },
  tone: { neutral: 'neutral', loaded: 'loaded' },
  cue: (verb, tone) => `Verb: “${verb}” (${tone})`,
  statements: (n) => (n === 1 ? '1 statement by this speaker in this article' : `${n} statements by this speaker in this article`),
  via: (channel) => `Via: ${channel}`,
  country: (code) => ({ RU: 'Russia' })[code] ?? code,
};

const PAYLOAD = '<img src=x onerror="window.__pwned=1">';

function speaker(over: Partial<Speaker> = {}): Speaker {
  return { id: 's1', name: 'Sergueï Choïgou', aliases: [], kind: 'person', role: 'ministre russe de la Défense', country: 'RU', count: 7, words: 80, ...over };
}
function quote(over: Partial<Quote> = {}): Quote {
  return {
    id: 'q1', start: 0, end: 10, text: 'atteint un tout nouveau niveau', kind: 'mixed',
    cue: { text: 'a déclaré', start: 0, end: 9, tone: 'neutral' }, mention: { text: 'Choïgou', start: 0, end: 7 },
    speakerId: 's1', via: 'cité par le ministère russe de la Défense', ...over,
  };
}

describe('hover card', () => {
  it('says who, in what role and country, how the article framed it, how often, and via whom', () => {
    const model = cardModel(quote(), { speakers: [speaker()] }, strings);
    expect(cardLines(model)).toEqual([
      'Sergueï Choïgou',
      'ministre russe de la Défense · Russia',
      'Partly quoted · Named source',
      'Verb: “a déclaré” (neutral)',
      '7 statements by this speaker in this article',
      'Via: cité par le ministère russe de la Défense',
    ]);
  });

  it('marks anonymous sources, unattributed statements and loaded verbs', () => {
    const anon = cardModel(quote({ kind: 'according-to', via: null }), { speakers: [speaker({ name: 'une source diplomatique', kind: 'anonymous', role: null, country: null, count: 1 })] }, strings);
    expect(anon.anonymous).toBe(true);
    expect(anon.facts).toBe('According to · Anonymous source');
    expect(anon.count).toBe('1 statement by this speaker in this article');
    const none = cardModel(quote({ speakerId: null, mention: null, cue: { text: 'claimed', start: 0, end: 7, tone: 'loaded' } }), { speakers: [] }, strings);
    expect(none.title).toBe('No identifiable source');
    expect(none.count).toBeNull();
    expect(none.cue).toBe('Verb: “claimed” (loaded)');
  });

  it('renders page text as text: markup in a speaker name or a quote stays literal', () => {
    const analysis: Pick<Analysis, 'speakers'> = { speakers: [speaker({ name: PAYLOAD, role: '<b>boss</b>' })] };
    const model = cardModel(quote({ via: '<script>alert(1)</script>' }), analysis, strings);
    const card = renderCard(document, model, 'light', 'en');
    document.body.append(card);
    expect(card.querySelector('img, script, b')).toBeNull();
    expect(card.textContent).toContain(PAYLOAD);
    expect(card.textContent).toContain('<script>alert(1)</script>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    card.remove();
  });

  it('clips very long names so a card stays a glance', () => {
    const model = cardModel(quote(), { speakers: [speaker({ name: 'x'.repeat(5000) })] }, strings);
    expect(model.title.length).toBeLessThanOrEqual(160);
  });

  it('lives in one host element with a closed shadow root, created on first use and removable', () => {
    document.body.innerHTML = '<p>Choïgou a dit «bonjour»</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 15);
    range.setEnd(text, 22);
    const statement: PaintedStatement = { quote: quote(), range, cue: null, highlight: 'quotelens-s0', nodes: [text] };
    const host = new CardHost(document);
    // Our host is the one element we add, as a child of <html> (outside the page's <body>).
    const ours = () => Array.from(document.documentElement.children).filter((el) => el !== document.head && el !== document.body);
    expect(ours()).toEqual([]);
    host.show(statement, cardModel(quote(), { speakers: [speaker({ name: PAYLOAD })] }, strings), 'dark', 'en', 'hover', 10);
    expect(ours().length).toBe(1);
    const element = ours()[0] as HTMLElement;
    expect(element.localName).toBe('div'); // never a custom-element name a page could define
    expect(Array.from(element.attributes).map((a) => a.name)).toEqual(['style']);
    expect(element.shadowRoot).toBeNull(); // closed: the page cannot reach into it
    expect(element.style.getPropertyValue('position')).toBe('fixed');
    expect(element.style.getPropertyPriority('all')).toBe('important');
    expect(host.snapshot()?.lines[0]).toBe(PAYLOAD);
    host.show(statement, cardModel(quote(), { speakers: [speaker()] }, strings), 'dark', 'en', 'focus');
    expect(ours().length).toBe(1);
    host.hide();
    expect(host.snapshot()).toBeNull();
    host.destroy();
    expect(ours()).toEqual([]);
  });
});

describe('card host and the page\'s custom elements', () => {
  it('runs no page-defined element code: the host is a plain div, whatever names the page defines', () => {
    document.body.innerHTML = '<p>Choïgou a dit «bonjour»</p>';
    const ran: string[] = [];
    // A page that defines elements under names an extension might use, to hook their constructor.
    for (const name of ['quotelens-ui', 'quotelens-card', 'quote-lens']) {
      customElements.define(
        name,
        class extends HTMLElement {
          constructor() {
            super();
            ran.push(name);
          }
        },
      );
    }
    const text = document.querySelector('p')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 7);
    const statement: PaintedStatement = { quote: quote(), range, cue: null, highlight: 'quotelens-s0', nodes: [text] };
    const host = new CardHost(document);
    host.show(statement, cardModel(quote(), { speakers: [speaker()] }, strings), 'light', 'en', 'focus');
    expect(host.snapshot()).not.toBeNull();
    expect(ran).toEqual([]);
    host.destroy();
  });
});

describe('card placement', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 300, height: 120 };
  const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
  const cardBox = (p: { left: number; top: number }) => box(p.left, p.top, p.left + card.width, p.top + card.height);

  it('goes below the statement, under the pointer, inside the viewport', () => {
    const rects = [box(100, 200, 700, 220), box(100, 222, 400, 242)];
    const spot = placeCard(rects, card, viewport, 500);
    expect(spot.top).toBeGreaterThanOrEqual(242);
    expect(spot.left).toBe(350);
    expect(rects.some((r) => overlaps(cardBox(spot), r))).toBe(false);
  });

  it('goes above when there is no room below, and to the side when neither fits', () => {
    const low = [box(100, 700, 700, 720)];
    const above = placeCard(low, card, viewport, 200);
    expect(above.top + card.height).toBeLessThanOrEqual(700);
    const tall = [box(100, 50, 500, 760)];
    const side = placeCard(tall, card, viewport);
    expect(side.left).toBeGreaterThanOrEqual(500);
    expect(overlaps(cardBox(side), tall[0])).toBe(false);
  });

  it('never leaves the viewport, and covers as little as it can when the statement fills it', () => {
    const full = [box(0, 0, 1000, 390), box(0, 410, 1000, 800)];
    const spot = placeCard(full, card, viewport, 990);
    expect(spot.left).toBeGreaterThanOrEqual(0);
    expect(spot.left + card.width).toBeLessThanOrEqual(viewport.width);
    expect(spot.top + card.height).toBeLessThanOrEqual(viewport.height);
    expect(union([])).toBeNull();
  });
});

describe('card placement around neighbours', () => {
  it('prefers a spot that leaves the next statement visible, but never covers its own', () => {
    const viewport = { width: 1000, height: 800 };
    const card = { width: 300, height: 120 };
    const own = [{ left: 100, top: 300, right: 700, bottom: 320 }];
    const next = [{ left: 100, top: 330, right: 700, bottom: 350 }];
    const spot = placeCard(own, card, viewport, 400, next);
    expect(spot.top + card.height).toBeLessThanOrEqual(300); // above, since below would hide the next one
    const cramped = placeCard(own, card, viewport, 400, [{ left: 0, top: 0, right: 1000, bottom: 800 }]);
    expect(overlaps({ ...cramped, right: cramped.left + 300, bottom: cramped.top + 120 }, own[0])).toBe(false);
  });
});
