import { i18n } from '#i18n';

interface Props {
  name: string;
  position: number | null;
  total: number;
  filtered: boolean;
  onStep: (step: 1 | -1) => void;
  onFilter: (only: boolean) => void;
}

/** Under the selected speaker: step through their statements and filter the highlights to them. */
export function SpeakerSteps({ name, position, total, filtered, onStep, onFilter }: Props) {
  const many = total > 1;
  return (
    <div class="steps" role="group" aria-label={name}>
      <button type="button" class="button button--small" disabled={!many} aria-label={i18n.t('popupPreviousLabel', [name])} onClick={() => onStep(-1)}>
        <span aria-hidden="true">‹ </span>
        {i18n.t('popupPrevious')}
      </button>
      <span class="steps__position">
        {position !== null && total > 0 ? i18n.t('popupStepPosition', [String(position + 1), String(total)]) : ''}
      </span>
      <button type="button" class="button button--small" disabled={!many} aria-label={i18n.t('popupNextLabel', [name])} onClick={() => onStep(1)}>
        {i18n.t('popupNext')}
        <span aria-hidden="true"> ›</span>
      </button>
      <label class="steps__filter">
        <input type="checkbox" checked={filtered} onChange={(event) => onFilter(event.currentTarget.checked)} />
        {i18n.t('popupFilterOnly', [name])}
      </label>
    </div>
  );
}
