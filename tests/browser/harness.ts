/**
 * Real-browser test harness: a fixture server on 127.0.0.1 and the built extension in Debian
 * Chromium (playwright-core, MV3) and Firefox ESR (puppeteer-core over WebDriver BiDi, MV2).
 * Tests read extension state through the extension itself (tabs.sendMessage → content script),
 * never through marks left in the page's DOM.
 *
 *   const server = await serveFixtures();
 *   const chrome = await launchChromium();
 *   const page = await chrome.newPage();
 *   await page.goto(server.url('seed-choigou.html'));
 *   const state = await chrome.waitForState(page);      // PageState, settled
 *   afterAll(() => Promise.all([chrome.close(), server.close()]));
 */
export { serveFixtures, contentTypeFor, type FixtureServer, type ServeOptions, type InlinePage } from './lib/server';
export {
  requireBrowser,
  requireBuild,
  pollFor,
  withTimeout,
  sleep,
  makeTempDir,
  removeDir,
  INSTALL_HINT,
  CHROMIUM_PATH,
  FIREFOX_PATH,
  CHROME_BUILD,
  FIREFOX_BUILD,
} from './lib/env';
export { launchChromium, isSettled, SETTLED_STATUSES, type ChromiumHandle, type ChromiumOptions } from './lib/chromium';
export { launchFirefox, GECKO_ID, type FirefoxHandle, type FirefoxOptions } from './lib/firefox';
export { launchExtension, chromiumDriver, firefoxDriver, BROWSERS, type BrowserKind, type AnyPage, type ExtensionDriver, type DriverOptions } from './lib/driver';
