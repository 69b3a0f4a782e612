import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ContentRequest, PageState } from '../../../utils/messages';
import { launchChromium, type ChromiumHandle, type ChromiumOptions } from './chromium';
import { launchFirefox, type ExtensionPageOptions, type FirefoxHandle, type FirefoxOptions } from './firefox';
import { pollFor } from './env';

export type BrowserKind = 'chromium' | 'firefox';
export const BROWSERS: BrowserKind[] = ['chromium', 'firefox'];
export type AnyPage = PlaywrightPage | PuppeteerPage;

/**
 * The same few operations in both browsers, so that one test body can run in Chromium and
 * Firefox (`describe.each(BROWSERS)`). Reach for `.chromium` / `.firefox` for anything else.
 */
export interface ExtensionDriver {
  kind: BrowserKind;
  chromium: ChromiumHandle | null;
  firefox: FirefoxHandle | null;
  /** Profile folder (pass it back as `userDataDir` to restart with the same profile). */
  userDataDir: string;
  /** A new tab on `url`, loaded. */
  openPage(url: string): Promise<AnyPage>;
  /**
   * A new tab on an extension page, once `ready` (a CSS selector) is in it. `ownWindow`
   * (Firefox): in a new window, so that the tab it describes stays visible as under a toolbar
   * popup; Chromium's headless tabs stay visible anyway and ignore it.
   */
  openExtensionPage(path: string, ready?: string, options?: ExtensionPageOptions): Promise<AnyPage>;
  /** Run `fn(arg)` in the page's main world. */
  evaluate<T, A = undefined>(page: AnyPage, fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Poll `fn(arg)` in the page until it returns a truthy value (errors count as "not yet"). */
  waitFor<T, A = undefined>(page: AnyPage, fn: (arg: A) => T | Promise<T>, arg?: A, timeout?: number): Promise<NonNullable<T>>;
  tabIdOf(page: AnyPage): Promise<number>;
  sendToTab<T = unknown>(page: AnyPage, message: ContentRequest): Promise<T>;
  getState(page: AnyPage): Promise<PageState>;
  waitForState(page: AnyPage, accept?: (state: PageState) => boolean, timeout?: number): Promise<PageState>;
  popupUrl(query?: Record<string, string>): string;
  optionsUrl(): string;
  /**
   * Run `fn(background, arg)` against the extension's background, to inject faults from the
   * test side (the shipped extension has no test hooks). Chromium: inside the MV3 service
   * worker, `background` is its globalThis. Firefox: in an extension tab, `background` is the
   * MV2 background page's window (see FirefoxHandle.inBackground). Write `fn` for both: reach
   * globals through `background` only, no closures; `arg` travels as JSON.
   */
  inBackground<T, A = undefined>(fn: (background: typeof globalThis, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  close(): Promise<void>;
}

export type DriverOptions = { userDataDir?: string; uuid?: string } & Pick<ChromiumOptions, 'viewport'>;

export async function launchExtension(kind: BrowserKind, options: DriverOptions = {}): Promise<ExtensionDriver> {
  return kind === 'chromium' ? chromiumDriver(await launchChromium(options)) : firefoxDriver(await launchFirefox(options));
}

function common(
  evaluate: ExtensionDriver['evaluate'],
): Pick<ExtensionDriver, 'evaluate' | 'waitFor'> {
  return {
    evaluate,
    waitFor: (page, fn, arg, timeout = 15_000) =>
      pollFor(() => evaluate(page, fn, arg), Boolean, { timeout, interval: 100, what: `a condition in ${page.url()}` }) as Promise<never>,
  };
}

/** The driver over a Chromium launched by hand (e.g. with extra browser flags). */
export function chromiumDriver(handle: ChromiumHandle): ExtensionDriver {
  const evaluate: ExtensionDriver['evaluate'] = (page, fn, arg) => (page as PlaywrightPage).evaluate(fn as never, arg) as never;
  return {
    kind: 'chromium',
    chromium: handle,
    firefox: null,
    userDataDir: handle.userDataDir,
    ...common(evaluate),
    async openPage(url) {
      const page = await handle.newPage();
      await page.goto(url, { timeout: 20_000 });
      return page;
    },
    async openExtensionPage(path, ready = 'body') {
      const page = await handle.openExtensionPage(path);
      await page.waitForSelector(ready, { timeout: 15_000, state: 'attached' });
      return page;
    },
    tabIdOf: (page) => handle.tabIdOf(page as PlaywrightPage),
    sendToTab: (page, message) => handle.sendToTab(page as PlaywrightPage, message),
    getState: (page) => handle.getState(page as PlaywrightPage),
    waitForState: (page, accept, timeout) => handle.waitForState(page as PlaywrightPage, accept, timeout),
    popupUrl: handle.popupUrl,
    optionsUrl: handle.optionsUrl,
    async inBackground(fn, arg) {
      const worker = await handle.worker();
      return worker.evaluate(`(${fn.toString()})(globalThis, ${JSON.stringify(arg) ?? 'undefined'})`) as never;
    },
    close: handle.close,
  };
}

/** The driver over a Firefox launched by hand (e.g. with extra prefs). */
export function firefoxDriver(handle: FirefoxHandle): ExtensionDriver {
  const evaluate: ExtensionDriver['evaluate'] = (page, fn, arg) => (page as PuppeteerPage).evaluate(fn as never, arg) as never;
  return {
    kind: 'firefox',
    chromium: null,
    firefox: handle,
    userDataDir: handle.userDataDir,
    ...common(evaluate),
    async openPage(url) {
      const page = await handle.newPage();
      await page.goto(url, { timeout: 20_000, waitUntil: 'load' });
      return page;
    },
    openExtensionPage: (path, ready, options) => handle.openExtensionPage(path, ready, options),
    tabIdOf: (page) => handle.tabIdOf(page as PuppeteerPage),
    sendToTab: (page, message) => handle.sendToTab(page as PuppeteerPage, message),
    getState: (page) => handle.getState(page as PuppeteerPage),
    waitForState: (page, accept, timeout) => handle.waitForState(page as PuppeteerPage, accept, timeout),
    popupUrl: handle.popupUrl,
    optionsUrl: handle.optionsUrl,
    inBackground: (fn, arg) => handle.inBackground(fn, arg),
    close: handle.close,
  };
}
