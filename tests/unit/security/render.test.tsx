// Page text shown by QuoteLens is shown as text: a quote or a speaker named
// `<img onerror=…>` must appear as those characters in the hover card and the popup,
// never become an element, an event handler or a javascript: link.
import { render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cardModel, renderCard, type CardStrings } from '../../../utils/page/card';
import { CardHost } from '../../../utils/page/hover';
import { AnalysisView } from '../../../components/AnalysisView';
import { PopupHeader } from '../../../components/PopupHeader';
import { StatusMessage } from '../../../components/StatusMessage';
import { MARKUP_PAYLOADS, hostileAnalysis, injectedMarkup } from './payloads';

const STRINGS: CardStrings = {
  unattributed: 'Unattributed',
  anonymous: 'Anonymous source',
  named: 'Named source',
  kind: { direct: 'Direct', indirect: 'Reported', mixed: 'Partly quoted', 'according-to': 'According to' },
  tone: { neutral: 'neutral', loaded: 'loaded' },
  cue: (verb, tone) => `Verb: ${verb} (${tone})`,
  statements: (n) => `${n} statements`,
  via: (channel) => `via ${channel}`,
  country: (code) => code,
};

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  delete (window as unknown as Record<string, unknown>).__quotelensPwned;
});

describe('hover card', () => {
  const { analysis } = hostileAnalysis(MARKUP_PAYLOADS);

  it.each(analysis.quotes.map((q, i) => [MARKUP_PAYLOADS[i], q] as const))('shows %j as text', (payload, quote) => {
    const card = renderCard(document, cardModel(quote, analysis, STRINGS), 'light', 'en');
    document.body.append(card);
    expect(injectedMarkup(card)).toEqual([]);
    expect(card.textContent).toContain(flat(payload).slice(0, 100));
    expect((window as unknown as Record<string, unknown>).__quotelensPwned).toBeUndefined();
  });

  it('keeps hostile text out of the page through the shadow-root host', () => {
    // The host's shadow root is closed: capture it when it is attached to inspect the card.
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    const p = document.createElement('p');
    p.textContent = 'x'.repeat(50);
    document.body.append(p);
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.firstChild!, 10);
    const host = new CardHost(document);
    const quote = analysis.quotes[0];
    host.show({ quote, range } as never, cardModel(quote, analysis, STRINGS), 'dark', 'en', 'hover');
    expect(roots.length).toBe(1);
    expect(injectedMarkup(roots[0])).toEqual([]);
    expect(roots[0].textContent).toContain(flat(MARKUP_PAYLOADS[0]).slice(0, 100));
    // Nothing but our host was added to the page, and no page text leaked into it.
    expect(injectedMarkup(document)).toEqual([]);
    expect(host.snapshot()?.lines.join('\n')).toContain(flat(MARKUP_PAYLOADS[0]).slice(0, 100));
    host.destroy();
    expect(roots[0].host.isConnected).toBe(false);
  });
});

describe('popup', () => {
  // The fake browser has no message catalogue: echo the key and its substitutions.
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: unknown) =>
      subs === undefined ? key : `${key}: ${[subs].flat().join(' | ')}`) as never);
  });

  it('renders hostile speaker names, roles and verbs as text', () => {
    const { analysis } = hostileAnalysis(MARKUP_PAYLOADS);
    const { container } = render(
      <AnalysisView analysis={analysis} selectedId={null} position={null} filterId={null} onSelect={() => {}} onStep={() => {}} onFilter={() => {}} exportPanel={null} settingsPanel={null} />,
    );
    expect(injectedMarkup(container)).toEqual([]);
    const text = container.textContent ?? '';
    for (const payload of MARKUP_PAYLOADS) expect(text).toContain(payload);
    expect((window as unknown as Record<string, unknown>).__quotelensPwned).toBeUndefined();
  });

  it('renders a hostile page title and error detail as text', () => {
    const title = MARKUP_PAYLOADS.join(' ');
    const { container } = render(
      <>
        <PopupHeader article={{ title, lang: '<b>fr</b>', partial: true }} />
        <StatusMessage state="error" title="Error" body="Something failed" detail={MARKUP_PAYLOADS[0]} />
      </>,
    );
    expect(injectedMarkup(container)).toEqual([]);
    expect(container.textContent).toContain(title);
    expect(container.textContent).toContain(MARKUP_PAYLOADS[0]);
  });
});
