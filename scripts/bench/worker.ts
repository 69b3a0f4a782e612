/**
 * `npm run bench` (worker part): the first article after the background worker went idle.
 *
 * Chromium stops an idle MV3 service worker after 30 s, so a reader who spends a few minutes
 * on each article meets a stopped worker on almost every new one: the content script's
 * request then waits for the worker to start and for the engine's first (cold) analysis.
 * This bench stops the worker (CDP ServiceWorker.stopAllWorkers) before each load of an
 * article fixture and compares with loads where the worker is already running, in the same
 * browser and run: the request's wall time seen from the page, the engine's own time in the
 * worker, and DOMContentLoaded → highlights registered.
 * Run after `npm run build`. BENCH_EXTENSION_DIR=<unpacked build> measures another build
 * (e.g. an older commit's) with the same harness.
 */
import type { Page } from 'playwright-core';
import { launchChromium, serveFixtures, sleep, type ChromiumHandle } from '../../tests/browser/harness';
import type { PageState } from '../../utils/messages';
import type { RunTimings } from '../../utils/page/timings';
import { median, ms, pad } from '../lib/table';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const EXTENSION_DIR = process.env.BENCH_EXTENSION_DIR || undefined;
const PAGES = ['seed-choigou.html', 'wordpress.html', 'nyt-like.html'];

interface Load {
  requestMs: number;
  engineMs: number | null;
  dclToRegisteredMs: number | null;
}

/**
 * Stop the extension's service worker and wait until Chromium reports it stopped (a cold
 * load must meet no running worker).
 */
async function stopWorkers(chrome: ChromiumHandle, anyPage: Page): Promise<void> {
  const cdp = await chrome.context.newCDPSession(anyPage);
  const status = new Map<string, string>(); // version id → running status
  const ours = `chrome-extension://${chrome.extensionId}/`;
  cdp.on('ServiceWorker.workerVersionUpdated' as never, ((event: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
    for (const v of event.versions) if (v.scriptURL.startsWith(ours)) status.set(v.versionId, v.runningStatus);
  }) as never);
  try {
    await cdp.send('ServiceWorker.enable' as never);
    const stopped = () => status.size > 0 && [...status.values()].every((s) => s === 'stopped');
    // A worker busy with an event may start again at once: ask up to three times.
    for (let attempt = 0; attempt < 3 && !stopped(); attempt++) {
      await cdp.send('ServiceWorker.stopAllWorkers' as never);
      const until = Date.now() + 3000;
      while (Date.now() < until && !stopped()) await sleep(50);
    }
    if (!stopped()) {
      throw new Error(`the extension's service worker did not stop (${JSON.stringify([...status.values()])}): a "cold" load would be warm`);
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function load(chrome: ChromiumHandle, url: string): Promise<Load> {
  const page = await chrome.newPage();
  try {
    await page.goto(url, { timeout: 60_000 });
    const state = (await chrome.waitForState(page, (s) => s.status === 'ready', 60_000)) as PageState & { timings: RunTimings };
    const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
    const t = state.timings;
    return { requestMs: t.analysisWallMs, engineMs: t.engineMs, dclToRegisteredMs: t.paintedAt === null ? null : t.paintedAt - dcl };
  } finally {
    await page.close();
  }
}


async function main() {
  const server = await serveFixtures();
  const chrome = await launchChromium({ extensionDir: EXTENSION_DIR });
  try {
    const blank = await chrome.newPage();
    console.log(`\nFirst article after the worker stopped vs worker running (Chromium, median of ${RUNS} loads each, ms)${EXTENSION_DIR ? ` — build ${EXTENSION_DIR}` : ''}\n`);
    console.log(`${pad('page', 16)}${pad('request cold', 14)}${pad('warm', 8)}${pad('engine cold', 13)}${pad('warm', 8)}${pad('DCL→registered cold', 21)}warm`);
    for (const file of PAGES) {
      const cold: Load[] = [];
      const warm: Load[] = [];
      for (let i = 0; i < RUNS; i++) {
        await stopWorkers(chrome, blank);
        cold.push(await load(chrome, server.url(file, { cold: String(i) })));
        warm.push(await load(chrome, server.url(file, { warm: String(i) })));
      }
      const pick = (loads: Load[], f: (l: Load) => number | null) => median(loads.map(f).filter((x): x is number => x !== null));
      console.log(
        `${pad(file.replace('.html', ''), 16)}${pad(ms(pick(cold, (l) => l.requestMs)), 14)}${pad(ms(pick(warm, (l) => l.requestMs)), 8)}` +
          `${pad(ms(pick(cold, (l) => l.engineMs)), 13)}${pad(ms(pick(warm, (l) => l.engineMs)), 8)}${pad(ms(pick(cold, (l) => l.dclToRegisteredMs)), 21)}${ms(pick(warm, (l) => l.dclToRegisteredMs))}`,
      );
    }
    console.log('\nrequest = the page waiting for the analysis (worker start + engine + messages); engine = analyze() in the worker;');
    console.log('DCL→registered = DOMContentLoaded end → highlights registered (they show on the next frame).');
  } finally {
    await chrome.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
