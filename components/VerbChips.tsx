import { i18n } from '#i18n';
import type { VerbUse } from '@/utils/stats';

interface Props {
  verbs: VerbUse[];
  tone: 'neutral' | 'loaded';
}

/** Verbs as chips with their counts ("a déclaré 3"). */
export function VerbChips({ verbs, tone }: Props) {
  if (!verbs.length) return <p class="verbs__none">{i18n.t('popupVerbsNone')}</p>;
  return (
    <ul class={`verbs__list verbs__list--${tone}`}>
      {verbs.map((v) => (
        <li class="chip" key={v.verb} aria-label={i18n.t('popupVerbCount', [v.verb, String(v.count)])}>
          <span aria-hidden="true">{v.verb}</span>
          <span class="chip__count" aria-hidden="true">{v.count}</span>
        </li>
      ))}
    </ul>
  );
}
