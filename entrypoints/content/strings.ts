import { i18n } from '#i18n';
import type { CardStrings } from '@/utils/page/card';

/** The UI language the browser gives the extension ("en", "fr", …). */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/**
 * Card wording from the extension's locales (keys prefixed `card`). Looked up on first
 * use, not at injection: the first message lookup and the ICU region names cost several
 * milliseconds in a fresh page, and most pages never show a card.
 */
export function cardStrings(lang = uiLanguage()): CardStrings {
  let regions: Intl.DisplayNames | null | undefined;
  const regionNames = () => {
    if (regions === undefined) {
      try {
        regions = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
      } catch {
        regions = null;
      }
    }
    return regions;
  };
  const once = <T>(make: () => T): (() => T) => {
    let value: { v: T } | null = null;
    return () => (value ??= { v: make() }).v;
  };
  const kind = once(() => ({
    direct: i18n.t('cardKindDirect'),
    indirect: i18n.t('cardKindIndirect'),
    mixed: i18n.t('cardKindMixed'),
    'according-to': i18n.t('cardKindAccordingTo'),
  }));
  const tone = once(() => ({ neutral: i18n.t('cardToneNeutral'), loaded: i18n.t('cardToneLoaded') }));
  const unattributed = once(() => i18n.t('cardUnattributed'));
  const anonymous = once(() => i18n.t('cardAnonymous'));
  const named = once(() => i18n.t('cardNamed'));
  return {
    get unattributed() {
      return unattributed();
    },
    get anonymous() {
      return anonymous();
    },
    get named() {
      return named();
    },
    get kind() {
      return kind();
    },
    get tone() {
      return tone();
    },
    cue: (verb, tone) => i18n.t('cardCue', [verb, tone]),
    statements: (count) => i18n.t('cardStatements', count),
    via: (channel) => i18n.t('cardVia', [channel]),
    country: (code) => {
      try {
        return (/^[A-Za-z]{2}$/.test(code) && regionNames()?.of(code.toUpperCase())) || code;
      } catch {
        return code;
      }
    },
  };
}
