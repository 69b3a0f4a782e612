// Settings changed in the options page, by keyboard, survive a browser restart with the same
// profile, in both browsers. Firefox installs the build as a temporary add-on each launch;
// its storage lives in the profile under the moz-extension://UUID origin, so the relaunch pins
// the same UUID, as an installed add-on would keep it.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchExtension, makeTempDir, removeDir, type AnyPage, type ExtensionDriver } from './harness';

/** What the options page shows: the two switches and the listed sites. */
function readOptions() {
  return {
    highlights: (document.getElementById('highlights') as HTMLInputElement | null)?.checked ?? null,
    paused: (document.getElementById('paused') as HTMLInputElement | null)?.checked ?? null,
    sites: [...document.querySelectorAll('.sites .site')].map((el) => el.textContent),
  };
}

/** What extension storage holds, read from an extension page. */
function readStorage() {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  return api.storage.local.get('settings').then((items: Record<string, unknown>) => items.settings ?? null);
}

// Playwright and Puppeteer pages share these input methods.
type Typing = {
  focus(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
};

describe.each(BROWSERS)('settings in %s', (kind) => {
  const profile = makeTempDir(`${kind}-profile`);
  const uuid = randomUUID();
  let ext: ExtensionDriver | null = null;
  afterAll(async () => {
    await ext?.close();
    removeDir(profile);
  });

  it('persist across a browser restart with the same profile', async () => {
    ext = await launchExtension(kind, { userDataDir: profile, uuid });
    let options: AnyPage = await ext.openExtensionPage('options.html', '#highlights');
    expect(await ext.evaluate(options, readOptions)).toEqual({ highlights: true, paused: false, sites: [] });

    // Keyboard only: Space toggles the focused switch, Enter submits the site form.
    const keys = options as unknown as Typing;
    await keys.focus('#highlights');
    await keys.keyboard.press(' ');
    await keys.type('#add-site', 'https://News.Example.com/world/a-story');
    await keys.keyboard.press('Enter');
    await ext.waitFor(options, () => document.querySelectorAll('.sites .site').length === 1);
    expect(await ext.evaluate(options, readOptions)).toEqual({ highlights: false, paused: false, sites: ['news.example.com'] });
    expect(await ext.waitFor(options, readStorage)).toEqual({ highlights: false, paused: false, disabledSites: ['news.example.com'] });

    await ext.close();
    ext = await launchExtension(kind, { userDataDir: profile, uuid });
    options = await ext.openExtensionPage('options.html', '#highlights');
    expect(await ext.evaluate(options, readStorage)).toEqual({ highlights: false, paused: false, disabledSites: ['news.example.com'] });
    expect(await ext.evaluate(options, readOptions)).toEqual({ highlights: false, paused: false, sites: ['news.example.com'] });

    // And the list's remove button works after the restart too.
    await ext.evaluate(options, () => (document.querySelector('.sites button') as HTMLButtonElement).click());
    await ext.waitFor(options, () => !!document.querySelector('.empty'));
    expect(await ext.waitFor(options, readStorage)).toEqual({ highlights: false, paused: false, disabledSites: [] });
  });
});
