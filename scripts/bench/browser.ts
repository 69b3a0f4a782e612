/**
 * `npm run bench` (browser part): QuoteLens in real Chromium with the built extension.
 *
 *  - Article fixtures (tests/fixtures/pages + a generated 1 MB article), side by side with
 *    Mozilla Readability's `new Readability(document.cloneNode(true)).parse()` timed in the
 *    same page of the same browser (warm: its first two parses are dropped):
 *      (a) main thread: the sum of QuoteLens's synchronous steps in the page (detect +
 *          collect + copying the request + mapping + painting), from the content script's
 *          own timings (get-state). This is the like-for-like comparison with Readability,
 *          which also only reads the page on the main thread.
 *      (b) wall clock from DOMContentLoaded to highlights painted, measured in the page
 *          itself (a requestAnimationFrame watcher in the main world records when the
 *          document's highlight registry last changed its `quotelens-*` ranges). This adds
 *          waiting: the browser injecting the script, the messages and the analysis.
 *      (c) the analysis in the background worker: the engine's own time, and the request's
 *          wall time seen from the page (messages included).
 *    Medians over runs, and ratios ours / Readability.
 *  - The same table for the article fixtures "dressed" in news-site furniture (scripts/bench/dress.ts)
 *    at realistic page weights (1,500 and 3,000 elements; BENCH_WEIGHTS=3000 picks others),
 *    since Readability's cost grows with the whole page while ours is mostly fixed. Each row
 *    also gives the page's own floor: DOMContentLoaded → its first contentful paint (or the
 *    first frame after DOMContentLoaded, when it painted earlier) with QuoteLens paused, and
 *    flags a dressed page whose statement count differs from its bare fixture (detection
 *    picked up furniture).
 *  - Longest task during annotation (PerformanceObserver 'longtask', after DOMContentLoaded)
 *    beside the same page with QuoteLens paused, and our own longest synchronous slice.
 *  - Popup: time from navigation to its rendered state for the seed article, and the popup
 *    bundle size (files popup.html loads from .output/chrome-mv3, raw and gzip).
 * Run after `npm run build`. BENCH_EXTENSION_DIR=<unpacked build> benchmarks another build
 * (e.g. an older commit's) with the same harness; BENCH_PAGES=seed-choigou,… limits the pages.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium, serveFixtures, sleep, CHROME_BUILD, type ChromiumHandle, type FixtureServer } from '../../tests/browser/harness';
import { bigArticlePage } from '../../tests/unit/robustness/hostile-pages';
import { dressPage, DRESS_WEIGHTS } from '../lib/dress';
import type { PageState } from '../../utils/messages';
import { mainThreadMs, type RunTimings } from '../../utils/page/timings';
import { median, ms, pad } from '../lib/table';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const EXTENSION_DIR = process.env.BENCH_EXTENSION_DIR || undefined;
const ONLY_PAGES = process.env.BENCH_PAGES ? new Set(process.env.BENCH_PAGES.split(',')) : null;
const READABILITY_RUNS = 9;
const WEIGHTS = process.env.BENCH_WEIGHTS ? process.env.BENCH_WEIGHTS.split(',').filter(Boolean).map(Number) : [...DRESS_WEIGHTS];
const DRESS_SEED = 1;
const READABILITY_SOURCE = readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');

/**
 * Installed before any page script: records, per animation frame, changes in the number of
 * `quotelens-*` ranges in the document's highlight registry, and long tasks. Plain JS text:
 * a bundled function could carry helper calls that do not exist in the page.
 */
