import { storage } from '#imports';

/** User settings, kept in extension storage (local: never synced off the machine). */
export interface Settings {
  /** Paint highlights in articles. */
  highlights: boolean;
  /** Stop everywhere until resumed. */
  paused: boolean;
  /** Hostnames where QuoteLens stays off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { highlights: true, paused: false, disabledSites: [] };

/** Coerce whatever storage holds (old formats, hand edits, corruption) into valid Settings. */
export function sanitizeSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const sites = Array.isArray(value.disabledSites)
    ? value.disabledSites.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length < 256)
    : [];
  return {
    highlights: typeof value.highlights === 'boolean' ? value.highlights : DEFAULT_SETTINGS.highlights,
    paused: typeof value.paused === 'boolean' ? value.paused : DEFAULT_SETTINGS.paused,
    disabledSites: [...new Set(sites.map((s) => s.toLowerCase()))],
  };
}

let item: ReturnType<typeof defineSettingsItem> | null = null;

function defineSettingsItem() {
  return storage.defineItem<Settings>('local:settings', {
    fallback: DEFAULT_SETTINGS,
    version: 1,
  });
}

/**
 * The stored settings item, defined on first use: defining an item reads storage at once,
 * and the content script, which imports this module on every page, needs no read on pages
 * that are not articles.
 */
export function settingsItem() {
  return (item ??= defineSettingsItem());
}

export async function getSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem().getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await getSettings()), ...patch });
  await settingsItem().setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => callback(sanitizeSettings(value)));
}

/** Is QuoteLens active on this hostname under these settings? */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(hostname.toLowerCase());
}
