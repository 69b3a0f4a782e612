import { i18n } from '#i18n';

interface Props {
  name: string;
  position: number | null;
  total: number;
  filtered: boolean;
  onStep: (step: 1 | -1) => void;
  onFilter: (only: boolean) => void;
}

/**
 * Under the selected speaker, on one line when it fits: step through their statements
 * (arrow buttons, named in full for screen readers) and filter the highlights to them.
 */
export function SpeakerSteps({ name, position, total, filtered, onStep, onFilter }: Props) {
  const many = total > 1;
  return (
    <div class="steps" role="group" aria-label={name}>
      <button
        type="button"
        class="button button--small button--icon"
        disabled={!many}
        aria-label={i18n.t('popupPreviousLabel', [name])}
        title={i18n.t('popupPrevious')}
        onClick={() => onStep(-1)}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <span class="steps__position">
        {position !== null && total > 0 ? i18n.t('popupStepPosition', [String(position + 1), String(total)]) : ''}
      </span>
      <button
        type="button"
        class="button button--small button--icon"
        disabled={!many}
        aria-label={i18n.t('popupNextLabel', [name])}
        title={i18n.t('popupNext')}
        onClick={() => onStep(1)}
      >
        <span aria-hidden="true">›</span>
      </button>
      <label class="steps__filter">
        {/* The box sits under the speaker, so "Highlight only" is enough to see; its name says whom. */}
        <input
          type="checkbox"
          checked={filtered}
          aria-label={i18n.t('popupFilterOnly', [name])}
          onChange={(event) => onFilter(event.currentTarget.checked)}
        />
        {i18n.t('popupFilterShort')}
      </label>
    </div>
  );
}
