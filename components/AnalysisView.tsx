import { useMemo } from 'preact/hooks';
import type { Analysis } from '@/utils/engine/types';
import { assignSlots } from '@/utils/page/palette';
import { balanceByCountry, balanceByKind, computeTotals, speakerFigures, verbsUsed } from '@/utils/stats';
import { SpeakerList } from './SpeakerList';
import { TotalsPanel } from './TotalsPanel';
import { BalancePanel } from './BalancePanel';
import { VerbsPanel } from './VerbsPanel';

interface Props {
  analysis: Analysis;
  selectedId: string | null;
  position: number | null;
  filterId: string | null;
  onSelect: (speakerId: string) => void;
  onStep: (speakerId: string, step: 1 | -1) => void;
  onFilter: (speakerId: string | null) => void;
}

/** A BCP 47 tag for lang attributes, or null for unknown ('und', garbage). */
function articleLang(lang: string | null | undefined): string | null {
  return lang && lang !== 'und' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) ? lang : null;
}

/** An analysed article with statements: speakers, totals, balance and verbs. */
export function AnalysisView({ analysis, ...speakerProps }: Props) {
  const figures = useMemo(() => speakerFigures(analysis), [analysis]);
  // The same slot assignment the content script paints with, so colours match the page.
  const slots = useMemo(() => assignSlots(analysis), [analysis]);
  const totals = useMemo(() => computeTotals(analysis), [analysis]);
  const byCountry = useMemo(() => balanceByCountry(analysis), [analysis]);
  const byKind = useMemo(() => balanceByKind(analysis), [analysis]);
  const verbs = useMemo(() => verbsUsed(analysis), [analysis]);
  return (
    <>
      {figures.length > 0 && <SpeakerList speakers={figures} slots={slots} lang={articleLang(analysis.lang)} {...speakerProps} />}
      <TotalsPanel totals={totals} />
      <BalancePanel byCountry={byCountry} byKind={byKind} />
      <VerbsPanel neutral={verbs.neutral} loaded={verbs.loaded} />
    </>
  );
}
