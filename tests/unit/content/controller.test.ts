import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageController, type ControllerDeps } from '../../../entrypoints/content/controller';
import type { Analysis, Quote } from '../../../utils/engine/types';
import type { BackgroundRequest } from '../../../utils/messages';
import type { CardStrings } from '../../../utils/page/card';
import type { HighlightLike } from '../../../utils/page/paint';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';

/**
 * The content script's pipeline in happy-dom, with stand-ins for the highlight registry and
 * the background. The stand-in engine marks every «…» / “…” span, so the test can check that
 * each painted range covers exactly the characters the analysis names.
 */

const PAGES = resolve(__dirname, '../../fixtures/pages');

class FakeHighlight extends Set<AbstractRange> implements HighlightLike {
  priority = 0;
}

function fakeAnalyze(text: string): Analysis {
  const quotes: Quote[] = [];
  for (const match of text.matchAll(/[«“]([^«»“”]{3,}?)[»”]/g)) {
    const start = match.index! + 1;
    const end = start + match[1].length;
    quotes.push({
      id: `q${quotes.length + 1}`, start, end, text: text.slice(start, end), kind: 'direct',
      cue: null, mention: null, speakerId: quotes.length % 2 ? 's2' : 's1', via: null,
    });
  }
  const count = (id: string) => quotes.filter((q) => q.speakerId === id).length;
  return {
    lang: 'fr',
    article: { isArticle: true, title: null, confidence: 1, words: text.split(/\s+/).length },
    quotes,
    speakers: [
      { id: 's1', name: 'First', aliases: [], kind: 'person', role: null, country: null, count: count('s1'), words: 0 },
      { id: 's2', name: 'Second', aliases: [], kind: 'person', role: null, country: null, count: count('s2'), words: 0 },
    ],
  };
}

const strings: CardStrings = {
  unattributed: 'none', anonymous: 'anon', named: 'named',
  kind: { direct: 'direct', indirect: 'reported', mixed: 'mixed', 'according-to': 'according to' },
  tone: { neutral: 'neutral', loaded: 'loaded' },
  cue: (v) => v, statements: (n) => `${n}`, via: (c) => c, country: (c) => c,
};

function loadPage(file: string, url: string) {
  const parsed = new DOMParser().parseFromString(readFileSync(resolve(PAGES, file), 'utf8'), 'text/html');
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? '');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
}

function harness(settings: Settings = DEFAULT_SETTINGS, extra: Partial<ControllerDeps> = {}) {
  const registry = new Map<string, unknown>();
  const sent: BackgroundRequest[] = [];
  let respond: (text: string) => unknown = (text) => ({ ok: true, analysis: fakeAnalyze(text) });
  const deps: ControllerDeps = {
    doc: document,
    registry: registry as never,
    createHighlight: () => new FakeHighlight(),
    strings,
    uiLang: 'en',
    send: async (message) => {
      sent.push(message);
      return message.type === 'analyze' ? respond(message.text) : undefined;
    },
    getSettings: async () => settings,
    setTimeout: (fn, ms) => window.setTimeout(fn, ms) as unknown as number,
    requestAnimationFrame: (fn) => window.setTimeout(fn, 0) as unknown as number,
    guard: (fn) => (...args) => {
      try {
        fn(...args);
      } catch {
        /* swallowed, as in the extension */
      }
    },
    ...extra,
  };
  const controller = new PageController(deps);
  const ranges = () =>
    [...registry.entries()]
      .filter(([name]) => /^quotelens-(dark-)?(s\d+|anonymous|unattributed)$/.test(name))
      .flatMap(([, h]) => [...(h as FakeHighlight)] as Range[]);
  return {
    controller, registry, sent, ranges,
    analyses: () => sent.filter((m) => m.type === 'analyze'),
    respondWith(fn: (text: string) => unknown) {
      respond = fn;
    },
  };
}

