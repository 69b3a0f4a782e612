// QuoteLens makes no network request. The browser is pointed at a recording proxy for
// everything but loopback, so any request to anywhere other than the 127.0.0.1 fixture
// server (from the page, the content script, the background worker or the popup) is
// recorded, whichever process makes it. On top of that, Chromium's own request events list
// every URL its pages and workers load. The scenario covers what a reader does: open an
// article, let it be annotated, hover a statement, open the popup, click a speaker, export,
// switch highlights off, close the tab. Afterwards nothing about the tab remains stored.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page as PlaywrightPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumDriver,
  firefoxDriver,
  launchChromium,
  launchFirefox,
  serveFixtures,
  sleep,
  type ExtensionDriver,
  type FixtureServer,
} from './harness';

/** An HTTP proxy that records and refuses every request it is asked to make. */
async function recordingProxy(): Promise<{ port: number; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(502, { 'Content-Type': 'text/plain' });
    res.end('blocked by the QuoteLens privacy test');
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * The browsers' own background services (component and extension updaters, sign-in,
 * Firefox remote settings), which run with or without QuoteLens. Our bundle contains no
 * URL at all (tests/unit/security/build.test.ts), so none of these can be ours; every
 * other host fails the test.
 */
const BROWSER_SERVICES = [
  /^(update|clients\d*|optimizationguide-pa|content-autofill|safebrowsing|www)\.googleapis\.com$/,
  /^accounts\.google\.com$/,
  /^(clients\d*|redirector|dl)\.(google|gvt1)\.com$/,
  /\.(mozilla\.(com|org|net)|firefox\.com)$/,
];

function hostOf(entry: string): string {
  const target = entry.split(' ')[1] ?? '';
  try {
    return target.includes('://') ? new URL(target).hostname : target.replace(/:\d+$/, '');
  } catch {
    return target;
  }
}

let server: FixtureServer;
let proxy: Awaited<ReturnType<typeof recordingProxy>>;
beforeAll(async () => {
  server = await serveFixtures('tests/fixtures/pages');
  proxy = await recordingProxy();
});
afterAll(async () => {
  await server?.close();
  await proxy?.close();
});

/** What the extension keeps in storage, read from one of its pages. */
function readStorage() {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const session = api.storage.session ? api.storage.session.get(null) : Promise.resolve({});
  return Promise.all([api.storage.local.get(null), session, api.storage.sync ? api.storage.sync.get(null).catch(() => ({})) : {}]).then(
    ([local, session, sync]: Record<string, unknown>[]) => ({ local, session, sync }),
  );
}

/** A reader's session on the seed article, through the extension's real UI. */
async function readerSession(ext: ExtensionDriver) {
  const page = await ext.openPage(server.url('seed-choigou.html', { privacy: ext.kind }));
  const state = await ext.waitForState(page, undefined, 30_000);
  const tabId = await ext.tabIdOf(page);

  // Hover the first statement.
  const first = state.analysis?.quotes[0];
  if (first) {
    const point = await ext.evaluate(
      page,
      (needle: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = (n as Text).data.indexOf(needle);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + needle.length);
          (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          const r = range.getClientRects()[0];
          return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
        }
        return null;
      },
      first.text.slice(0, 15),
    );
    if (point) await page.mouse.move(point.x, point.y);
  }

  // The popup for that tab: speakers, a click on the first, the exports, highlights off.
  if (ext.kind === 'chromium') await (page as PlaywrightPage).bringToFront();
  const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, 'main.popup');
  await ext.waitFor(popup, () => {
    const value = (document.querySelector('main.popup') as HTMLElement | null)?.dataset.popupState;
    return value && value !== 'loading' ? value : null;
  });
  await ext.evaluate(popup, async () => {
    const click = (el: Element | null | undefined) => (el as HTMLElement | null)?.click();
    click(document.querySelector('.speaker__button'));
    await new Promise((r) => setTimeout(r, 300));
    // Exports: clipboard and downloads (blob: URLs), never a network request.
    for (const button of Array.from(document.querySelectorAll('.export button'))) {
      click(button);
      await new Promise((r) => setTimeout(r, 200));
    }
    click(document.querySelector('input#highlights, [data-setting="highlights"] input, input[name="highlights"]'));
    await new Promise((r) => setTimeout(r, 300));
  });
  await sleep(1000);
  await popup.close();
  await page.close();
  await sleep(1500); // anything sent on tab close, or late
  return { state };
}

describe.each(['chromium', 'firefox'] as const)('privacy in %s', (kind) => {
  let ext: ExtensionDriver;
  const seen: string[] = [];
  beforeAll(async () => {
    proxy.requests.length = 0;
    if (kind === 'chromium') {
      const handle = await launchChromium({ args: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>;127.0.0.1:' + new URL(server.origin).port] });
      // Every URL requested by any page or worker of the profile.
      handle.context.on('request', (request) => seen.push(request.url()));
      ext = chromiumDriver(handle);
    } else {
      const handle = await launchFirefox({
        extraPrefs: {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': proxy.port,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': proxy.port,
          'network.proxy.share_proxy_settings': true,
          'network.proxy.no_proxies_on': '',
          'network.proxy.allow_hijacking_localhost': false,
        },
      });
      ext = firefoxDriver(handle);
    }
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('makes zero requests beyond the fixture server while a reader uses it', async () => {
    const { state } = await readerSession(ext);
    const foreign = seen.filter((url) => !url.startsWith(server.origin) && !/^(chrome-extension|moz-extension|data|blob|about):/.test(url));
    console.log(`[privacy ${kind}] proxy saw ${proxy.requests.length} requests; page/worker requests: ${seen.length} (${foreign.length} foreign)`);
    const browserNoise = proxy.requests.filter((r) => BROWSER_SERVICES.some((host) => host.test(hostOf(r))));
    const ours = proxy.requests.filter((r) => !browserNoise.includes(r));
    console.log(`[privacy ${kind}] browser services through the proxy: ${browserNoise.length} (${[...new Set(browserNoise.map(hostOf))].join(', ')})`);
    expect(ours).toEqual([]);
    expect(foreign).toEqual([]);
    // Only meaningful if the article was really annotated.
    expect(state.status).toBe('ready');
    expect(state.analysis?.quotes.length ?? 0).toBeGreaterThan(0);
  }, 120_000);

  it('would have caught a request (control: the recorder sees a page fetch to a foreign host)', async () => {
    const before = proxy.requests.length;
    const page = await ext.openPage(server.url('seed-choigou.html', { control: kind }));
    await ext.evaluate(page, () => fetch('http://quotelens-canary.example/ping').catch(() => null));
    await sleep(500);
    await page.close();
    expect(proxy.requests.slice(before).some((r) => r.includes('quotelens-canary.example'))).toBe(true);
  }, 60_000);

  it('keeps nothing about the closed tab: storage holds settings only', async () => {
    const options = await ext.openExtensionPage('options.html');
    const stored = await ext.evaluate(options, readStorage);
    await options.close();
    expect(Object.keys(stored.local).filter((k) => k !== 'settings' && k !== 'settings$')).toEqual([]);
    expect(JSON.stringify(stored.session)).not.toMatch(/Cho[iï]gou|quotes|analysis/i);
    expect(stored.sync).toEqual({});
  }, 60_000);
});
