// The popup in real browsers (Chromium MV3, Firefox ESR MV2), against the content script of a
// real tab: every state it can show, the seed article's speakers in order, and a click on a
// speaker scrolling the page to one of their statements. The popup is opened as an ordinary
// page, in a window of its own, naming the tab it describes (`popup.html?tab=<id>`); in
// Chromium the "active tab" route that a real toolbar popup takes is checked too
// (bringToFront, no query). "Analysing" and "error" come from faults injected into the
// background's realm from the test side (ext.inBackground); the shipped build has no hook.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PageState } from '../../utils/messages';
import { BROWSERS, launchExtension, pollFor, serveFixtures, type AnyPage, type ExtensionDriver, type FixtureServer } from './harness';

const SEED = 'seed-choigou.html';
const SEED_SPEAKERS = [
  ['Sergueï Choïgou', '7'],
  ['David Barnea', '3'],
  ['Moscou', '2'],
  ['Hossein Amir-Abdollahian', '1'],
];

// A shop's listing page: links, prices, no article body.
const NOT_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Garden tools – Hedgerow Supplies</title></head>
<body><header><a href="/">Hedgerow Supplies</a> <nav><a href="/tools">Tools</a> <a href="/seeds">Seeds</a> <a href="/cart">Cart (0)</a></nav></header>
<main><h1>Garden tools</h1><ul>
<li><a href="/p/1">Ash-handled spade</a> £34.00 <button>Add to cart</button></li>
<li><a href="/p/2">Bypass secateurs</a> £18.50 <button>Add to cart</button></li>
<li><a href="/p/3">Galvanised watering can, 9 l</a> £22.00 <button>Add to cart</button></li>
<li><a href="/p/4">Border fork</a> £29.00 <button>Add to cart</button></li></ul></main>
<footer>Free delivery over £50. Returns within 30 days.</footer></body></html>`;

// An article that reports facts and attributes nothing to anyone: the "no statement" state.
const QUIET_PARAGRAPHS = [
  'The first frost of the season settled over the valley on Tuesday night, three weeks earlier than the average of the past decade. Temperatures fell to minus four degrees at the weather station above the reservoir, and the lower meadows stayed white until mid-morning.',
  'Orchards on the southern slope had already finished their harvest, so most of the fruit was safe in the cold stores. The late pears on the river terraces were the exception: growers covered the rows with fleece on Monday afternoon and lit small burners between the trees before dusk.',
  'The frost also closed the upper road for several hours. Gritting lorries left the depot at five in the morning and reached the pass shortly after seven, when the first buses were allowed through. The school timetable ran one hour late across the district.',
  'Records kept at the reservoir station since 1952 show a slow drift in the date of the first frost, from early October in the 1960s to the first week of November in recent years. This autumn breaks that pattern, at least for now, and the forecast for the coming week shows clear nights and light winds.',
  'Beekeepers moved their last hives to sheltered ground at the edge of the beech wood. The municipal nursery brought its young olive trees indoors, and the market on Saturday will open an hour later than usual to let the square thaw.',
];
const QUIET_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Early frost closes the valley road and hurries the pear harvest – Valley Courier</title>
<meta property="og:type" content="article"><meta property="og:title" content="Early frost closes the valley road and hurries the pear harvest">
<meta property="article:published_time" content="2026-11-24T08:00:00+00:00"></head>
<body><header><a href="/">Valley Courier</a></header><main><article>
<h1>Early frost closes the valley road and hurries the pear harvest</h1>
<p class="byline">By Ines Marlow · 24 November 2026</p>
${QUIET_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</article></main><footer>© Valley Courier</footer></body></html>`;

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** What the popup shows, read from its own document (an extension page, not the site). */
interface PopupView {
  state: string;
  speakers: string[][];
  text: string;
}

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures('tests/fixtures/pages', { pages: { '/shop.html': NOT_ARTICLE, '/frost.html': QUIET_ARTICLE } });
});
afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('popup in %s', (kind) => {
  let ext: ExtensionDriver;
  /** An extension page kept open to reset the stored settings between tests. */
  let control: AnyPage;
  beforeAll(async () => {
    ext = await launchExtension(kind);
    control = await ext.openExtensionPage('options.html', 'body');
  });
  afterAll(async () => {
    await ext?.close();
  });
  // A test that fails half-way (paused, site off) must not leave the next one paused.
  beforeEach(async () => {
    await ext.evaluate(control, () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.storage.local.set({ settings: { highlights: true, paused: false, disabledSites: [] } });
    });
  });

  let pageCounter = 0;
  /** A fixture page in its own tab, with a unique URL so that tabIdOf can find it. */
  async function openFixture(path: string): Promise<AnyPage> {
    const page = await ext.openPage(server.url(path, { t: String(++pageCounter) }));
    await ext.waitForState(page);
    return page;
  }

  /**
   * The popup for `page`, in a window of its own: like a toolbar popup it must not hide the
   * tab it describes (Firefox hides a tab that another tab covers, and the content script
   * defers its work in hidden tabs, so Retry would wait for the reader to come back).
   */
  async function openPopupFor(page: AnyPage): Promise<AnyPage> {
    return openPopupForTab(await ext.tabIdOf(page));
  }

  function openPopupForTab(tabId: number): Promise<AnyPage> {
    return ext.openExtensionPage(`popup.html?tab=${tabId}`, 'main.popup', { ownWindow: true });
  }

  /** Wait until the popup shows a state that `accept` takes ("loading"/"analysing" never count). */
  function popupView(popup: AnyPage, accept: (state: string) => boolean = () => true): Promise<PopupView> {
    return pollFor(
      () =>
        ext.evaluate(popup, () => {
          const main = document.querySelector('main.popup') as HTMLElement | null;
          return {
            state: main?.dataset.popupState ?? '',
            speakers: [...document.querySelectorAll('.speaker')].map((li) => [
              li.querySelector('.speaker__name')?.textContent ?? '',
              li.querySelector('.speaker__count')?.textContent ?? '',
            ]),
            text: main?.textContent ?? '',
          };
        }),
      (view) => !!view.state && view.state !== 'loading' && view.state !== 'analysing' && accept(view.state),
      { timeout: 20_000, interval: 100, what: 'the popup to settle' },
    );
  }

  /** Click a control the reader can see in the popup, found by its accessible label or visible text. */
  async function clickInPopup(popup: AnyPage, label: string): Promise<void> {
    const clicked = await ext.evaluate(
      popup,
      (wanted: string) => {
        // Controls in a hidden tab panel do not count: the reader must open the tab first.
        const controls = [...document.querySelectorAll<HTMLElement>('button, label')].filter((el) => el.getClientRects().length > 0);
        const target = controls.find((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() === wanted);
        target?.click();
        return !!target;
      },
      label,
    );
    if (!clicked) throw new Error(`no control labelled ${JSON.stringify(label)} in the popup`);
  }

  /** Select a tab of the ready popup with a click, and wait until its panel shows. */
  async function openTab(popup: AnyPage, id: string): Promise<void> {
    await ext.evaluate(popup, (tab: string) => (document.querySelector(`[role="tab"][data-tab="${tab}"]`) as HTMLElement).click(), id);
    await ext.waitFor(popup, (tab: string) => document.getElementById(`panel-${tab}`)?.getClientRects().length, id);
  }

  it('lists the seed article speakers most quoted first, with their counts', async () => {
    const page = await openFixture(SEED);
    const popup = await openPopupFor(page);
    const view = await popupView(popup);
    expect(view.state).toBe('ready');
    expect(view.speakers).toEqual(SEED_SPEAKERS);
    await popup.close();
    await page.close();
  });

  it('fits the seed article in the 600 px of a toolbar popup, other views one tab (or arrow key) away', async () => {
    const page = await openFixture(SEED);
    const popup = await openPopupFor(page);
    await popupView(popup, (s) => s === 'ready');
    /** The popup's height, and whether the visible tab panel holds its content without scrolling. */
    const layout = () =>
      ext.evaluate(popup, () => {
        const main = document.querySelector('main.popup')!;
        const panel = [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]')].find((p) => p.getClientRects().length > 0)!;
        return {
          height: main.getBoundingClientRect().height,
          width: main.getBoundingClientRect().width,
          tab: panel.id,
          scrolls: panel.scrollHeight > panel.clientHeight + 1,
          text: panel.textContent ?? '',
        };
      });
    const first = await layout();
    expect(first).toMatchObject({ tab: 'panel-speakers', scrolls: false });
    expect(first.height).toBeLessThanOrEqual(600);
    expect(first.width).toBeLessThanOrEqual(360);
    // The totals are in the header, whatever the tab.
    const summary = await ext.evaluate(popup, () => document.querySelector('.summary')?.textContent ?? '');
    expect(summary).toMatch(/^\d+ statements/);
    expect(summary).toMatch(/\d+ named/);
    expect(summary).toMatch(/\d+ anonymous/);

    // A selected speaker grows (steps, whole role), and the popup still holds the list.
    await clickInPopup(popup, 'David Barnea: show in the page');
    await ext.waitFor(popup, () => document.querySelector('.steps__position')?.textContent || null);
    const selected = await layout();
    expect(selected.scrolls).toBe(false);
    expect(selected.height).toBeLessThanOrEqual(600);

    // Keyboard: real key presses on the tab list move and select.
    const keys = popup as unknown as { focus(selector: string): Promise<void>; keyboard: { press(key: string): Promise<void> } };
    await keys.focus('[role="tab"][aria-selected="true"]');
    await keys.keyboard.press('ArrowRight');
    const balance = await ext.waitFor(popup, () => {
      const tab = document.activeElement as HTMLElement | null;
      return tab?.getAttribute('role') === 'tab' && tab.getAttribute('aria-selected') === 'true' ? tab.dataset.tab : null;
    });
    expect(balance).toBe('balance');
    const balanceView = await layout();
    expect(balanceView.tab).toBe('panel-balance');
    expect(balanceView.text).toContain('Balance of voices');
    expect(balanceView.text).toContain('Russia');
    expect(balanceView.height).toBeLessThanOrEqual(600);
    await keys.keyboard.press('End');
    const settings = await ext.waitFor(popup, () => (document.activeElement as HTMLElement | null)?.dataset.tab ?? null);
    expect(settings).toBe('settings');
    expect((await layout()).text).toContain('Pause everywhere');
    await keys.keyboard.press('ArrowLeft');
    await ext.waitFor(popup, () => (document.activeElement as HTMLElement | null)?.dataset.tab === 'export');
    expect((await layout()).text).toContain('Copy Markdown');
    await popup.close();
    await page.close();
  });

  it('scrolls the page to a statement of the speaker clicked, then steps to the next', async () => {
    const page = await openFixture(SEED);
    const state = await ext.getState(page);
    const popup = await openPopupFor(page);
    await popupView(popup, (s) => s === 'ready');
    // Start at the bottom so that reaching the first statement must scroll up.
    await ext.evaluate(page, () => window.scrollTo(0, document.documentElement.scrollHeight));
    const bottom = await ext.evaluate(page, () => window.scrollY);
    expect(bottom).toBeGreaterThan(0);

    const speaker = state.analysis!.speakers[0];
    const theirs = new Set(state.analysis!.quotes.filter((q) => q.speakerId === speaker.id).map((q) => q.id));
    await clickInPopup(popup, `${speaker.name}: show in the page`);
    const focused = await ext.waitForState(page, (s: PageState) => !!s.focusedQuoteId && theirs.has(s.focusedQuoteId), 10_000);
    const quote = state.analysis!.quotes.find((q) => q.id === focused.focusedQuoteId)!;

    // The page scrolled, and the statement's first words are now inside the viewport.
    const placement = await ext.waitFor(
      page,
      (prefix: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.nodeValue!.indexOf(prefix);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + prefix.length);
          const rect = range.getBoundingClientRect();
          const inView = rect.bottom > 0 && rect.top < window.innerHeight;
          return inView ? { scrollY: window.scrollY, top: rect.top } : null;
        }
        return null;
      },
      quote.text.slice(0, 12),
      10_000,
    );
    expect(placement.scrollY).not.toBe(bottom);

    await clickInPopup(popup, `Next statement by ${speaker.name}`);
    const next = await ext.waitForState(page, (s: PageState) => !!s.focusedQuoteId && s.focusedQuoteId !== focused.focusedQuoteId, 10_000);
    expect(theirs.has(next.focusedQuoteId!)).toBe(true);
    const position = await ext.waitFor(popup, () => document.querySelector('.steps__position')?.textContent || null);
    expect(position).toBe(`Statement 2 of ${speaker.count}`);
    await popup.close();
    await page.close();
  });

  it('says when the page is not an article', async () => {
    const page = await openFixture('shop.html');
    const popup = await openPopupFor(page);
    const view = await popupView(popup);
    expect(view.state).toBe('not-article');
    expect(view.text).toContain("This page doesn't look like an article");
    await popup.close();
    await page.close();
  });

  it('says when an article attributes no statement to anyone', async () => {
    const page = await openFixture('frost.html');
    const popup = await openPopupFor(page);
    const view = await popupView(popup);
    expect(view.state).toBe('empty');
    expect(view.text).toContain('No attributed statement');
    expect(view.text).toContain('Early frost closes the valley road');
    await popup.close();
    await page.close();
  });

  it('turns QuoteLens off on the site and back on', async () => {
    const page = await openFixture(SEED);
    const popup = await openPopupFor(page);
    await popupView(popup);
    const host = new URL(server.origin).hostname;
    await openTab(popup, 'settings');
    await clickInPopup(popup, `Off on ${host}`);
    const off = await popupView(popup, (s) => s === 'off-site');
    expect(off.text).toContain(`QuoteLens is off on ${host}`);
    // The tab itself stops too, not just the popup's picture of it.
    await ext.waitForState(page, (s: PageState) => s.status === 'off-site', 10_000);
    await clickInPopup(popup, 'Turn on for this site');
    const on = await popupView(popup, (s) => s !== 'off-site');
    expect(['ready', 'empty', 'not-article']).toContain(on.state);
    await ext.waitForState(page, (s: PageState) => s.status !== 'off-site' && s.status !== 'analysing' && s.status !== 'starting', 10_000);
    await popup.close();
    await page.close();
  });

  it('pauses everywhere and resumes', async () => {
    const page = await openFixture(SEED);
    const popup = await openPopupFor(page);
    await popupView(popup);
    await openTab(popup, 'settings');
    await clickInPopup(popup, 'Pause everywhere');
    const paused = await popupView(popup, (s) => s === 'paused');
    expect(paused.text).toContain('QuoteLens is paused');
    await ext.waitForState(page, (s: PageState) => s.status === 'paused', 10_000);
    await clickInPopup(popup, 'Resume everywhere');
    await popupView(popup, (s) => s !== 'paused');
    await ext.waitForState(page, (s: PageState) => s.status !== 'paused' && s.status !== 'analysing' && s.status !== 'starting', 10_000);
    await popup.close();
    await page.close();
  });

  it('says when it cannot run in the tab (a browser page without content script)', async () => {
    const page = await ext.openPage('about:blank#quotelens-unsupported');
    const popup = await openPopupFor(page);
    const view = await popupView(popup);
    expect(view.state).toBe('unsupported');
    expect(view.text).toContain("QuoteLens can't run on this page");
    await popup.close();
    await page.close();
  });

  // Faults are injected from the test side into the background's realm (ext.inBackground):
  // the MV3 service worker in Chromium, the MV2 background page in Firefox. The shipped
  // extension carries no test hook.

  /** Chromium: the first article-sized string operation in the worker busy-waits `ms`. */
  const holdTheEngine = (bg: typeof globalThis, ms: number) => {
    const proto = bg.String.prototype as any;
    const names = ['match', 'matchAll', 'split', 'replace', 'replaceAll', 'normalize', 'slice', 'indexOf', 'toLowerCase', 'search'];
    const saved = Object.fromEntries(names.map((name) => [name, proto[name]]));
    const restore = () => Object.entries(saved).forEach(([name, original]) => (proto[name] = original));
    for (const name of names) {
      proto[name] = function (this: string, ...args: unknown[]) {
        if (this.length > 1000) {
          restore();
          const until = Date.now() + ms;
          while (Date.now() < until) {
            // hold the engine
          }
        }
        return (saved[name] as Function).apply(this, args);
      };
    }
  };

  /**
   * Firefox: the next analyze answer leaves the background `ms` late. The background page
   * shares the extension process's main thread with the popup, so a busy engine would freeze
   * the popup too; instead the answer (the background sends it from Promise.resolve(response)) is
   * held on a timer while both stay responsive. `__quotelensHeld` tells the test it happened.
   */
  const holdTheAnswer = (bg: typeof globalThis, ms: number) => {
    const BgPromise = bg.Promise as any;
    const resolve = BgPromise.resolve;
    (bg as any).__quotelensHeld = false;
    BgPromise.resolve = function (this: unknown, value: unknown) {
      if (!value || typeof value !== 'object' || !('ok' in value)) return resolve.call(this, value);
      BgPromise.resolve = resolve;
      (bg as any).__quotelensHeld = true;
      return new BgPromise((done: (v: unknown) => void) => bg.setTimeout(() => done(value), ms));
    };
  };

  it('shows "analysing" while the engine works, then the result without a click', async () => {
    if (kind === 'chromium') await ext.inBackground(holdTheEngine, 3000);
    else await ext.inBackground(holdTheAnswer, 3000);
    // In Chromium the harness talks to tabs through the worker, which is now busy: learn the
    // tab id first, then navigate that tab and let the popup (which talks to the tab
    // directly) follow it on its own.
    const page = await ext.openPage(`about:blank#analysing-${++pageCounter}`);
    const tabId = await ext.tabIdOf(page);
    const url = server.url(SEED, { t: String(++pageCounter) });
    if (kind === 'chromium') await (page as import('playwright-core').Page).goto(url, { waitUntil: 'commit' });
    else {
      await (page as import('puppeteer-core').Page).goto(url, { waitUntil: 'domcontentloaded' });
      // The background stays responsive here: the tab itself says it waits for the answer.
      await ext.waitForState(page, (s: PageState) => s.status === 'analysing', 3000);
    }
    const popup = await openPopupForTab(tabId);
    const seen = new Map<string, string>();
    const done = await pollFor(
      () =>
        ext.evaluate(popup, () => {
          const main = document.querySelector('main.popup') as HTMLElement | null;
          return { state: main?.dataset.popupState ?? '', text: main?.textContent ?? '' };
        }),
      (view) => (seen.set(view.state, view.text), view.state !== '' && view.state !== 'loading' && view.state !== 'analysing'),
      { timeout: 20_000, interval: 50, what: 'the popup to leave "analysing"' },
    );
    expect([...seen.keys()]).toContain('analysing');
    expect(seen.get('analysing')).toContain('Reading the article');
    expect(done.state).toBe('ready');
    if (kind === 'firefox') expect(await ext.inBackground((bg) => (bg as any).__quotelensHeld as boolean)).toBe(true);
    const view = await popupView(popup);
    expect(view.speakers).toEqual(SEED_SPEAKERS);
    await popup.close();
    await page.close();
  });

  it('shows an analysis error with its detail, and Retry recovers', async () => {
    // String methods throw on article-sized text, which only the engine handles, so
    // analyze() fails and the tab reports an error.
    await ext.inBackground((bg) => {
      const proto = bg.String.prototype as any;
      const saved: Record<string, unknown> = {};
      for (const name of ['match', 'matchAll', 'split', 'replace', 'replaceAll', 'normalize', 'slice', 'indexOf', 'toLowerCase', 'search']) {
        const original = proto[name];
        saved[name] = original;
        proto[name] = function (this: string, ...args: unknown[]) {
          if (this.length > 1000) throw new bg.Error('injected engine failure');
          return original.apply(this, args);
        };
      }
      (bg as any).__quotelensSavedStringMethods = saved;
    });
    let page: AnyPage | null = null;
    try {
      page = await openFixture(SEED);
      expect((await ext.getState(page)).status).toBe('error');
    } finally {
      await ext.inBackground((bg) => {
        const saved = (bg as any).__quotelensSavedStringMethods as Record<string, unknown>;
        for (const [name, original] of Object.entries(saved ?? {})) (bg.String.prototype as any)[name] = original;
        delete (bg as any).__quotelensSavedStringMethods;
      });
    }
    const popup = await openPopupFor(page);
    const failed = await popupView(popup);
    expect(failed.state).toBe('error');
    expect(failed.text).toContain('The analysis failed');
    expect(failed.text).toContain('injected engine failure');
    await clickInPopup(popup, 'Retry');
    const recovered = await popupView(popup, (s) => s !== 'error');
    expect(recovered.state).toBe('ready');
    expect(recovered.speakers).toEqual(SEED_SPEAKERS);
    await popup.close();
    await page.close();
  });

  if (kind === 'chromium') {
    it('exports: copies Markdown and downloads CSV and JSON built in the popup', async () => {
      const page = await openFixture(SEED);
      const popup = (await openPopupFor(page)) as import('playwright-core').Page;
      await popupView(popup, (s) => s === 'ready');
      // Keep a copy of what reaches the clipboard API (reading the clipboard back needs a
      // permission Chromium will not grant to extension origins from the test side).
      await ext.evaluate(popup, () => {
        const clipboard = navigator.clipboard;
        const write = clipboard.writeText.bind(clipboard);
        (window as any).__copied = null;
        clipboard.writeText = (text: string) => (((window as any).__copied = text), write(text));
      });
      await popup.getByRole('tab', { name: 'Export' }).click();
      await popup.getByRole('button', { name: 'Copy Markdown' }).click();
      const markdown = await ext.waitFor(popup, () => (window as any).__copied as string | null);
      const notice = await ext.waitFor(popup, () => document.querySelector('.notice')?.textContent || null);
      expect(notice).toBe('Analysis copied as Markdown');
      expect(markdown).toMatch(/^# QuoteLens analysis: Sergueï Choïgou a souligné/);
      expect(markdown).toMatch(/^\| Sergueï Choïgou \|/m);

      const csvDownload = popup.waitForEvent('download');
      await popup.getByRole('button', { name: 'Download CSV' }).click();
      const csv = await csvDownload;
      expect(csv.suggestedFilename()).toMatch(/^quotelens-sergueï-choïgou.*\.csv$/);
      const csvText = (await readStream(await csv.createReadStream())).replace(/^\uFEFF/, '');
      expect(csvText.split('\r\n')[0]).toBe('quote_id,speaker,speaker_kind,speaker_role,speaker_country,quote_kind,verb,verb_tone,via,text,start,end');
      expect(csvText).toContain('Sergueï Choïgou');

      const jsonDownload = popup.waitForEvent('download');
      await popup.getByRole('button', { name: 'Download JSON' }).click();
      const json = JSON.parse(await readStream(await (await jsonDownload).createReadStream()));
      const state = await ext.getState(page);
      expect(json.analysis).toEqual(state.analysis);
      await popup.close();
      await page.close();
    });

    it('describes the active tab when opened without ?tab= (the toolbar route)', async () => {
      const chrome = ext.chromium!;
      const page = (await openFixture(SEED)) as import('playwright-core').Page;
      const popup = await chrome.newPage();
      await page.bringToFront();
      await popup.goto(chrome.popupUrl());
      const view = await popupView(popup);
      // Same picture as the popup that names the tab; the seed title once the page is read.
      const named = await popupView(await openPopupFor(page));
      expect(view.state).not.toBe('unsupported');
      expect(view.state).toBe(named.state);
      if (view.state === 'ready') expect(view.text).toContain('Sergueï Choïgou a souligné');
      await popup.close();
      await page.close();
    });
  }
});
