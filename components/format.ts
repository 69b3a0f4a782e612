import { i18n } from '#i18n';
import type { SpeakerKind } from '@/utils/engine/types';

/**
 * Locale-aware formatting for the popup. The locale is the one whose messages the browser
 * picked (popupLocale in locales/*.yml), so numbers and names match the surrounding text.
 */

export function uiLocale(): string {
  try {
    return i18n.t('popupLocale') || 'en';
  } catch {
    return 'en';
  }
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesFor(type: 'region' | 'language'): Intl.DisplayNames | null {
  const key = `${uiLocale()}:${type}`;
  if (!displayNames.has(key)) {
    try {
      displayNames.set(key, new Intl.DisplayNames([uiLocale()], { type }));
    } catch {
      displayNames.set(key, null);
    }
  }
  return displayNames.get(key)!;
}

/** "RU" → "Russia" / "Russie"; unknown or malformed codes come back unchanged. */
export function countryName(code: string | null): string {
  if (!code) return i18n.t('popupCountryUnknown');
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return namesFor('region')?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "fr" → "French" / "français". */
export function languageName(code: string | null | undefined): string | null {
  if (!code || code === 'und') return null;
  try {
    return namesFor('language')?.of(code) ?? code;
  } catch {
    return code;
  }
}

export function percent(share: number): string {
  try {
    return new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
  } catch {
    return `${Math.round(share * 100)} %`;
  }
}

export function kindLabel(kind: SpeakerKind): string {
  switch (kind) {
    case 'person':
      return i18n.t('popupKind_person');
    case 'organization':
      return i18n.t('popupKind_organization');
    case 'anonymous':
      return i18n.t('popupKind_anonymous');
    case 'document':
      return i18n.t('popupKind_document');
    default:
      return i18n.t('popupKind_unknown');
  }
}

/** Hostname of a page URL, or null for URLs that have none (about:, data:, garbage). */
export function hostnameOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}
