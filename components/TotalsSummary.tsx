import { i18n } from '#i18n';
import type { Totals } from '@/utils/stats';

interface Props {
  totals: Totals;
}

/** One item of the summary; the dot between items is drawn by CSS and not read aloud. */
const item = (text: string, strong = false) => (strong ? <li><strong>{text}</strong></li> : <li>{text}</li>);

/**
 * The key totals in two short lines under the title: statements with named vs anonymous
 * sourcing, then statements by form. The full grid is in the Balance tab.
 */
export function TotalsSummary({ totals }: Props) {
  return (
    <section class="summary" aria-label={i18n.t('popupSummaryLabel')}>
      <ul class="summary__line">
        {item(i18n.t('popupSpeakerStatements', totals.statements), true)}
        {item(i18n.t('popupSumNamed', totals.named))}
        {item(i18n.t('popupSumAnonymous', totals.anonymous))}
        {/* Rare, and always in the Balance tab: spelled out here only when it happens. */}
        {totals.unattributed > 0 && item(i18n.t('popupSumUnattributed', totals.unattributed))}
      </ul>
      <ul class="summary__line">
        {item(i18n.t('popupSumDirect', totals.direct))}
        {item(i18n.t('popupSumMixed', totals.mixed))}
        {item(i18n.t('popupSumReported', totals.reported))}
        {item(i18n.t('popupSumAccordingTo', totals.accordingTo))}
      </ul>
    </section>
  );
}
