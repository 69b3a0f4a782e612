// Stored settings outlive versions of the extension and can be corrupted (hand edits,
// sync from an old build, a bug). Whatever storage holds, the extension must read valid
// settings and keep working: unknown shapes fall back to the defaults field by field.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, sanitizeSettings, updateSettings, watchSettings, type Settings } from '../../../utils/settings';
import { seededRandom } from './validate';

function expectValid(settings: Settings): void {
  expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  expect(typeof settings.highlights).toBe('boolean');
  expect(typeof settings.paused).toBe('boolean');
  expect(Array.isArray(settings.disabledSites)).toBe(true);
  for (const site of settings.disabledSites) {
    expect(typeof site).toBe('string');
    expect(site.length).toBeGreaterThan(0);
    expect(site).toBe(site.toLowerCase());
  }
  expect(new Set(settings.disabledSites).size).toBe(settings.disabledSites.length);
}

const CORRUPTED: Array<[string, unknown]> = [
  ['null', null],
  ['a string', 'highlights=true'],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['true', true],
  ['an array', [true, false, ['example.com']]],
  ['an empty object', {}],
  ['wrong field types', { highlights: 'yes', paused: 1, disabledSites: 'example.com' }],
  ['old format: enabled + blacklist', { enabled: false, blacklist: ['example.com'] }],
  ['disabledSites with junk entries', { highlights: false, paused: true, disabledSites: [null, 3, '', {}, 'Example.COM', 'example.com', 'x'.repeat(10_000)] }],
  ['nested garbage', { highlights: { value: true }, paused: [false], disabledSites: [['a.com']] }],
  ['prototype-looking keys', JSON.parse('{"__proto__": {"highlights": false}, "constructor": 1}')],
];

describe('sanitizeSettings', () => {
  it.each(CORRUPTED)('turns %s into valid settings', (_label, raw) => {
    expectValid(sanitizeSettings(raw));
  });

  it('falls back to the defaults for values that hold nothing usable', () => {
    for (const raw of [null, undefined, 'x', 42, [], {}, { enabled: false }]) expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps each valid field of a partly corrupted value', () => {
    expect(sanitizeSettings({ highlights: false, paused: 'no', disabledSites: ['News.Example', 7] })).toEqual({
      highlights: false,
      paused: DEFAULT_SETTINGS.paused,
      disabledSites: ['news.example'],
    });
  });

  it('never lets a prototype key change the result', () => {
    expect(sanitizeSettings(JSON.parse('{"__proto__": {"highlights": false, "paused": true}}'))).toEqual(DEFAULT_SETTINGS);
  });

  it('is valid and idempotent on 2,000 random JSON values (seeded)', () => {
    const rand = seededRandom(2024);
    const atoms = [null, true, false, 0, -1, 1e308, '', 'a', 'Example.com', [], {}];
    const randomValue = (depth: number): unknown => {
      const r = rand();
      if (depth > 3 || r < 0.4) return atoms[Math.floor(rand() * atoms.length)];
      if (r < 0.6) return Array.from({ length: Math.floor(rand() * 5) }, () => randomValue(depth + 1));
      const keys = ['highlights', 'paused', 'disabledSites', 'enabled', 'sites', 'x'];
      return Object.fromEntries(keys.filter(() => rand() < 0.6).map((k) => [k, randomValue(depth + 1)]));
    };
    for (let i = 0; i < 2000; i++) {
      const raw = randomValue(0);
      const once = sanitizeSettings(raw);
      expectValid(once);
      expect(sanitizeSettings(once), JSON.stringify(raw)).toEqual(once);
    }
  });
});

describe('settings in extension storage (WXT fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it.each(CORRUPTED)('reads valid settings when storage holds %s', async (_label, raw) => {
    await fakeBrowser.storage.local.set({ settings: raw });
    expectValid(await getSettings());
  });

  it('does not break when the stored version is newer than this build (downgrade)', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlights: false, paused: false, disabledSites: [] }, settings$: { v: 99 } });
    expectValid(await getSettings());
  });

  it('does not break on corrupted version metadata', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlights: false }, settings$: 'garbage' });
    expectValid(await getSettings());
  });

  it('writes a clean value when updating on top of a corrupted one', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlights: 'maybe', disabledSites: [1, 'A.example'] } });
    const next = await updateSettings({ paused: true });
    expect(next).toEqual({ highlights: true, paused: true, disabledSites: ['a.example'] });
    const { settings } = await fakeBrowser.storage.local.get('settings');
    expect(settings).toEqual(next);
  });

  it('hands watchers sanitized values even when storage is corrupted later', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ settings: { highlights: 'off', disabledSites: 'x' } });
    await fakeBrowser.storage.local.set({ settings: null });
    await new Promise((r) => setTimeout(r, 10));
    stop();
    expect(seen.length).toBeGreaterThanOrEqual(1);
    for (const s of seen) expectValid(s);
  });
});