const PAGE_PROBE = `(() => {
  const bench = (window.__bench = { changes: [], longtasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const registry = window.CSS && CSS.highlights;
  if (!registry) return;
  let last = -1;
  const tick = () => {
    if (bench.firstFrameAfterDcl === undefined) {
      const nav = performance.getEntriesByType('navigation')[0];
      if (nav && nav.domContentLoadedEventEnd > 0) bench.firstFrameAfterDcl = performance.now();
    }
    let ranges = 0;
    registry.forEach((highlight, name) => { if (name.startsWith('quotelens-')) ranges += highlight.size; });
    if (ranges !== last) { bench.changes.push({ t: performance.now(), ranges }); last = ranges; }
    if (performance.now() < 60000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface Run {
  dclToPainted: number | null;
  /** The content script's own step timings (absent from builds that predate them). */
  timings: RunTimings | null;
  /** From the content script's injection (its isolated world being created) to painted. */
  injectedToPainted: number | null;
  statements: number;
  painted: number;
  longestTask: number;
  /** DOMContentLoaded end → first contentful paint (or the first frame after DCL when FCP came first). */
  dclToFirstPaint: number | null;
  elements: number;
  status: string;
}

async function annotatedRun(chrome: ChromiumHandle, url: string): Promise<Run> {
  const page = await chrome.newPage();
  await page.addInitScript({ content: PAGE_PROBE });
  // The content script's world is created when Chromium injects it: note that moment (epoch ms).
  const cdp = await chrome.context.newCDPSession(page);
  let injectedAt: number | null = null;
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (injectedAt === null && e.context.origin.startsWith(`chrome-extension://${chrome.extensionId}`)) injectedAt = Date.now();
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { timeout: 60_000 });
  const state: PageState = await chrome.waitForState(page, undefined, 90_000);
  await cdp.detach().catch(() => undefined);
  await sleep(400); // a few more frames so the last registry change is recorded
  const result = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const bench = (window as any).__bench as { changes: { t: number; ranges: number }[]; longtasks: { start: number; duration: number }[]; firstFrameAfterDcl?: number };
    const final = bench.changes.at(-1);
    const done = final && final.ranges > 0 ? final.t : null;
    const dcl = nav.domContentLoadedEventEnd;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const firstPaint = fcp !== undefined && fcp >= dcl ? fcp : (bench.firstFrameAfterDcl ?? null);
    return {
      dclToFirstPaint: firstPaint === null ? null : firstPaint - dcl,
      elements: document.getElementsByTagName('*').length,
      timeOrigin: performance.timeOrigin,
      done,
      dclToPainted: done === null ? null : done - dcl,
      longestTask: Math.max(0, ...bench.longtasks.filter((t) => t.start >= dcl).map((t) => t.duration)),
    };
  });
  await page.close();
  const injected = injectedAt === null ? null : injectedAt - result.timeOrigin;
  return {
    dclToPainted: result.dclToPainted,
    injectedToPainted: injected === null || result.done === null ? null : result.done - injected,
    longestTask: result.longestTask,
    dclToFirstPaint: result.dclToFirstPaint,
    elements: result.elements,
    timings: (state as PageState & { timings?: RunTimings }).timings ?? null,
    statements: state.analysis?.quotes.length ?? 0,
    painted: state.painted ?? 0,
    status: state.status,
  };
}

/** Pause or resume QuoteLens everywhere, as the popup's switch does (through storage). */
async function setPaused(chrome: ChromiumHandle, paused: boolean): Promise<void> {
  const worker = await chrome.worker();
  await worker.evaluate((value: boolean) => (globalThis as any).chrome.storage.local.set({ settings: { highlights: true, paused: value, disabledSites: [] } }), paused);
  await sleep(200);
}

/**
 * Readability on the same page in the same browser (QuoteLens done and idle by then).
 * `cold` is the first parse in the page (its code not yet compiled, as ours is on every
 * page load: the content script runs once per page, in a fresh world); `warm` drops the
 * first two parses.
 */
async function readabilityTimes(chrome: ChromiumHandle, url: string): Promise<{ warm: number[]; cold: number }> {
  const page = await chrome.newPage();
  await page.goto(url, { timeout: 60_000 });
  await chrome.waitForState(page, undefined, 90_000).catch(() => null);
  await page.addScriptTag({ content: READABILITY_SOURCE });
  const times = await page.evaluate((runs: number) => {
    const Readability = (window as any).Readability;
    const out: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const t0 = performance.now();
      new Readability(document.cloneNode(true)).parse();
      out.push(performance.now() - t0);
    }
    return out;
  }, READABILITY_RUNS);
  await page.close();
  return { warm: times.slice(2), cold: times[0] };
}

async function popupRenderTimes(chrome: ChromiumHandle, url: string): Promise<number[]> {
  const article = await chrome.newPage();
  await article.goto(url);
  await chrome.waitForState(article, (s) => s.status === 'ready', 30_000);
  const tabId = await chrome.tabIdOf(article);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await article.bringToFront();
    const popup: Page = await chrome.context.newPage();
    await popup.goto(chrome.popupUrl({ tab: String(tabId) }), { waitUntil: 'commit' });
    // performance.now() in the popup counts from its navigation start.
    const handle = await popup.waitForFunction(
      () => {
        const state = (document.querySelector('main.popup') as HTMLElement | null)?.dataset.popupState;
        return state && state !== 'loading' ? performance.now() : false;
      },
      undefined,
      { polling: 'raf', timeout: 15_000 },
    );
    times.push((await handle.jsonValue()) as number);
    await popup.close();
  }
  await article.close();
  return times;
}

