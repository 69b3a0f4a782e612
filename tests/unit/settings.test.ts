// Settings are the one piece of state that outlives a page: they must survive storage
// round trips, old or corrupted stored values, and be editable from the options page.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fireEvent, render, screen, waitFor, cleanup } from '@testing-library/preact';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isActiveOn,
  sanitizeSettings,
  settingsItem,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../utils/settings';
import { OptionsPage } from '../../entrypoints/options/OptionsPage';
import { siteFromInput } from '../../entrypoints/options/sites';

/** English strings from locales/en.yml (flat `key: "value"` lines), so tests read real UI text. */
const EN: Record<string, string> = Object.fromEntries(
  readFileSync(resolve(__dirname, '../../locales/en.yml'), 'utf8')
    .split('\n')
    .map((line) => /^(\w+):\s*"?(.*?)"?\s*$/.exec(line))
    .filter((match): match is RegExpExecArray => !!match && match[2] !== '')
    .map((match) => [match[1], match[2]]),
);

function getMessage(key: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return (EN[key] ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

beforeEach(() => {
  cleanup();
  fakeBrowser.reset();
  // The fake browser leaves these unimplemented; the options page shows both.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'QuoteLens', version: '9.8.7' });
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
    { name: 'next-statement', description: 'Go to the next statement', shortcut: 'Alt+Shift+N' },
    { name: 'previous-statement', description: 'Go to the previous statement', shortcut: '' },
  ]);
});

describe('sanitizeSettings', () => {
  it('keeps a valid value as it is', () => {
    const valid: Settings = { highlights: false, paused: true, disabledSites: ['news.example.com'] };
    expect(sanitizeSettings(valid)).toEqual(valid);
  });

  it('reads an older shape (unknown keys, missing fields) as defaults for what is missing', () => {
    expect(sanitizeSettings({ enabled: false, blacklist: ['a.example'], highlights: false })).toEqual({
      ...DEFAULT_SETTINGS,
      highlights: false,
    });
  });

  it('drops junk site entries and duplicates that differ only in case', () => {
    expect(sanitizeSettings({ disabledSites: ['A.example', 'a.example', '', 42, null, 'b.example'] }).disabledSites).toEqual([
      'a.example',
      'b.example',
    ]);
  });

  it('turns non-objects into the defaults', () => {
    for (const raw of [undefined, null, 'true', 0, [], () => 1]) expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings in extension storage (WXT fake browser)', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips an update through browser.storage.local', async () => {
    await updateSettings({ highlights: false, disabledSites: ['News.Example.com'] });
    const raw = await fakeBrowser.storage.local.get('settings');
    expect(raw.settings).toEqual({ highlights: false, paused: false, disabledSites: ['news.example.com'] });
    expect(await getSettings()).toEqual({ highlights: false, paused: false, disabledSites: ['news.example.com'] });
  });

  it('merges patches instead of overwriting other fields', async () => {
    await updateSettings({ paused: true });
    await updateSettings({ disabledSites: ['x.example'] });
    expect(await getSettings()).toEqual({ highlights: true, paused: true, disabledSites: ['x.example'] });
  });

  it('recovers from a corrupted stored value', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlights: 'no', paused: 1, disabledSites: 'x.example' } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    // And the next write stores a clean value.
    await updateSettings({ paused: true });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, paused: true });
  });

  it('notifies watchers with sanitized values', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((value) => seen.push(value));
    await settingsItem().setValue({ highlights: false, paused: false, disabledSites: ['B.example'] } as Settings);
    await waitFor(() => expect(seen.at(-1)).toEqual({ highlights: false, paused: false, disabledSites: ['b.example'] }));
    unwatch();
  });

  it('decides where QuoteLens is active', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['off.example'] };
    expect(isActiveOn(settings, 'on.example')).toBe(true);
    expect(isActiveOn(settings, 'OFF.example')).toBe(false);
    expect(isActiveOn({ ...settings, paused: true }, 'on.example')).toBe(false);
  });
});

describe('siteFromInput (options page "turn off on a site")', () => {
  it.each([
    ['news.example.com', 'news.example.com'],
    ['  News.Example.COM ', 'news.example.com'],
    ['https://www.example.org/politics/article?id=3#top', 'www.example.org'],
    ['http://example.net:8080/x', 'example.net'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
  ])('reads %j as %j', (input, site) => {
    expect(siteFromInput(input)).toBe(site);
  });

  it.each(['', '   ', 'news', 'not a site', 'ftp://example.com', 'javascript:alert(1)', '-bad-.example', 'a..example', 'x'.repeat(300)])(
    'rejects %j',
    (input) => {
      expect(siteFromInput(input)).toBeNull();
    },
  );
});

describe('options page', () => {
  it('shows the stored settings and saves a toggle', async () => {
    await updateSettings({ highlights: true, paused: false });
    render(h(OptionsPage, null));
    const highlights = (await screen.findByRole('switch', { name: /highlight statements/i })) as HTMLInputElement;
    const pause = screen.getByRole('switch', { name: /pause everywhere/i }) as HTMLInputElement;
    expect(highlights.checked).toBe(true);
    expect(pause.checked).toBe(false);

    fireEvent.click(highlights);
    await waitFor(async () => expect((await getSettings()).highlights).toBe(false));
    await screen.findByText('Saved');
    fireEvent.click(pause);
    await waitFor(async () => expect((await getSettings()).paused).toBe(true));
  });

  it('lists the sites where QuoteLens is off and removes one', async () => {
    await updateSettings({ disabledSites: ['a.example', 'b.example'] });
    render(h(OptionsPage, null));
    const remove = await screen.findByRole('button', { name: 'Turn QuoteLens back on for a.example' });
    fireEvent.click(remove);
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['b.example']));
    await waitFor(() => expect(screen.queryByText('a.example')).toBeNull());
    expect(screen.getByText('b.example')).toBeTruthy();
  });

  it('adds a site typed as an address, and refuses a bad one with a message', async () => {
    render(h(OptionsPage, null));
    await screen.findByText(/runs on every site/i);
    const input = screen.getByLabelText(/turn off on a site/i) as HTMLInputElement;

    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.submit(input.form!);
    expect((await screen.findByRole('alert')).textContent).toMatch(/site name/i);
    expect((await getSettings()).disabledSites).toEqual([]);

    fireEvent.input(input, { target: { value: 'https://News.Example.com/world/story' } });
    fireEvent.submit(input.form!);
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['news.example.com']));
    expect(await screen.findByText('news.example.com')).toBeTruthy();
    expect(input.value).toBe('');
  });

  it('follows changes made elsewhere (the popup) while open', async () => {
    render(h(OptionsPage, null));
    const pause = (await screen.findByRole('switch', { name: /pause everywhere/i })) as HTMLInputElement;
    expect(pause.checked).toBe(false);
    await updateSettings({ paused: true });
    await waitFor(() => expect(pause.checked).toBe(true));
  });

  it('shows the privacy line, the version and the current shortcuts', async () => {
    render(h(OptionsPage, null));
    expect(await screen.findByText(/no network request/i)).toBeTruthy();
    expect(screen.getByText('Version 9.8.7')).toBeTruthy();
    expect((await screen.findByText('Alt+Shift+N')).tagName).toBe('KBD');
    expect(screen.getByText('Go to the previous statement').nextElementSibling?.textContent).toBe('Not set');
  });
});
