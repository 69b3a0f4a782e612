import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import type { ContentRequest, PageState } from '../../../utils/messages';
import { FIREFOX_BUILD, makeTempDir, pollFor, removeDir, requireBrowser, requireBuild, withTimeout } from './env';
import { isSettled } from './chromium';

export { GECKO_ID };

export interface FirefoxOptions {
  /** Reuse a profile (restart tests). When given, the caller owns the folder and it is kept. */
  userDataDir?: string;
  /**
   * The moz-extension:// UUID to pin; random by default. Reuse it with `userDataDir` across
   * restarts: Firefox keeps extension storage per moz-extension origin, so a temporary add-on
   * reinstalled under a new UUID starts with empty storage (checked: settings are lost).
   */
  uuid?: string;
  /** Unpacked extension to install; default .output/firefox-mv2. */
  extensionDir?: string;
  extraPrefs?: Record<string, unknown>;
}

export interface ExtensionPageOptions {
  ownWindow?: boolean;
}

export interface FirefoxHandle {
  browser: Browser;
  uuid: string;
  userDataDir: string;
  popupUrl(query?: Record<string, string>): string;
  optionsUrl(): string;
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  /**
   * New tab on moz-extension://UUID/<path>, ready to evaluate in. Over BiDi, goto() to an
   * extension page never settles, so we start it and poll the page until it is there.
   * `ownWindow`: open it in a new window instead, so that the tab in front of the first
   * window stays visible (a toolbar popup does not hide its tab; a tab in front of it does,
   * and the content script defers work in hidden tabs).
   */
  openExtensionPage(path: string, ready?: string, options?: ExtensionPageOptions): Promise<Page>;
  /** The tab id of `page`. Side effect: brings `page` to the front (it becomes the active tab). */
  tabIdOf(page: Page): Promise<number>;
  /** An extension page → browser.tabs.sendMessage to the content script of `page`'s tab. */
  sendToTab<T = unknown>(page: Page, message: ContentRequest): Promise<T>;
  getState(page: Page): Promise<PageState>;
  waitForState(page: Page, accept?: (state: PageState) => boolean, timeout?: number): Promise<PageState>;
  /**
   * Run `fn(background, arg)` against the MV2 background page, for fault injection. The probe
   * tab gets the background's window through runtime.getBackgroundPage() (extension pages of
   * one add-on share a process, so that is the live window, not a copy) and calls `fn` with it.
   * `fn` runs in the probe tab's realm: reach the background's own globals through
   * `background` (background.String, background.Error, background.setTimeout), and restore
   * what you replaced before the browser closes. `fn` is sent as source (no closures); `arg`
   * as JSON.
   */
  inBackground<T, A = undefined>(fn: (background: typeof globalThis, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  close(): Promise<void>;
}

/** Firefox ESR over WebDriver BiDi with the built MV2 extension installed as a temporary add-on. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxHandle> {
  const executablePath = requireBrowser('firefox');
  const extensionDir = requireBuild(options.extensionDir ?? FIREFOX_BUILD);
  const ownsProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? makeTempDir('firefox');
  const uuid = options.uuid ?? randomUUID();
  let browser: Browser | null = null;
  try {
    browser = await withTimeout(
      puppeteer.launch({
        browser: 'firefox',
        executablePath,
        headless: true,
        protocol: 'webDriverBiDi',
        userDataDir,
        timeout: 30_000,
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          // Predictable moz-extension://UUID/ URLs.
          'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
          'intl.locale.requested': 'en-US',
          ...(options.extraPrefs ?? {}),
        },
      }),
      45_000,
      'Firefox launch',
    );
    const b = browser;
    await withTimeout(b.installExtension(extensionDir), 20_000, 'Firefox installExtension');
    const base = `moz-extension://${uuid}`;
    const extensionUrl = (path: string) => `${base}/${path.replace(/^\//, '')}`;

    const openExtensionPage = async (path: string, ready = 'body', options: ExtensionPageOptions = {}): Promise<Page> => {
      const page = await b.newPage(options.ownWindow ? { type: 'window' } : undefined);
      const target = extensionUrl(path);
      page.goto(target).catch(() => undefined); // never settles over BiDi for moz-extension pages
      await pollFor(
        () =>
          page.evaluate(
            (selector: string) => document.readyState === 'complete' && !!document.querySelector(selector) && location.href,
            ready,
          ),
        (href) => typeof href === 'string' && href.startsWith(target.split('?')[0]),
        { timeout: 20_000, interval: 100, what: `extension page ${target}` },
      );
      return page;
    };

    // One extension tab kept open to talk to content scripts through browser.tabs.
    let probe: Promise<Page> | null = null;
    const getProbe = async (): Promise<Page> => {
      if (probe) {
        const page = await probe;
        if (!page.isClosed()) return page;
      }
      probe = openExtensionPage('options.html');
      return probe;
    };

    const tabIdOf = async (page: Page): Promise<number> => {
      // Without the "tabs" permission tabs.query hides URLs, so find the tab the way the
      // popup does: make it the active tab, then ask (from the probe tab) for the active tab.
      const probePage = await getProbe();
      await page.bringToFront();
      return probePage.evaluate(async () => {
        const api = (globalThis as any).browser;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id == null) throw new Error('no active tab');
        return tab.id as number;
      });
    };

    const sendToTab = async <T,>(page: Page, message: ContentRequest): Promise<T> => {
      const tabId = await tabIdOf(page);
      const probePage = await getProbe();
      return probePage.evaluate(
        (id: number, msg: ContentRequest) => (globalThis as any).browser.tabs.sendMessage(id, msg),
        tabId,
        message,
      ) as Promise<T>;
    };

    const getState = async (page: Page): Promise<PageState> => {
      const state = await sendToTab<PageState | undefined>(page, { type: 'get-state' });
      if (!state || typeof state !== 'object') throw new Error('the content script did not answer get-state');
      if (state.meta?.url && state.meta.url !== page.url()) {
        throw new Error(`get-state answered for ${state.meta.url}, expected ${page.url()}`);
      }
      return state;
    };

    const inBackground = async <T, A>(fn: (background: typeof globalThis, arg: A) => T | Promise<T>, arg?: A): Promise<T> => {
      const probePage = await getProbe();
      // Sent as one expression: the page's CSP forbids rebuilding `fn` there with eval,
      // and BiDi's script.evaluate is not bound by that CSP.
      const call = `(async () => (${fn.toString()})(await browser.runtime.getBackgroundPage(), ${JSON.stringify(arg) ?? 'undefined'}))()`;
      return probePage.evaluate(call) as Promise<T>;
    };

    return {
      browser: b,
      uuid,
      userDataDir,
      popupUrl(query) {
        const url = new URL(`${base}/popup.html`);
        for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
        return url.href;
      },
      optionsUrl: () => `${base}/options.html`,
      extensionUrl,
      newPage: () => b.newPage(),
      openExtensionPage,
      tabIdOf,
      sendToTab,
      getState,
      waitForState: (page, accept = isSettled, timeout = 20_000) =>
        pollFor(() => getState(page), accept, { timeout, interval: 150, what: `content-script state on ${page.url()}` }),
      inBackground,
      async close() {
        await closeFirefox(b, ownsProfile ? userDataDir : null);
      },
    };
  } catch (error) {
    if (browser) await closeFirefox(browser, ownsProfile ? userDataDir : null);
    else if (ownsProfile) removeDir(userDataDir);
    throw error;
  }
}

async function closeFirefox(browser: Browser, dirToRemove: string | null) {
  try {
    await withTimeout(browser.close(), 15_000, 'Firefox close');
  } catch {
    // A wedged browser: kill it so that the test run can end.
    browser.process()?.kill('SIGKILL');
  }
  removeDir(dirToRemove);
}
