import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Analysis } from '@/utils/engine/types';
import { assignSlots } from '@/utils/page/palette';
import { balanceByCountry, balanceByKind, computeTotals, speakerFigures, verbsUsed } from '@/utils/stats';
import { SpeakerList } from './SpeakerList';
import { TotalsPanel } from './TotalsPanel';
import { TotalsSummary } from './TotalsSummary';
import { BalancePanel } from './BalancePanel';
import { VerbsPanel } from './VerbsPanel';
import { Tabs, type TabItem } from './Tabs';

interface Props {
  analysis: Analysis;
  selectedId: string | null;
  position: number | null;
  filterId: string | null;
  onSelect: (speakerId: string) => void;
  onStep: (speakerId: string, step: 1 | -1) => void;
  onFilter: (speakerId: string | null) => void;
  /** The export buttons and the settings switches, each in its own tab. */
  exportPanel: ComponentChildren;
  settingsPanel: ComponentChildren;
}

/** A BCP 47 tag for lang attributes, or null for unknown ('und', garbage). */
function articleLang(lang: string | null | undefined): string | null {
  return lang && lang !== 'und' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) ? lang : null;
}

/**
 * An analysed article with statements: the key totals as a summary, then tabs. Speakers are
 * the first tab (what the reader opened the popup for); the balance of voices, the verbs,
 * the exports and the settings are one click (or one arrow key) away.
 */
export function AnalysisView({ analysis, exportPanel, settingsPanel, ...speakerProps }: Props) {
  const [tab, setTab] = useState('speakers');
  const figures = useMemo(() => speakerFigures(analysis), [analysis]);
  // The same slot assignment the content script paints with, so colours match the page.
  const slots = useMemo(() => assignSlots(analysis), [analysis]);
  const totals = useMemo(() => computeTotals(analysis), [analysis]);
  const byCountry = useMemo(() => balanceByCountry(analysis), [analysis]);
  const byKind = useMemo(() => balanceByKind(analysis), [analysis]);
  const verbs = useMemo(() => verbsUsed(analysis), [analysis]);
  const tabs: TabItem[] = [
    {
      id: 'speakers',
      label: (
        <>
          {i18n.t('popupTabSpeakers')}
          <span class="tabs__count" aria-hidden="true">{figures.length}</span>
        </>
      ),
      ariaLabel: `${i18n.t('popupTabSpeakers')} (${figures.length})`,
      content: figures.length > 0 && <SpeakerList speakers={figures} slots={slots} lang={articleLang(analysis.lang)} {...speakerProps} />,
    },
    {
      id: 'balance',
      label: i18n.t('popupTabBalance'),
      content: (
        <>
          <TotalsPanel totals={totals} />
          <BalancePanel byCountry={byCountry} byKind={byKind} />
        </>
      ),
    },
    { id: 'verbs', label: i18n.t('popupTabVerbs'), content: <VerbsPanel neutral={verbs.neutral} loaded={verbs.loaded} /> },
    { id: 'export', label: i18n.t('popupTabExport'), content: exportPanel },
    { id: 'settings', label: i18n.t('popupTabSettings'), content: settingsPanel },
  ];
  return (
    <>
      <TotalsSummary totals={totals} />
      <Tabs label={i18n.t('popupTabsLabel')} tabs={tabs} selected={tab} onSelect={setTab} />
    </>
  );
}
