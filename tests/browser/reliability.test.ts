// QuoteLens runs on every page a reader opens: it must never break one. Each hostile page
// (generated in tests/unit/robustness/hostile-pages.ts, served from memory) carries its own
// self-check script; after QuoteLens has run, the page's clicks and pointer listeners still
// work, nobody but the page changed its nodes (except our one documented UI host), its
// layout did not move, no CSP violation happened, and no uncaught error was reported
// (Chromium: DevTools Runtime/Log events of every world, including the content script's;
// Firefox: page errors and console errors over BiDi).
import { createHash, generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../utils/messages';
import type { RunTimings } from '../../utils/page/timings';
import {
  ARTICLE_PARAGRAPHS,
  EDITOR_MARKER,
  STRICT_CSP,
  hostilePages,
} from '../unit/robustness/hostile-pages';
import {
  BROWSERS,
  CHROME_BUILD,
  launchChromium,
  launchExtension,
  makeTempDir,
  removeDir,
  serveFixtures,
  sleep,
  type AnyPage,
  type ChromiumHandle,
  type ExtensionDriver,
  type FixtureServer,
} from './harness';

interface SelfCheck {
  clicks: number;
  pointermoves: number;
  foreignMutations: string[];
  cspViolations: string[];
  errors: string[];
  layoutShift: number;
  ownHighlight: number | null;
  quotelensHighlights: number | null;
}

interface Watched {
  page: AnyPage;
  /** Uncaught errors and console errors seen so far, from any world of the page. */
  errors: string[];
}

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures('tests/fixtures/pages', {
    pages: hostilePages(),
    headers: { '/hostile-strict-csp.html': { 'Content-Security-Policy': STRICT_CSP } },
  });
});
afterAll(async () => {
  await server?.close();
});


/** Firefox reports its HTML parser's own notices on hostile markup as page errors: not ours. */
const PARSER_NOTICES = /document tree is too deep|tree will be flattened/i;

/** Open `url` in a new tab with error listeners attached before the first byte. */
async function openWatched(ext: ExtensionDriver, url: string): Promise<Watched> {
  const errors: string[] = [];
  if (ext.chromium) {
    const page = await ext.chromium.newPage();
    const cdp: CDPSession = await ext.chromium.context.newCDPSession(page);
    cdp.on('Runtime.exceptionThrown', (e) => {
      const d = e.exceptionDetails;
      errors.push(`uncaught: ${d.exception?.description ?? d.text} @ ${d.url ?? ''}`.slice(0, 300));
    });
    cdp.on('Runtime.consoleAPICalled', (e) => {
      if (e.type === 'error' || e.type === 'assert') errors.push(`console.${e.type}: ${e.args.map((a) => a.value ?? a.description).join(' ')}`.slice(0, 300));
    });
    cdp.on('Log.entryAdded', (e) => {
      // Network noise for a missing favicon is the browser's, not ours.
      if (e.entry.level === 'error' && !/favicon\.ico/.test(e.entry.url ?? '')) errors.push(`log: ${e.entry.text} @ ${e.entry.url ?? ''}`.slice(0, 300));
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Log.enable');
    await page.goto(url, { timeout: 30_000 });
    return { page, errors };
  }
  const page = (await ext.firefox!.newPage()) as PuppeteerPage;
  page.on('pageerror', (e) => {
    if (!PARSER_NOTICES.test(String((e as Error)?.message ?? e))) errors.push(`uncaught: ${String((e as Error)?.message ?? e)}`.slice(0, 300));
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon\.ico/.test(m.text())) errors.push(`console.error: ${m.text()}`.slice(0, 300));
  });
  await page.goto(url, { timeout: 30_000, waitUntil: 'load' });
  return { page, errors };
}

const selfCheck = (ext: ExtensionDriver, page: AnyPage) => ext.evaluate(page, () => (window as any).__selfCheck() as SelfCheck);

/** The painted count matches the statements, and there is no stale or duplicate range. */
function expectConsistent(state: PageState) {
  expect(state.status).toBe('ready');
  expect(state.analysis).not.toBeNull();
  if (state.highlightsOn) expect(state.painted).toBe(state.analysis!.quotes.length);
}

/** The page still works: its own button and pointer listener fire, nothing foreign changed. */
async function expectPageHealthy(ext: ExtensionDriver, watched: Watched, { hasOwnHighlight = true } = {}) {
  const { page } = watched;
  const box = await ext.evaluate(page, () => {
    const p = document.querySelector('p');
    p?.scrollIntoView({ block: 'center' });
    const r = p?.getBoundingClientRect();
    return r ? { x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2 } : null;
  });
  if (box) {
    await page.mouse.move(box.x, box.y);
    await page.mouse.move(box.x + 20, box.y + 2);
  }
  await (page as PlaywrightPage).click('#page-button');
  await sleep(300);
  const report = await selfCheck(ext, page);
  expect(report.clicks, 'the page button still works').toBe(1);
  if (box) expect(report.pointermoves, "the page's own pointermove listener still fires").toBeGreaterThan(0);
  expect(report.foreignMutations, 'nodes changed by someone other than the page').toEqual([]);
  expect(report.cspViolations).toEqual([]);
  expect(report.errors).toEqual([]);
  expect(report.layoutShift, 'layout moved (px)').toBeLessThan(1);
  if (hasOwnHighlight && report.ownHighlight !== null) expect(report.ownHighlight, "the page's own CSS highlight survived").toBeGreaterThan(0);
  expect(watched.errors).toEqual([]);
}

/** Where a piece of text is on screen (centre of its first line), from the main world. */
function locate(ext: ExtensionDriver, page: AnyPage, needle: string) {
  return ext.evaluate(
    page,
    (text: string) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + text.length);
        (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0];
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      }
      return null;
    },
    needle,
  );
}