function popupBundle(): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync(join(CHROME_BUILD, 'popup.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  // Chunks import other chunks: follow static imports so the total is what the popup loads.
  const seen = new Set<string>();
  const queue = [...refs];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) {
      const code = readFileSync(join(CHROME_BUILD, file), 'utf8');
      for (const m of code.matchAll(/(?:from|import)\s*["'`](?:\.\/|\/)?((?:chunks\/|assets\/)?[\w.-]+\.js)["'`]/g)) {
        const target = m[1].startsWith('chunks/') || m[1].startsWith('assets/') ? m[1] : join(file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '', m[1]);
        queue.push(target);
      }
    }
  }
  const files = ['popup.html', ...seen];
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const path = join(CHROME_BUILD, file);
    try {
      raw += statSync(path).size;
      gzip += gzipSync(readFileSync(path)).length;
    } catch {
      /* referenced but absent: ignore */
    }
  }
  return { files, raw, gzip };
}

const taskMs = (x: number) => (x >= 50 ? `${x.toFixed(0)} ms` : '< 50 ms');

/** One page of a table: its label, the path the server gives it, and the bare fixture it dresses. */
interface BenchPage {
  label: string;
  file: string;
  bareOf?: string;
}

/** Worst-case figures over every table (long tasks, our longest slice). */
const worst = { longest: 0, excess: 0, slice: 0 };

/**
 * Benchmarks the pages and prints one table with its medians and target lines. Returns
 * each page's statement count (the last run's), so dressed pages can be checked against
 * their bare fixture.
 */
