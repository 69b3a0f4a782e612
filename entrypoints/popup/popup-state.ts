import type { PageStatus } from '@/utils/messages';
import type { Settings } from '@/utils/settings';
import type { PageView } from './usePageView';

/** What the popup shows; PageStatus plus the states only the popup knows about. */
export type PopupState = 'loading' | 'unsupported' | 'empty' | Exclude<PageStatus, 'starting'>;

/** Settings the popup just changed win over a page state that has not caught up yet. */
export function popupState(view: PageView, settings: Settings | null, hostname: string | null): PopupState {
  if (view.kind !== 'page') return view.kind;
  if (settings?.paused) return 'paused';
  if (hostname && settings?.disabledSites.includes(hostname)) return 'off-site';
  const { status, analysis } = view.state;
  if (status === 'starting') return 'analysing';
  if (status === 'ready') return analysis && analysis.quotes.length > 0 ? 'ready' : analysis ? 'empty' : 'analysing';
  return status;
}
