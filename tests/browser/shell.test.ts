// The extension shell in real browsers: it installs, its content script runs on pages served
// from 127.0.0.1 (even under a strict CSP), the popup describes the tab it is opened for, and
// the options page renders. Same checks in Chromium (MV3) and Firefox ESR (MV2).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BROWSERS, launchExtension, serveFixtures, type ExtensionDriver, type FixtureServer } from './harness';

// A page that is plainly not an article: the content script must answer and stop there.
const PLAIN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Opening hours</title></head>
<body><h1>Opening hours</h1><p>Monday to Friday, 9:00 to 17:00.</p><a href="/">Home</a></body></html>`;

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures('tests/fixtures/pages', { pages: { '/plain.html': PLAIN_PAGE } });
});
afterAll(async () => {
  await server?.close();
});

describe('fixture server', () => {
  it('serves files with their content type, inline pages, and 404s', async () => {
    const html = await fetch(server.url('seed-choigou.html'));
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(new URL(server.origin).hostname).toBe('127.0.0.1');
    const inline = await fetch(server.url('plain.html'));
    expect(await inline.text()).toContain('Opening hours');
    expect((await fetch(server.url('missing.html'))).status).toBe(404);
  });

  it('adds a Content-Security-Policy header on request, and never serves outside its folder', async () => {
    const strict = await fetch(server.url('plain.html', { csp: "default-src 'none'" }));
    expect(strict.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect((await fetch(server.url('plain.html'))).headers.get('content-security-policy')).toBeNull();
    expect((await fetch(`${server.origin}/..%2f..%2fpackage.json`)).status).toBe(403);
  });
});

describe('a missing browser', () => {
  it('fails with the command that installs it, instead of skipping', async () => {
    vi.stubEnv('QUOTELENS_FIREFOX', '/nonexistent/firefox-esr');
    vi.resetModules();
    try {
      const env = await import('./lib/env');
      expect(() => env.requireBrowser('firefox')).toThrow('apt-get update && apt-get install -y chromium firefox-esr');
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});

describe.each(BROWSERS)('extension shell in %s', (kind) => {
  let ext: ExtensionDriver;
  beforeAll(async () => {
    ext = await launchExtension(kind);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('installs with its localized name and icons', async () => {
    const page = await ext.openExtensionPage('options.html', 'h1');
    const info = await ext.evaluate(page, async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const manifest = api.runtime.getManifest();
      const icon = await fetch(api.runtime.getURL(manifest.icons['128']));
      const bytes = new Uint8Array(await icon.arrayBuffer());
      return {
        name: api.i18n.getMessage('extName'),
        iconSizes: Object.keys(manifest.icons ?? {}),
        iconIsPng: icon.ok && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47,
        permissions: manifest.permissions,
      };
    });
    expect(info.name).toBe('QuoteLens');
    expect(info.iconSizes).toEqual(['16', '32', '48', '96', '128']);
    expect(info.iconIsPng).toBe(true);
    expect(info.permissions).toEqual(['storage']);
    await page.close();
  });

  it('runs the content script on a plain page and stops at "not an article"', async () => {
    const page = await ext.openPage(server.url('plain.html'));
    const state = await ext.waitForState(page);
    expect(state.status).toBe('not-article');
    expect(state.analysis).toBeNull();
    await page.close();
  });

  it('runs the content script on a page with a strict Content-Security-Policy', async () => {
    const page = await ext.openPage(server.url('plain.html', { csp: "default-src 'none'; style-src 'none'; script-src 'none'" }));
    const state = await ext.waitForState(page);
    expect(state.status).toBe('not-article');
    await page.close();
  });

  it('analyses the sample article, and the popup opened for that tab describes it', async () => {
    const page = await ext.openPage(server.url('seed-choigou.html'));
    const state = await ext.waitForState(page, undefined, 30_000);
    expect(state.status).toBe('ready');
    expect(state.meta?.url).toBe(page.url());
    expect(state.analysis?.lang).toBe('fr');
    expect(state.analysis?.quotes.length).toBeGreaterThan(0);
    const tabId = await ext.tabIdOf(page);

    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, 'main.popup');
    const shown = await ext.waitFor(popup, () => {
      const main = document.querySelector('main.popup') as HTMLElement | null;
      const popupState = main?.dataset.popupState;
      return popupState && popupState !== 'loading' ? { popupState, text: main!.textContent ?? '' } : null;
    });
    // The popup describes that tab (opened on its own tab it would say "unsupported").
    expect(shown.popupState).toBe('ready');
    expect(shown.text).toContain(state.analysis!.speakers[0].name);
    if (state.meta?.title) expect(shown.text).toContain(state.meta.title);
    await popup.close();
    await page.close();
  });

  it('shows "not an article" in the popup for the plain page', async () => {
    const page = await ext.openPage(server.url('plain.html', { popup: '1' }));
    await ext.waitForState(page);
    const popup = await ext.openExtensionPage(`popup.html?tab=${await ext.tabIdOf(page)}`, 'main.popup');
    const popupState = await ext.waitFor(popup, () => {
      const value = (document.querySelector('main.popup') as HTMLElement | null)?.dataset.popupState;
      return value && value !== 'loading' ? value : null;
    });
    expect(popupState).toBe('not-article');
    await popup.close();
    await page.close();
  });

  it('renders the options page with its controls', async () => {
    const page = await ext.openExtensionPage('options.html', '#highlights');
    const view = await ext.evaluate(page, () => ({
      heading: document.querySelector('h1')?.textContent,
      switches: [...document.querySelectorAll('input[role="switch"]')].map((el) => ({
        id: el.id,
        label: document.querySelector(`label[for="${el.id}"]`)?.textContent,
        checked: (el as HTMLInputElement).checked,
      })),
      sitesEmpty: !!document.querySelector('.empty'),
      privacy: document.querySelector('footer')?.textContent ?? '',
      scheme: getComputedStyle(document.documentElement).colorScheme,
    }));
    expect(view.heading).toBe('QuoteLens settings');
    expect(view.switches).toEqual([
      { id: 'highlights', label: 'Highlight statements', checked: true },
      { id: 'paused', label: 'Pause everywhere', checked: false },
    ]);
    expect(view.sitesEmpty).toBe(true);
    expect(view.privacy).toMatch(/no network request/);
    expect(view.scheme).toBe('light dark');
    await page.close();
  });
});