const SEED_URL = 'https://www.quotidien-du-monde.example/international/article/2026/11/22/choigou-teheran-cooperation.html';

describe('content pipeline', () => {
  beforeEach(() => loadPage('seed-choigou.html', SEED_URL));
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('paints exactly one range per statement, over exactly the statement’s characters', async () => {
    const h = harness();
    await h.controller.start();
    const state = h.controller.snapshot();
    expect(state.status).toBe('ready');
    const quotes = state.analysis!.quotes;
    expect(quotes.length).toBeGreaterThan(3);
    expect(state.painted).toBe(quotes.length);
    const painted = h.ranges().map((r) => r.toString().replace(/\s+/g, ' '));
    expect(painted.sort()).toEqual(quotes.map((q) => q.text.replace(/\s+/g, ' ')).sort());
    expect(h.sent.filter((m) => m.type === 'badge')).toEqual([{ type: 'badge', count: quotes.length }]);
  });

  it('does not duplicate ranges on re-analysis, and reuses the analysis when the text is unchanged', async () => {
    const h = harness();
    await h.controller.start();
    const painted = h.controller.snapshot().painted;
    await h.controller.handle({ type: 'reanalyze' });
    expect(h.controller.snapshot().painted).toBe(painted);
    expect(h.ranges().length).toBe(painted);
    expect(h.analyses().length).toBe(2);
  });

  it('applies settings at once: highlights off removes everything, pause stops, resume repaints', async () => {
    const h = harness();
    await h.controller.start();
    const painted = h.controller.snapshot().painted;
    h.controller.applySettings({ ...DEFAULT_SETTINGS, highlights: false });
    expect(h.controller.snapshot().painted).toBe(0);
    expect([...h.registry.keys()]).toEqual([]);
    h.controller.applySettings(DEFAULT_SETTINGS);
    expect(h.controller.snapshot().painted).toBe(painted);
    h.controller.applySettings({ ...DEFAULT_SETTINGS, paused: true });
    expect(h.controller.snapshot().status).toBe('paused');
    expect([...h.registry.keys()]).toEqual([]);
    h.controller.applySettings({ ...DEFAULT_SETTINGS, disabledSites: ['www.quotidien-du-monde.example'] });
    expect(h.controller.snapshot().status).toBe('off-site');
    h.controller.applySettings(DEFAULT_SETTINGS);
    await vi.waitFor(() => expect(h.controller.snapshot().painted).toBe(painted));
  });

  it('reads nothing while paused: no collection, no message', async () => {
    const isVisible = vi.fn(() => true);
    const h = harness({ ...DEFAULT_SETTINGS, paused: true }, { isVisible });
    await h.controller.start();
    expect(h.controller.snapshot().status).toBe('paused');
    expect(h.analyses()).toEqual([]);
    expect(isVisible).not.toHaveBeenCalled();
  });

  it('filters by speaker and steps through the shown statements only', async () => {
    const h = harness();
    await h.controller.start();
    const quotes = h.controller.snapshot().analysis!.quotes;
    const state = await h.controller.handle({ type: 'filter-speaker', speakerId: 's2' });
    expect(state.painted).toBe(quotes.filter((q) => q.speakerId === 's2').length);
    const stepped = await h.controller.handle({ type: 'step-statement', step: 1 });
    expect(stepped.focusedQuoteId).toBe(quotes.find((q) => q.speakerId === 's2')!.id);
    const unknown = await h.controller.handle({ type: 'filter-speaker', speakerId: 'nobody' });
    expect(unknown.filterSpeakerId).toBeNull();
    expect(unknown.painted).toBe(quotes.length);
  });

  it('drops the ranges of removed text and re-reads the article after it changes', async () => {
    const h = harness();
    await h.controller.start();
    const before = h.controller.snapshot().painted;
    const withQuote = [...document.querySelectorAll('.article__content p')].find((p) => /«[^»]+»/.test(p.textContent ?? ''))!;
    const removed = (withQuote.textContent!.match(/«[^«»“”]{3,}?»/g) ?? []).length;
    withQuote.remove();
    await vi.waitFor(() => expect(h.analyses().length).toBe(2), { timeout: 4000 });
    await vi.waitFor(() => expect(h.controller.snapshot().painted).toBe(before - removed));
    expect(h.ranges().every((r) => r.startContainer.isConnected && !r.collapsed)).toBe(true);
  });

  it('does no work in a hidden tab until it is shown', async () => {
    let hidden = true;
    const spy = vi.spyOn(document, 'hidden', 'get').mockImplementation(() => hidden);
    try {
      const h = harness();
      await h.controller.start();
      expect(h.controller.snapshot().status).toBe('starting');
      expect(h.sent).toEqual([]);
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.waitFor(() => expect(h.controller.snapshot().status).toBe('ready'));
    } finally {
      spy.mockRestore();
    }
  });

  it('turns a failing background into an error state, never an exception', async () => {
    const h = harness();
    h.respondWith(() => {
      throw new Error('engine exploded');
    });
    await h.controller.start();
    expect(h.controller.snapshot().status).toBe('error');
    h.respondWith(() => ({ ok: false, error: 'bad' }));
    await h.controller.handle({ type: 'reanalyze' });
    expect(h.controller.snapshot()).toMatchObject({ status: 'error', error: 'bad', painted: 0 });
    h.respondWith(() => 'garbage');
    await h.controller.handle({ type: 'reanalyze' });
    expect(h.controller.snapshot().status).toBe('error');
  });

  it('a retry asked while the tab is hidden is pending, not the old error, and runs when shown', async () => {
    const h = harness();
    h.respondWith(() => ({ ok: false, error: 'bad' }));
    await h.controller.start();
    expect(h.controller.snapshot().status).toBe('error');
    let hidden = true;
    const spy = vi.spyOn(document, 'hidden', 'get').mockImplementation(() => hidden);
    try {
      h.respondWith((text) => ({ ok: true, analysis: fakeAnalyze(text) }));
      expect(await h.controller.handle({ type: 'reanalyze' })).toMatchObject({ status: 'starting', error: null });
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.waitFor(() => expect(h.controller.snapshot().status).toBe('ready'));
    } finally {
      spy.mockRestore();
    }
  });

  it('stays quiet on pages that are not articles: no message at all', async () => {
    loadPage('home.html', 'https://dailycurrent.example/');
    const h = harness();
    await h.controller.start();
    expect(h.controller.snapshot().status).toBe('not-article');
    expect(h.sent).toEqual([]);
    expect(h.registry.size).toBe(0);
  });

  it('leaves nothing behind when disposed', async () => {
    const h = harness();
    await h.controller.start();
    h.controller.dispose();
    expect(h.registry.size).toBe(0);
    const added = Array.from(document.documentElement.children).filter((el) => el !== document.head && el !== document.body);
    expect(added).toEqual([]);
  });
});

