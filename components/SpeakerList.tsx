import { i18n } from '#i18n';
import type { SpeakerFigures } from '@/utils/stats';
import { SpeakerItem } from './SpeakerItem';

interface Props {
  speakers: SpeakerFigures[];
  /** Highlight colour slot of each speaker (none for anonymous sources). */
  slots: Map<string, number>;
  /** Language of the article (names and roles are its words). */
  lang: string | null;
  selectedId: string | null;
  position: number | null;
  filterId: string | null;
  onSelect: (speakerId: string) => void;
  onStep: (speakerId: string, step: 1 | -1) => void;
  onFilter: (speakerId: string | null) => void;
}

/** Arrow keys move between speaker buttons (Tab still walks every control). */
function moveFocus(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
  const current = event.target as HTMLElement | null;
  if (!current?.classList.contains('speaker__button')) return;
  const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('.speaker__button')];
  const at = buttons.indexOf(current as HTMLButtonElement);
  const next =
    event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : at + (event.key === 'ArrowDown' ? 1 : -1);
  if (next >= 0 && next < buttons.length) {
    event.preventDefault();
    buttons[next].focus();
  }
}

/** Speakers, most quoted first. */
export function SpeakerList({ speakers, slots, lang, selectedId, position, filterId, onSelect, onStep, onFilter }: Props) {
  return (
    <section class="panel" aria-labelledby="speakers-heading">
      {/* The tab names the list visually; the heading names it for screen readers and carries focus across state changes. */}
      <h2 id="speakers-heading" class="sr-only">{i18n.t('popupSpeakersHeading')}</h2>
      {/* Once a speaker is selected, their step buttons take the hint's place. */}
      <p id="speakers-hint" class={selectedId ? 'sr-only' : 'panel__hint'}>{i18n.t('popupSpeakerHint')}</p>
      <ol class="speakers" aria-labelledby="speakers-heading" onKeyDown={moveFocus}>
        {speakers.map((figures) => (
          <SpeakerItem
            key={figures.speaker.id}
            figures={figures}
            lang={lang}
            slot={slots.get(figures.speaker.id) ?? null}
            selected={figures.speaker.id === selectedId}
            position={figures.speaker.id === selectedId ? position : null}
            filtered={figures.speaker.id === filterId}
            onSelect={() => onSelect(figures.speaker.id)}
            onStep={(step) => onStep(figures.speaker.id, step)}
            onFilter={(only) => onFilter(only ? figures.speaker.id : null)}
          />
        ))}
      </ol>
    </section>
  );
}
