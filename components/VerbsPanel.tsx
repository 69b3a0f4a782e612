import { i18n } from '#i18n';
import type { VerbUse } from '@/utils/stats';
import { VerbChips } from './VerbChips';

interface Props {
  neutral: VerbUse[];
  loaded: VerbUse[];
}

/** The attribution verbs of the article, neutral ("said") apart from loaded ("claimed"). */
export function VerbsPanel({ neutral, loaded }: Props) {
  return (
    <section class="panel" aria-labelledby="verbs-heading">
      <h2 id="verbs-heading" class="panel__heading">{i18n.t('popupVerbsHeading')}</h2>
      <div class="verbs">
        <h3 class="verbs__heading">{i18n.t('popupVerbsNeutral')}</h3>
        <VerbChips verbs={neutral} tone="neutral" />
        <h3 class="verbs__heading verbs__heading--loaded">{i18n.t('popupVerbsLoaded')}</h3>
        <VerbChips verbs={loaded} tone="loaded" />
      </div>
    </section>
  );
}