describe('pages rendered late', () => {
  afterEach(() => vi.useRealTimers());

  it('looks once more at a page that was an empty shell at first', async () => {
    vi.useFakeTimers();
    loadPage('seed-choigou.html', SEED_URL);
    const article = document.querySelector('main')!;
    const parked = article.cloneNode(true);
    article.replaceChildren();
    const h = harness();
    const started = h.controller.start();
    await vi.advanceTimersByTimeAsync(50); // the run gives the page its turn before detection
    await started;
    expect(h.controller.snapshot().status).toBe('not-article');
    article.replaceWith(parked); // the app renders its article
    await vi.advanceTimersByTimeAsync(3000);
    expect(h.controller.snapshot().status).toBe('ready');
    expect(h.controller.snapshot().painted).toBeGreaterThan(0);
  });
});

describe('editors', () => {
  it('never annotates an article that sits inside an editable region', async () => {
    loadPage('seed-choigou.html', SEED_URL);
    const main = document.querySelector('main')!;
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    main.replaceWith(editor);
    editor.append(main);
    const h = harness();
    await h.controller.start();
    expect(h.controller.snapshot()).toMatchObject({ status: 'not-article', reason: 'editable', painted: 0 });
    expect(h.analyses()).toEqual([]);
  });
});

describe('what is read and how long it took', () => {
  beforeEach(() => loadPage('seed-choigou.html', SEED_URL));
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('leaves out paragraphs the page hides with CSS (the visibility test is asked)', async () => {
    const hidden = document.createElement('p');
    hidden.className = 'css-hidden';
    hidden.textContent = 'Un paragraphe masqué par la feuille de style, jamais affiché au lecteur.';
    document.querySelector('main p')!.after(hidden);
    const h = harness(DEFAULT_SETTINGS, { isVisible: (el) => !el.classList.contains('css-hidden') });
    await h.controller.start();
    const [request] = h.analyses() as { text: string }[];
    expect(request.text).toContain('Choïgou');
    expect(request.text).not.toContain('masqué par la feuille de style');
  });

  it('reads a hidden paragraph again once the page shows it (a class removed on an ancestor)', async () => {
    const hidden = document.createElement('p');
    hidden.textContent = '« Le paragraphe révélé plus tard compte aussi », a déclaré le porte-parole.';
    document.querySelector('main p')!.after(hidden);
    document.documentElement.classList.add('is-loading');
    const h = harness(DEFAULT_SETTINGS, { isVisible: (el) => !(el === hidden && document.documentElement.classList.contains('is-loading')) });
    await h.controller.start();
    expect((h.analyses()[0] as { text: string }).text).not.toContain('révélé plus tard');
    document.documentElement.classList.remove('is-loading');
    await vi.waitFor(() => expect(h.analyses().length).toBe(2), { timeout: 3000 });
    expect((h.analyses()[1] as { text: string }).text).toContain('révélé plus tard');
  });

  it('ignores attribute changes that show none of the hidden blocks (scroll classes, restyling)', async () => {
    const hidden = document.createElement('p');
    hidden.textContent = 'Un encart replié que la page ne montre jamais pendant ce test.';
    document.querySelector('main p')!.after(hidden);
    const h = harness(DEFAULT_SETTINGS, { isVisible: (el) => el !== hidden });
    await h.controller.start();
    for (let i = 0; i < 5; i++) {
      document.documentElement.classList.toggle('scrolled');
      document.querySelector('main p')!.setAttribute('style', `opacity: ${i / 5}`);
      await new Promise((done) => setTimeout(done, 60));
    }
    await new Promise((done) => setTimeout(done, 900));
    expect(h.analyses().length).toBe(1);
  });

  it('does not watch attributes when nothing in the article is hidden', async () => {
    const h = harness(DEFAULT_SETTINGS, { isVisible: () => true });
    await h.controller.start();
    document.documentElement.classList.toggle('scrolled');
    document.querySelector('main p')!.setAttribute('style', 'color: red');
    await new Promise((done) => setTimeout(done, 900));
    expect(h.analyses().length).toBe(1);
  });

  it('reports the time of each step of the run in its state', async () => {
    const h = harness(DEFAULT_SETTINGS, { startedAt: performance.now() });
    await h.controller.start();
    const { timings, status } = h.controller.snapshot();
    expect(status).toBe('ready');
    expect(timings.detectMs).toBeGreaterThan(0);
    expect(timings.collectMs).toBeGreaterThan(0);
    expect(timings.paintedAt).not.toBeNull();
    expect(timings.paintedAt!).toBeGreaterThanOrEqual(timings.runStartedAt);
    expect(timings.longestSliceMs).toBeGreaterThanOrEqual(Math.max(timings.detectMs, timings.paintMs));
  });
});
