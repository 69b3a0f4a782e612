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

/** Card wording from the extension's locales (keys prefixed `card`). */
export function cardStrings(lang = uiLanguage()): CardStrings {
  let regions: Intl.DisplayNames | null = null;
  try {
    regions = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
  } catch {
    regions = null;
  }
  return {
    unattributed: i18n.t('cardUnattributed'),
    anonymous: i18n.t('cardAnonymous'),
    named: i18n.t('cardNamed'),
    kind: {
      direct: i18n.t('cardKindDirect'),
      indirect: i18n.t('cardKindIndirect'),
      mixed: i18n.t('cardKindMixed'),
      'according-to': i18n.t('cardKindAccordingTo'),
    },
    tone: { neutral: i18n.t('cardToneNeutral'), loaded: i18n.t('cardToneLoaded') },
    cue: (verb, tone) => i18n.t('cardCue', [verb, tone]),
    statements: (count) => i18n.t('cardStatements', count),
    via: (channel) => i18n.t('cardVia', [channel]),
    country: (code) => {
      try {
        return (/^[A-Za-z]{2}$/.test(code) && regions?.of(code.toUpperCase())) || code;
      } catch {
        return code;
      }
    },
  };
}
