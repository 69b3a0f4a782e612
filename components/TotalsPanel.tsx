import { i18n } from '#i18n';
import type { Totals } from '@/utils/stats';

interface Props {
  totals: Totals;
}

/** Statement counts by form (direct, reported…) and by sourcing (named, anonymous). */
export function TotalsPanel({ totals }: Props) {
  const forms: [string, number][] = [
    [i18n.t('popupTotalDirect'), totals.direct],
    [i18n.t('popupTotalMixed'), totals.mixed],
    [i18n.t('popupTotalReported'), totals.reported],
    [i18n.t('popupTotalAccordingTo'), totals.accordingTo],
  ];
  const sourcing: [string, number][] = [
    [i18n.t('popupTotalNamed'), totals.named],
    [i18n.t('popupTotalAnonymous'), totals.anonymous],
    [i18n.t('popupTotalUnattributed'), totals.unattributed],
  ];
  return (
    <section class="panel" aria-labelledby="totals-heading">
      <h2 id="totals-heading" class="panel__heading">
        {i18n.t('popupTotalsHeading')}
        <span class="panel__heading-figure">
          {' · '}
          {i18n.t('popupTotalStatements')} <strong data-total="statements">{totals.statements}</strong>
        </span>
      </h2>
      <dl class="totals">
        {forms.map(([label, value]) => (
          <div class="totals__item" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <dl class="totals totals--sourcing">
        {sourcing.map(([label, value]) => (
          <div class="totals__item" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
