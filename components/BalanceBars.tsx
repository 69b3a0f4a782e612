import { i18n } from '#i18n';
import { ShareBar } from './ShareBar';
import { percent } from './format';

export interface BalanceRow {
  label: string;
  count: number;
  share: number;
}

interface Props {
  title: string;
  rows: BalanceRow[];
}

/** A compact bar chart (CSS bars, no chart library): one row per group, label and figure as text. */
export function BalanceBars({ title, rows }: Props) {
  return (
    <figure class="balance">
      <figcaption class="balance__title">{title}</figcaption>
      <ul class="balance__rows">
        {rows.map((row) => (
          <li class="balance__row" key={row.label} aria-label={i18n.t('popupBarLabel', [row.label, String(row.count), percent(row.share)])}>
            <span class="balance__label" aria-hidden="true">{row.label}</span>
            <ShareBar share={row.share} />
            <span class="balance__count" aria-hidden="true">{row.count}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
