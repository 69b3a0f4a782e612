import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { ContentRequest, PageState } from '../../../utils/messages';
import {
  CHROME_BUILD,
  makeTempDir,
  pollFor,
  removeDir,
  requireBrowser,
  requireBuild,
  withTimeout,
} from './env';

export interface ChromiumOptions {
  /** Reuse a profile (restart tests). When given, the caller owns the folder and it is kept. */
  userDataDir?: string;
  /** Unpacked extension to load; default .output/chrome-mv3. */
  extensionDir?: string;
  /** Extra Chromium flags. */
  args?: string[];
  /** Viewport of new pages; default 1280×900. */
  viewport?: { width: number; height: number };
}

export interface ChromiumHandle {
  context: BrowserContext;
  /** The MV3 service worker at launch; use `worker()` for a live one later. */
  serviceWorker: Worker;
  extensionId: string;
  userDataDir: string;
  /** The current service worker, waking it if Chromium stopped it while idle. */
  worker(): Promise<Worker>;
  /** chrome-extension://ID/popup.html, with optional query (e.g. { tabId: '12' }). */
  popupUrl(query?: Record<string, string>): string;
  optionsUrl(): string;
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  /** New tab on an extension page, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** The tab id of `page`. Side effect: brings `page` to the front (it becomes the active tab). */
  tabIdOf(page: Page): Promise<number>;
  /** Service worker → chrome.tabs.sendMessage to the content script of `page`'s tab. */
  sendToTab<T = unknown>(page: Page, message: ContentRequest): Promise<T>;
  /** The content script's PageState (throws while no content script answers). */
  getState(page: Page): Promise<PageState>;
  /** Poll getState until `accept` says yes (default: a settled status). */
  waitForState(page: Page, accept?: (state: PageState) => boolean, timeout?: number): Promise<PageState>;
  close(): Promise<void>;
}

/** Statuses after which the content script will not change its mind without new input. */
export const SETTLED_STATUSES: PageState['status'][] = ['ready', 'not-article', 'error', 'off-site', 'paused'];
export const isSettled = (state: PageState) => SETTLED_STATUSES.includes(state.status);

/** Debian Chromium with the built MV3 extension, in a persistent (temporary unless given) profile. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumHandle> {
  const executablePath = requireBrowser('chromium');
  const extensionDir = requireBuild(options.extensionDir ?? CHROME_BUILD);
  const ownsProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? makeTempDir('chromium');
  let context: BrowserContext | null = null;
  try {
    context = await withTimeout(
      chromium.launchPersistentContext(userDataDir, {
        executablePath,
        headless: true,
        viewport: options.viewport ?? { width: 1280, height: 900 },
        timeout: 30_000,
        args: [
          `--disable-extensions-except=${extensionDir}`,
          `--load-extension=${extensionDir}`,
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--lang=en-US',
          ...(options.args ?? []),
        ],
      }),
      45_000,
      'Chromium launch',
    );
    const ctx = context;
    const findWorker = () => ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    const serviceWorker =
      findWorker() ??
      (await withTimeout(
        ctx.waitForEvent('serviceworker', { timeout: 20_000 }),
        25_000,
        'the extension service worker (is .output/chrome-mv3 a valid build?)',
      ));
    const extensionId = new URL(serviceWorker.url()).host;
    const base = `chrome-extension://${extensionId}`;

    const worker = async (): Promise<Worker> => {
      const live = findWorker();
      if (live) return live;
      // An idle MV3 worker may be stopped; any extension page load starts it again.
      const waker = await ctx.newPage();
      try {
        const started = ctx.waitForEvent('serviceworker', { timeout: 10_000 });
        await waker.goto(`${base}/options.html`);
        return findWorker() ?? (await started);
      } finally {
        await waker.close();
      }
    };

    const tabIdOf = async (page: Page): Promise<number> => {
      // Without the "tabs" permission tabs.query hides URLs, so find the tab the way the
      // popup does: make it the active tab, then ask for the active tab.
      await page.bringToFront();
      const sw = await worker();
      return sw.evaluate(async () => {
        const api = (globalThis as any).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id == null) throw new Error('no active tab');
        return tab.id as number;
      });
    };

    const sendToTab = async <T,>(page: Page, message: ContentRequest): Promise<T> => {
      const tabId = await tabIdOf(page);
      const sw = await worker();
      return sw.evaluate(
        ({ tabId, message }) => (globalThis as any).chrome.tabs.sendMessage(tabId, message),
        { tabId, message },
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

    const handle: ChromiumHandle = {
      context: ctx,
      serviceWorker,
      extensionId,
      userDataDir,
      worker,
      popupUrl(query) {
        const url = new URL(`${base}/popup.html`);
        for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
        return url.href;
      },
      optionsUrl: () => `${base}/options.html`,
      extensionUrl: (path) => `${base}/${path.replace(/^\//, '')}`,
      newPage: () => ctx.newPage(),
      async openExtensionPage(path) {
        const page = await ctx.newPage();
        await page.goto(`${base}/${path.replace(/^\//, '')}`, { timeout: 20_000 });
        return page;
      },
      tabIdOf,
      sendToTab,
      getState,
      waitForState: (page, accept = isSettled, timeout = 20_000) =>
        pollFor(() => getState(page), accept, { timeout, interval: 150, what: `content-script state on ${page.url()}` }),
      async close() {
        await closeChromium(ctx, ownsProfile ? userDataDir : null);
      },
    };
    return handle;
  } catch (error) {
    if (context) await closeChromium(context, ownsProfile ? userDataDir : null);
    else if (ownsProfile) removeDir(userDataDir);
    throw error;
  }
}

async function closeChromium(context: BrowserContext, dirToRemove: string | null) {
  try {
    await withTimeout(context.close(), 15_000, 'Chromium close');
  } catch (error) {
    // Playwright kills the browser process itself when close fails; report and move on.
    console.warn(String(error));
  }
  removeDir(dirToRemove);
}
