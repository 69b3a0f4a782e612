import { i18n } from '#i18n';
import type { BalanceEntry } from '@/utils/stats';
import type { SpeakerKind } from '@/utils/engine/types';
import { BalanceBars } from './BalanceBars';
import { countryName, kindLabel } from './format';

interface Props {
  byCountry: BalanceEntry[];
  byKind: BalanceEntry<SpeakerKind>[];
}

/** The balance of voices: statements by the country and by the kind of their source. */
export function BalancePanel({ byCountry, byKind }: Props) {
  return (
    <section class="panel" aria-labelledby="balance-heading">
      <h2 id="balance-heading" class="panel__heading">{i18n.t('popupBalanceHeading')}</h2>
      <div class="balance-grid">
        <BalanceBars
          title={i18n.t('popupByCountry')}
          rows={byCountry.map((e) => ({ label: countryName(e.key), count: e.count, share: e.share }))}
        />
        <BalanceBars
          title={i18n.t('popupByKind')}
          rows={byKind.map((e) => ({ label: kindLabel(e.key ?? 'unknown'), count: e.count, share: e.share }))}
        />
      </div>
    </section>
  );
}
