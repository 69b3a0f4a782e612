import { useId } from 'preact/hooks';
import { i18n } from '#i18n';
import type { SpeakerFigures } from '@/utils/stats';
import { NEUTRAL_RGB, SLOT_UNDERLINES, SPEAKER_COLOURS } from '@/utils/page/palette';
import { ShareBar } from './ShareBar';
import { SpeakerSteps } from './SpeakerSteps';
import { countryName, kindLabel, percent } from './format';

interface Props {
  figures: SpeakerFigures;
  /** Language of the article, for the words quoted from it (names, roles). */
  lang: string | null;
  /** Highlight colour slot in the page; null draws the grey of anonymous sources. */
  slot: number | null;
  selected: boolean;
  /** Index (0-based) of the statement shown in the page, when this speaker is selected. */
  position: number | null;
  filtered: boolean;
  onSelect: () => void;
  onStep: (step: 1 | -1) => void;
  onFilter: (only: boolean) => void;
}

/** One speaker: who they are, how much they speak, and the framing of their words. */
/** The swatch repeats the page's highlight: its colour and its underline shape. */
function swatchStyle(slot: number | null) {
  const rgb = slot === null ? NEUTRAL_RGB : SPEAKER_COLOURS[slot % SPEAKER_COLOURS.length].rgb;
  const underline = slot === null ? 'dashed' : SLOT_UNDERLINES[Math.floor(slot / SPEAKER_COLOURS.length) % SLOT_UNDERLINES.length];
  return { background: `rgba(${rgb.join(', ')}, 0.45)`, borderBottom: `3px ${underline} rgb(${rgb.join(', ')})` };
}

export function SpeakerItem({ figures, lang, slot, selected, position, filtered, onSelect, onStep, onFilter }: Props) {
  const { speaker, count, statementShare, wordShare, loadedVerbs } = figures;
  // Engine ids may hold any character; a generated id keeps aria-describedby well formed.
  const detailsId = useId();
  // The role is the article's words (its language); kind and country are ours (the UI's).
  const ours = [kindLabel(speaker.kind), speaker.country ? countryName(speaker.country) : null].filter(
    (fact): fact is string => !!fact,
  );
  const loaded = loadedVerbs.map((v) => (v.count > 1 ? `${v.verb} ×${v.count}` : v.verb)).join(', ');
  return (
    <li class={`speaker${selected ? ' speaker--selected' : ''}`} data-speaker-id={speaker.id}>
      <button
        type="button"
        class="speaker__button"
        aria-pressed={selected}
        aria-label={i18n.t('popupSelectSpeaker', [speaker.name])}
        aria-describedby={detailsId}
        onClick={onSelect}
      >
        <span class="speaker__line">
          <span class="speaker__swatch" aria-hidden="true" style={swatchStyle(slot)} />
          <span class="speaker__name" lang={lang ?? undefined}>{speaker.name}</span>
          <ShareBar share={statementShare} />
          <span class="speaker__count">{count}</span>
        </span>
      </button>
      <div class="speaker__details" id={detailsId}>
        {/*
          One line each while the speaker is not selected (the popup must hold a typical article's
          speakers in 600 px): kind and country first, as they are short and always shown whole;
          a long role and a long list of verbs end in an ellipsis, and show whole on selection,
          in a tooltip and to screen readers.
        */}
        <p class="speaker__facts" title={[...ours, speaker.role].filter(Boolean).join(' · ')}>
          {ours.join(' · ')}
          {speaker.role && ' · '}
          {speaker.role && <span lang={lang ?? undefined}>{speaker.role}</span>}
        </p>
        <p class="speaker__share">
          <span class="speaker__figures">
            <span class="sr-only">{i18n.t('popupSpeakerStatements', count)}, </span>
            <span>{i18n.t('popupStatementShare', [percent(statementShare)])}</span>
            <span aria-hidden="true"> · </span>
            <span>{i18n.t('popupWordShare', [percent(wordShare)])}</span>
          </span>
        </p>
        {loaded && (
          // The full sentence for screen readers and as a tooltip; a short flag for the eye.
          <p class="speaker__loaded" title={i18n.t('popupLoadedMark', [loaded])}>
            <span class="sr-only">{i18n.t('popupLoadedMark', [loaded])}</span>
            <span aria-hidden="true">⚑ {i18n.t('popupLoadedShort', [loaded])}</span>
          </p>
        )}
      </div>
      {selected && (
        <SpeakerSteps
          name={speaker.name}
          position={position}
          total={count}
          filtered={filtered}
          onStep={onStep}
          onFilter={onFilter}
        />
      )}
    </li>
  );
}