async function benchTable(chrome: ChromiumHandle, server: FixtureServer, title: string, pages: BenchPage[], bareStatements: Map<string, number | string>): Promise<Map<string, number | string>> {
  const statementsOf = new Map<string, number | string>();
  const dressed = pages.some((p) => p.bareOf);
  console.log(`\n${title}\n`);
  console.log(
    `${pad('page', 22)}${pad('elems', 6)}${pad('stmts', 7)}${dressed ? pad('=bare', 7) : ''}${pad('R warm', 8)}${pad('R cold', 8)}${pad('(a) main', 10)}${pad('a/R', 7)}${pad('a/Rc', 7)}${pad('(b) DCL→painted', 17)}${pad('b/R', 9)}${pad('floor', 7)}${pad('after paint', 13)}${pad('inject→painted', 16)}` +
      `${pad('(c) engine', 12)}${pad('request', 9)}${pad('detect', 8)}${pad('collect', 9)}${pad('send', 6)}${pad('map+paint', 11)}${pad('slice', 7)}long task on / paused`,
  );
  const mainRatios: number[] = [];
  const coldRatios: number[] = [];
  const wallRatios: number[] = [];
  const floors: number[] = [];
  const afterPaints: number[] = [];
  const mismatches: string[] = [];
  const pick = (runs: Run[], f: (t: RunTimings) => number | null) => median(runs.flatMap((r) => (r.timings ? [f(r.timings)] : [])).filter((x): x is number => x !== null));
  for (const { label, file, bareOf } of pages) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await annotatedRun(chrome, server.url(file, { run: String(i) })));
    const wall = median(runs.map((r) => r.dclToPainted).filter((x): x is number => x !== null));
    // Readability's cold first parse, one per fresh page load like ours: median over RUNS loads.
    const readabilityRuns = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) readabilityRuns.push(await readabilityTimes(chrome, server.url(file, { readability: String(i) })));
    const readability = median(readabilityRuns.flatMap((r) => r.warm));
    const readabilityCold = median(readabilityRuns.map((r) => r.cold));
    // The same page with QuoteLens paused: the long tasks the page has anyway (first layout, fonts),
    // and its own floor after DOMContentLoaded (the first paint).
    await setPaused(chrome, true);
    const paused: Run[] = [];
    for (let i = 0; i < RUNS; i++) paused.push(await annotatedRun(chrome, server.url(file, { paused: String(i) })));
    await setPaused(chrome, false);
    const floor = median(paused.map((r) => r.dclToFirstPaint).filter((x): x is number => x !== null));
    // In the same loads as (b): how long the page showed its text before our highlights came.
    const afterPaint = median(runs.flatMap((r) => (r.dclToPainted !== null && r.dclToFirstPaint !== null ? [Math.max(0, r.dclToPainted - r.dclToFirstPaint)] : [])));
    if (Number.isFinite(afterPaint)) afterPaints.push(afterPaint);
    if (Number.isFinite(floor)) floors.push(floor);
    const longest = median(runs.map((r) => r.longestTask));
    const longestPaused = median(paused.map((r) => r.longestTask));
    worst.longest = Math.max(worst.longest, longest);
    worst.excess = Math.max(worst.excess, longest - longestPaused);
    const main = pick(runs, mainThreadMs);
    const slice = pick(runs, (t) => t.longestSliceMs);
    if (Number.isFinite(slice)) worst.slice = Math.max(worst.slice, slice);
    const ratio = (x: number) => (Number.isFinite(x / readability) ? x / readability : NaN);
    if (Number.isFinite(ratio(main))) mainRatios.push(ratio(main));
    if (Number.isFinite(main / readabilityCold)) coldRatios.push(main / readabilityCold);
    if (Number.isFinite(ratio(wall))) wallRatios.push(ratio(wall));
    const last = runs.at(-1)!;
    const statements = last.status === 'ready' ? last.statements : last.status;
    statementsOf.set(label, statements);
    let same = '';
    if (bareOf) {
      const bare = bareStatements.get(bareOf);
      same = bare === undefined ? '?' : bare === statements ? 'yes' : `NO ${bare}`;
      if (bare !== undefined && bare !== statements) mismatches.push(`${label}: ${statements} statements, bare ${bare}`);
    }
    const times = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');
    console.log(
      `${pad(label, 22)}${pad(last.elements, 6)}${pad(statements, 7)}${dressed ? pad(same, 7) : ''}${pad(ms(readability), 8)}${pad(ms(readabilityCold), 8)}${pad(ms(main), 10)}${pad(times(ratio(main)), 7)}${pad(times(main / readabilityCold), 7)}` +
        `${pad(ms(wall), 17)}${pad(times(ratio(wall)), 9)}${pad(ms(floor), 7)}${pad(ms(afterPaint), 13)}${pad(ms(median(runs.map((r) => r.injectedToPainted).filter((x): x is number => x !== null))), 16)}` +
        `${pad(ms(pick(runs, (t) => t.engineMs)), 12)}${pad(ms(pick(runs, (t) => t.analysisWallMs)), 9)}${pad(ms(pick(runs, (t) => t.detectMs)), 8)}${pad(ms(pick(runs, (t) => t.collectMs)), 9)}` +
        `${pad(ms(pick(runs, (t) => t.sendMs)), 6)}${pad(ms(pick(runs, (t) => t.mapMs + t.paintMs)), 11)}${pad(ms(slice), 7)}${taskMs(longest)} / ${taskMs(longestPaused)}`,
    );
  }
  const line = (label: string, ratios: number[]) => {
    const m = median(ratios);
    console.log(`${label}: median ${m.toFixed(2)}× over ${ratios.length} pages (target ≤ 0.50×) — ${m <= 0.5 ? 'met' : 'NOT met'}`);
  };
  console.log('');
  line('(a) QuoteLens main-thread time / Readability warm', mainRatios);
  line('(a) QuoteLens main-thread time / Readability cold (first parse in the page)', coldRatios);
  line('(b) QuoteLens DOMContentLoaded→painted / Readability', wallRatios);
  console.log(`floor: the page's own DOMContentLoaded→first paint with QuoteLens paused, median ${ms(median(floors))} ms over ${floors.length} pages`);
  console.log(`after paint: the page's first paint → our highlights painted, in the same loads as (b), median ${ms(median(afterPaints))} ms over ${afterPaints.length} pages`);
  if (dressed) {
    console.log(
      mismatches.length
        ? `WARNING: ${mismatches.length} dressed page(s) give another statement count than their bare fixture (detection picked up or lost text):\n  ${mismatches.join('\n  ')}`
        : 'Every dressed page gives the same statement count as its bare fixture.',
    );
  }
  return statementsOf;
}