async function setSettings(ext: ExtensionDriver, settings: { highlights: boolean; paused: boolean; disabledSites: string[] }) {
  const options = await ext.openExtensionPage('options.html');
  await ext.evaluate(
    options,
    (value) => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.set({ settings: value }),
    settings,
  );
  await options.close();
}

describe.each(BROWSERS)('reliability in %s', (kind) => {
  let ext: ExtensionDriver;
  beforeAll(async () => {
    ext = await launchExtension(kind);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('annotates the plain article and leaves the page working (baseline for the hostile pages)', async () => {
    const w = await openWatched(ext, server.url('hostile-plain.html'));
    const state = await ext.waitForState(w.page, undefined, 30_000);
    expectConsistent(state);
    expect(state.analysis!.quotes.length).toBeGreaterThan(0);
    await expectPageHealthy(ext, w);
    await w.page.close();
  });

  it('handles a page of 50,000 nodes', async () => {
    const w = await openWatched(ext, server.url('big-50k-nodes.html'));
    const nodes = await ext.evaluate(w.page, () => {
      let count = 0;
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) count++;
      return count;
    });
    expect(nodes).toBeGreaterThanOrEqual(50_000);
    const state = await ext.waitForState(w.page, undefined, 60_000);
    expectConsistent(state);
    // The article, not the 10,000 comments under it.
    expect(state.analysis!.quotes.some((q) => /harbours empty/.test(q.text))).toBe(true);
    expect(state.analysis!.quotes.filter((q) => /I said this before/.test(q.text))).toEqual([]);
    await expectPageHealthy(ext, w);
    await w.page.close();
  });

  it('annotates a 1 MB article completely, without errors', async () => {
    const w = await openWatched(ext, server.url('big-1mb-article.html', { browser: kind }));
    const state = await ext.waitForState(w.page, undefined, 90_000);
    expectConsistent(state);
    expect(state.analysis!.quotes.length).toBeGreaterThan(100);
    expect(w.errors).toEqual([]);
    await w.page.close();
  }, 120_000);

  it.each([
    ['hostile-deep-nesting.html'],
    ['hostile-nested-tables.html'],
    ['hostile-frames.html'],
    ['hostile-shadow-dom.html'],
    ['hostile-invalid-markup.html'],
  ])('settles without breaking %s', async (file) => {
    const w = await openWatched(ext, server.url(file));
    const state = await ext.waitForState(w.page, undefined, 30_000);
    expect(['ready', 'not-article']).toContain(state.status);
    if (state.status === 'ready') expectConsistent(state);
    await expectPageHealthy(ext, w);
    await w.page.close();
  });

  it('settles on a frameset page without a body', async () => {
    const w = await openWatched(ext, server.url('hostile-frameset.html'));
    const state = await ext.waitForState(w.page, undefined, 30_000);
    expect(state.status).toBe('not-article');
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('never annotates a contenteditable editor, and typing in it still works', async () => {
    const w = await openWatched(ext, server.url('hostile-contenteditable.html'));
    const state = await ext.waitForState(w.page, undefined, 30_000);
    expectConsistent(state);
    expect(state.analysis!.quotes.filter((q) => q.text.includes(EDITOR_MARKER))).toEqual([]);
    const page = w.page as PlaywrightPage;
    await page.click('#editor');
    await page.keyboard.type(' typed by the reader');
    expect(await ext.evaluate(w.page, () => document.getElementById('editor')!.textContent)).toContain('typed by the reader');
    // The edit is the reader's, not a foreign change: consume it as the page's own.
    await ext.evaluate(w.page, () => (window as any).__pageMutate(() => undefined));
    await sleep(1500); // past any re-analysis debounce
    const after = await ext.getState(w.page);
    expect((after.analysis?.quotes ?? []).filter((q) => q.text.includes(EDITOR_MARKER) || q.text.includes('typed by'))).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('never annotates an article inside an editable region (CMS editor)', async () => {
    const w = await openWatched(ext, server.url('hostile-editable-article.html'));
    const state = await ext.waitForState(w.page, undefined, 30_000);
    expect((state.analysis?.quotes ?? []).filter((q) => q.text.includes(EDITOR_MARKER) || q.text.includes('harbours'))).toEqual([]);
    expect(state.painted).toBe(0);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });

  it('works under a strict Content-Security-Policy, hover card included, with no violation', async () => {
    const w = await openWatched(ext, server.url('hostile-strict-csp.html'));
    const state = await ext.waitForState(w.page, undefined, 30_000);
    expectConsistent(state);
    expect(state.painted).toBeGreaterThan(0);
    const target = state.analysis!.quotes[0];
    const point = await locate(ext, w.page, target.text.slice(0, 20));
    expect(point).not.toBeNull();
    await w.page.mouse.move(point!.x - 1, point!.y);
    await w.page.mouse.move(point!.x, point!.y);
    const withCard = await ext.waitForState(w.page, (s) => s.card !== null, 10_000);
    expect(withCard.card!.quoteId).toBe(target.id);
    await expectPageHealthy(ext, w);
    await w.page.close();
  });

  it("keeps working beside a page that defines its own Highlight and CSS.highlights, and never touches the page's entries", async () => {
    const w = await openWatched(ext, server.url('hostile-own-highlights.html'));
    const state = await ext.waitForState(w.page, undefined, 30_000);
    expectConsistent(state);
    expect(state.painted).toBeGreaterThan(0);
    await expectPageHealthy(ext, w);
    // Turning highlights off removes all of ours at once and none of the page's.
    await setSettings(ext, { highlights: false, paused: false, disabledSites: [] });
    try {
      const off = await ext.waitForState(w.page, (s) => s.painted === 0 && !s.highlightsOn, 10_000);
      expect(off.painted).toBe(0);
      const report = await selfCheck(ext, w.page);
      expect(report.quotelensHighlights, 'our highlight entries left behind').toBe(0);
      expect(report.ownHighlight).toBeGreaterThan(0);
    } finally {
      await setSettings(ext, { highlights: true, paused: false, disabledSites: [] });
    }
    await w.page.close();
  });

  it('shows markup that the page prints as text as text, in the hover card and the popup', async () => {
    const w = await openWatched(ext, server.url('hostile-markup-text.html'));
    const state = await ext.waitForState(w.page, undefined, 30_000);
    expectConsistent(state);
    expect(state.analysis!.quotes.length).toBeGreaterThan(0);
    const cards: string[] = [];
    for (const quote of state.analysis!.quotes) {
      const point = await locate(ext, w.page, quote.text.slice(0, 12));
      if (!point) continue;
      await w.page.mouse.move(point.x - 1, point.y);
      await w.page.mouse.move(point.x, point.y);
      const shown = await ext.waitForState(w.page, (s) => s.card?.quoteId === quote.id, 5_000).catch(() => null);
      if (shown?.card) cards.push(shown.card.lines.join(' | '));
    }
    expect(cards.length, 'hover cards shown').toBeGreaterThan(0);
    expect(await ext.evaluate(w.page, () => (window as any).__quotelensPwned ?? null)).toBeNull();

    if (ext.chromium) await (w.page as PlaywrightPage).bringToFront();
    const popup = await ext.openExtensionPage(`popup.html?tab=${await ext.tabIdOf(w.page)}`, 'main.popup');
    await ext.waitFor(popup, () => {
      const value = (document.querySelector('main.popup') as HTMLElement | null)?.dataset.popupState;
      return value && value !== 'loading' ? value : null;
    });
    const view = await ext.evaluate(popup, () => ({
      pwned: (window as any).__quotelensPwned ?? null,
      injected: Array.from(document.querySelectorAll('img[onerror], svg[onload], script:not([src]), iframe')).map((el) => el.outerHTML.slice(0, 80)),
      text: document.body.textContent ?? '',
    }));
    await popup.close();
    expect(view.pwned).toBeNull();
    expect(view.injected).toEqual([]);
    // Names that carry markup characters appear in the popup as those characters.
    for (const speaker of state.analysis!.speakers.filter((s) => /[<>]/.test(s.name))) expect(view.text).toContain(speaker.name);
    await expectPageHealthy(ext, w);
    await w.page.close();
  });

  it('drops the ranges of nodes the page removes or rewrites, and re-annotates', async () => {
    const w = await openWatched(ext, server.url('hostile-mutating.html'));
    const before = await ext.waitForState(w.page, undefined, 30_000);
    expectConsistent(before);
    expect(before.analysis!.quotes.some((q) => q.text.includes('harbours empty'))).toBe(true);
    await ext.evaluate(w.page, () => (window as any).__mutateArticle());
    const after = await ext.waitForState(
      w.page,
      (s) => s.status === 'ready' && !!s.analysis && !s.analysis.quotes.some((q) => q.text.includes('harbours empty')),
      15_000,
    );
    expectConsistent(after);
    await expectPageHealthy(ext, w);
    await w.page.close();
  });

  it('follows 20 SPA navigations in a row without duplicates or stale ranges', async () => {
    const w = await openWatched(ext, server.url('hostile-spa.html'));
    await ext.waitForState(w.page, undefined, 30_000);
    for (let i = 1; i <= 20; i++) {
      await ext.evaluate(w.page, (n: number) => (window as any).__navigate(n), i);
      await sleep(i % 5 === 0 ? 600 : 80); // bursts, then pauses long enough to settle
    }
    // Story 20 quotes its minister as speakers[20 % 4] = "Anna Kovacs".
    const last = await ext.waitForState(
      w.page,
      (s) => s.status === 'ready' && !!s.meta?.url.includes('story=20') && !!s.analysis?.quotes.length,
      20_000,
    );
    expectConsistent(last);
    expect(last.analysis!.speakers.some((s) => /Kovacs/.test(s.name))).toBe(true);
    expect(last.analysis!.speakers.some((s) => /Lindqvist|Rossi|Haddad|Li Wei/.test(s.name))).toBe(false);
    const ids = last.analysis!.quotes.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Four paragraphs per story: never more statements than one story holds.
    expect(last.analysis!.quotes.length).toBeLessThanOrEqual(ARTICLE_PARAGRAPHS.length * 2);
    const report = await selfCheck(ext, w.page);
    expect(report.quotelensHighlights ?? 0).toBeLessThanOrEqual(64);
    expect(w.errors).toEqual([]);
    await w.page.close();
  });
});

// Long tasks: Chromium only (Firefox has no 'longtask' entries). The 1 MB article is
// loaded with the extension and with the extension paused (same browser, same page, so the
// page's own parse and layout tasks are in both runs); QuoteLens's share is what the
// annotated run adds.
describe('long tasks on a 1 MB article (chromium)', () => {
  let ext: ExtensionDriver;
  beforeAll(async () => {
    ext = await launchExtension('chromium');
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function longTasks(query: Record<string, string>, accept: (s: PageState) => boolean) {
    const page = await ext.chromium!.newPage();
    // Plain JS text (a bundled function may carry helpers the page lacks). __flush() takes the
    // entries the observer has not delivered yet: its callback may lag behind a busy page.
    await page.addInitScript({
      content: `(() => {
        const tasks = (window.__longtasks = []);
        const keep = (entries) => { for (const e of entries) tasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) }); };
        const observer = new PerformanceObserver((list) => keep(list.getEntries()));
        observer.observe({ type: 'longtask', buffered: true });
        window.__flushLongtasks = () => { keep(observer.takeRecords()); return tasks; };
      })();`,
    });
    await page.goto(server.url('big-1mb-article.html', query), { timeout: 60_000 });
    const state = await ext.waitForState(page, accept, 90_000);
    await sleep(1500); // let trailing paint work land
    const tasks = await page.evaluate(() => {
      const dcl = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd;
      return ((window as any).__flushLongtasks() as { start: number; duration: number }[]).filter((t) => t.start >= dcl);
    });
    // Control: the observer does see a task we know is long (so 0 means 0, not "not observing").
    const control = await page.evaluate(async () => {
      // A task of the page's own event loop (a DevTools evaluate is not one).
      setTimeout(() => {
        const t0 = performance.now();
        while (performance.now() - t0 < 80) {
          /* busy on purpose */
        }
      }, 0);
      await new Promise((r) => setTimeout(r, 300));
      return Math.max(0, ...((window as any).__flushLongtasks() as { duration: number }[]).map((t) => t.duration));
    });
    expect(control, 'the long-task observer works').toBeGreaterThanOrEqual(80);
    await page.close();
    return { state, tasks };
  }

  it('adds no long task of 50 ms or more', async () => {
    // What is ours is known exactly from the content script's own timings: every
    // synchronous slice of its run (gate, detection, each collection slice, the request's
    // copy, each mapping slice with the painting) is timed, and the longest is reported.
    // The browser's long-task entries cannot tell whose task it was (this page's own first
    // layout takes 100-200 ms with or without QuoteLens), so they are compared with a
    // paused run and printed, not asserted: machine load moves them at random.
    const RUNS = 3;
    const longest = (tasks: { duration: number }[]) => Math.max(0, ...tasks.map((t) => t.duration));
    const paused: number[] = [];
    const annotated: number[] = [];
    const slices: number[] = [];
    const details: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      await setSettings(ext, { highlights: true, paused: true, disabledSites: [] });
      const base = await longTasks({ run: `paused-${i}` }, (s) => s.status === 'paused');
      paused.push(longest(base.tasks));
      await setSettings(ext, { highlights: true, paused: false, disabledSites: [] });
      const run = await longTasks({ run: `annotated-${i}` }, (s) => s.status === 'ready' || s.status === 'error');
      expectConsistent(run.state);
      const t = (run.state as PageState & { timings: RunTimings }).timings;
      // The timings are real: a 1 MB article took measurable work, and its collection was split.
      expect(t.detectMs).toBeGreaterThan(0);
      // A collection long enough to matter is split into several tasks (on a fast run the
      // whole 1 MB article may be read within one slice budget, which is fine).
      if (t.collectMs > 20) expect(t.collectSlices, `the 1 MB article's collection (${t.collectMs.toFixed(1)} ms) is split into several tasks`).toBeGreaterThan(1);
      expect(t.longestSliceMs).toBeGreaterThanOrEqual(Math.max(t.gateMs, t.detectMs, t.sendMs, t.paintMs));
      slices.push(t.longestSliceMs);
      annotated.push(longest(run.tasks));
      details.push(
        `${run.state.painted} painted; ours: longest slice ${t.longestSliceMs.toFixed(1)} ms (gate ${t.gateMs.toFixed(1)}, detect ${t.detectMs.toFixed(1)}, ` +
          `collect ${t.collectMs.toFixed(1)} in ${t.collectSlices}, send ${t.sendMs.toFixed(1)}, map ${t.mapMs.toFixed(1)}, paint ${t.paintMs.toFixed(1)}); ` +
          `browser long tasks ${JSON.stringify(run.tasks.map((x) => x.duration))}`,
      );
    }
    const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    console.log(
      `[long tasks, 1 MB article] QuoteLens's longest synchronous slice per run: ${JSON.stringify(slices.map((x) => Math.round(x)))} ms; ` +
        `browser long tasks after DOMContentLoaded, longest per run — paused: ${JSON.stringify(paused)} ms, annotated: ${JSON.stringify(annotated)} ms\n  ${details.join('\n  ')}`,
    );
    // Median of three: a run on a loaded machine stretches one slice at random.
    expect(middle(slices), `QuoteLens's longest task (median of ${RUNS}): ${details.join('; ')}`).toBeLessThan(50);
  }, 480_000);
});

// Another installed extension (Chromium loads it beside QuoteLens) tries to drive us: its
// messages to our id and to the tab must find no listener that answers them.
describe('messages from another extension (chromium)', () => {
  const otherDir = makeTempDir('other-extension');
  let chrome: ChromiumHandle | null = null;
  afterAll(async () => {
    await chrome?.close();
    removeDir(otherDir);
  });

  it('get no answer, and change nothing in the page', async () => {
    // A fixed key gives the other extension a predictable id.
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const der = publicKey.export({ type: 'spki', format: 'der' });
    const otherId = [...createHash('sha256').update(der).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
    writeFileSync(
      join(otherDir, 'manifest.json'),
      JSON.stringify({ manifest_version: 3, name: 'Other', version: '1.0', key: der.toString('base64'), permissions: ['tabs'] }),
    );
    writeFileSync(join(otherDir, 'page.html'), '<!doctype html><title>other</title><p>other</p>');
    chrome = await launchChromium({ args: [`--disable-extensions-except=${CHROME_BUILD},${otherDir}`, `--load-extension=${CHROME_BUILD},${otherDir}`] });
    expect(chrome.extensionId).not.toBe(otherId);

    const page = await chrome.newPage();
    await page.goto(server.url('hostile-plain.html', { other: '1' }));
    const before = await chrome.waitForState(page, undefined, 30_000);
    const tabId = await chrome.tabIdOf(page);

    const other = await chrome.context.newPage();
    await other.goto(`chrome-extension://${otherId}/page.html`);
    const results = await other.evaluate(
      async ({ quotelensId, tabId }) => {
        const api = (globalThis as any).chrome;
        const attempt = (p: Promise<unknown>) => p.then((value) => ({ answered: value !== undefined, value }), (error) => ({ answered: false, error: String(error?.message ?? error) }));
        return {
          analyze: await attempt(api.runtime.sendMessage(quotelensId, { type: 'analyze', text: '“Yes,” he said.', lang: 'en', title: null })),
          badge: await attempt(api.runtime.sendMessage(quotelensId, { type: 'badge', count: 666 })),
          getState: await attempt(api.tabs.sendMessage(tabId, { type: 'get-state' })),
          filter: await attempt(api.tabs.sendMessage(tabId, { type: 'filter-speaker', speakerId: 'nobody' })),
        };
      },
      { quotelensId: chrome.extensionId, tabId },
    );
    for (const [name, result] of Object.entries(results)) expect(result.answered, `${name}: ${JSON.stringify(result)}`).toBe(false);
    const after = await chrome.getState(page);
    expect(after.filterSpeakerId).toBe(before.filterSpeakerId);
    expect(after.painted).toBe(before.painted);
    await other.close();
    await page.close();
  }, 120_000);
});
