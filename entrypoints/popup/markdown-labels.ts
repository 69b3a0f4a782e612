import { i18n } from '#i18n';
import type { MarkdownLabels } from '@/utils/export';

/** The Markdown export's headings in the reader's language. */
export function markdownLabels(): MarkdownLabels {
  return {
    heading: i18n.t('popupMdHeading'),
    source: i18n.t('popupMdSource'),
    language: i18n.t('popupMdLanguage'),
    partial: i18n.t('popupMdPartial'),
    speakers: i18n.t('popupSpeakersHeading'),
    name: i18n.t('popupMdName'),
    role: i18n.t('popupMdRole'),
    kind: i18n.t('popupMdKind'),
    country: i18n.t('popupMdCountry'),
    statements: i18n.t('popupTotalStatements'),
    words: i18n.t('popupMdWords'),
    totals: i18n.t('popupTotalsHeading'),
    direct: i18n.t('popupTotalDirect'),
    mixed: i18n.t('popupTotalMixed'),
    reported: i18n.t('popupTotalReported'),
    accordingTo: i18n.t('popupTotalAccordingTo'),
    named: i18n.t('popupTotalNamed'),
    anonymous: i18n.t('popupTotalAnonymous'),
    unattributed: i18n.t('popupTotalUnattributed'),
    quotes: i18n.t('popupTotalStatements'),
    unknownSpeaker: i18n.t('popupKind_unknown'),
  };
}