const LEGEND =
  `\n(a) main = gate + detect + collect + send (the request's copy) + map + paint, the content script's synchronous work on the page's thread;` +
  `\n    Readability.parse() is likewise synchronous main-thread work (it also clones the document; it does no NLP).` +
  `\n    R warm: median parse after two warm-up parses; R cold: the first parse in a freshly loaded page (median over loads).` +
  `\n    Ours is always cold: the content script runs once per page load, in a new world, so R cold is the like-for-like baseline.` +
  `\n(b) DCL→painted = DOMContentLoaded end → the frame where the last quotelens-* range appeared: includes the browser's injection` +
  `\n    of the content script, the storage read, two messages and the engine's analysis in the background worker.` +
  `\nfloor = the same page with QuoteLens paused: DOMContentLoaded end → first contentful paint (or the first frame after DOMContentLoaded` +
  `\n    when the page painted before it): what any post-DOMContentLoaded work waits for anyway.` +
  `\nafter paint = in the same loads as (b), the page's first paint → the frame with our highlights: how long a reader sees the article unmarked.` +
  `\n(c) engine = analyze() in the worker; request = the page's wait for the answer (engine + messages). slice = our longest synchronous piece.` +
  `\ninject→painted: from Chromium creating the content script's world (CDP) to the last highlight change. elems: the page's element count.` +
  `\n=bare (dressed pages): the statement count equals the bare fixture's ('NO n': it differs, n being the bare count).`;

async function main() {
  const expectations = JSON.parse(readFileSync(join(PAGES_DIR, 'expectations.json'), 'utf8')) as { articles: Record<string, unknown> };
  const names = Object.keys(expectations.articles).filter((name) => !ONLY_PAGES || ONLY_PAGES.has(name));
  // Dressed variants, served from memory: the fixture's head and body content kept, furniture around them.
  const dressed: Record<string, string> = {};
  for (const weight of WEIGHTS) {
    for (const name of names) dressed[`/dressed-${weight}/${name}.html`] = dressPage(readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8'), { elements: weight, seed: DRESS_SEED });
  }
  const server = await serveFixtures(PAGES_DIR, { pages: { '/big-1mb-article.html': bigArticlePage(), ...dressed } });
  const chrome = await launchChromium({ extensionDir: EXTENSION_DIR });
  try {
    const bare: BenchPage[] = [...names, 'big-1mb-article'].filter((name) => !ONLY_PAGES || ONLY_PAGES.has(name)).map((name) => ({ label: name, file: `${name}.html` }));
    const build = EXTENSION_DIR ? ` — build ${EXTENSION_DIR}` : '';
    const bareStatements = await benchTable(
      chrome,
      server,
      `Bare article fixtures — QuoteLens in Chromium vs Readability.parse() on the same page, same browser (median of ${RUNS} loads / ${READABILITY_RUNS} parses, ms)${build}`,
      bare,
      new Map(),
    );
    for (const weight of WEIGHTS) {
      await benchTable(
        chrome,
        server,
        `Dressed article fixtures, about ${weight} elements (news-site furniture around the same article, scripts/bench/dress.ts, seed ${DRESS_SEED}) — same measures${build}`,
        names.map((name) => ({ label: `${name}@${weight}`, file: `dressed-${weight}/${name}.html`, bareOf: name })),
        bareStatements,
      );
    }
    console.log(LEGEND);
    console.log(
      `\nLongest task after DOMContentLoaded (median per page, worst page, all tables): ${taskMs(worst.longest)} with QuoteLens; ` +
        `at most ${worst.excess.toFixed(0)} ms more than the same page with QuoteLens paused; our longest synchronous slice ${ms(worst.slice)} ms (target: no task ≥ 50 ms caused by QuoteLens)`,
    );

    const popupTimes = await popupRenderTimes(chrome, server.url('seed-choigou.html', { popup: 'bench' }));
    const bundle = popupBundle();
    console.log(`\nPopup (seed article)\n`);
    console.log(`${pad('time to rendered state', 26)}${ms(median(popupTimes))} ms median (min ${ms(Math.min(...popupTimes))}, max ${ms(Math.max(...popupTimes))}; target ≤ 100 ms)`);
    console.log(`${pad('bundle', 26)}${(bundle.raw / 1024).toFixed(1)} KiB raw, ${(bundle.gzip / 1024).toFixed(1)} KiB gzip — ${bundle.files.join(', ')}`);
    console.log('\n(DOMContentLoaded → painted includes the message to the background worker and the analysis there; Readability only parses.)');
  } finally {
    await chrome.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
