import { browser } from 'wxt/browser';
import type { Analysis } from '@/utils/engine/types';
import type { ContentRequest, PageState, PageStatus } from '@/utils/messages';

/**
 * How the popup reaches the page it describes: find the tab, talk to its content script.
 * A tab without our content script (browser pages, stores, tabs opened before install)
 * makes sendMessage reject; that is the "can't run here" state, not an error.
 */

export interface TargetTab {
  id: number;
  /** Only known with host access to the tab; the content script's meta.url is preferred. */
  url: string | null;
}

/** Reply time limit: a content script that never answers must not leave the popup spinning. */
const REPLY_TIMEOUT_MS = 3000;

/**
 * The tab to describe: `?tab=<id>` (or `?tabId=`) when given, which tests use because they
 * open the popup as an ordinary tab; otherwise the active tab of the current window.
 */
export async function findTargetTab(search: string): Promise<TargetTab | null> {
  const params = new URLSearchParams(search);
  const named = params.get('tab') ?? params.get('tabId');
  if (named !== null && /^\d+$/.test(named)) {
    const id = Number(named);
    try {
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url ?? null };
    } catch {
      return { id, url: null };
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id != null ? { id: tab.id, url: tab.url ?? null } : null;
}

/** Pages no content script can run in, known from the URL alone (when the URL is visible). */
export function isUnreachableUrl(url: string | null): boolean {
  if (!url) return false;
  return !/^https?:/i.test(url);
}

export async function sendToTab<T = unknown>(tabId: number, message: ContentRequest): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      browser.tabs.sendMessage(tabId, message) as Promise<T>,
      new Promise<never>((_, fail) => {
        timer = setTimeout(() => fail(new Error('no reply from the page')), REPLY_TIMEOUT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const STATUSES: PageStatus[] = ['starting', 'not-article', 'analysing', 'ready', 'off-site', 'paused', 'error'];

function isAnalysis(value: unknown): value is Analysis {
  const a = value as Analysis | null;
  return !!a && typeof a === 'object' && Array.isArray(a.quotes) && Array.isArray(a.speakers) && !!a.article;
}

/** Index of the focused statement among one speaker's statements, or null. */
export function focusedIndex(state: PageState | null, speakerId: string): number | null {
  if (!state?.analysis || !state.focusedQuoteId) return null;
  const index = state.analysis.quotes.filter((q) => q.speakerId === speakerId).findIndex((q) => q.id === state.focusedQuoteId);
  return index >= 0 ? index : null;
}

/**
 * Check a get-state reply before rendering it: the shape comes from another process and a
 * half-upgraded extension may send an older one. Anything unusable becomes null.
 */
export function readPageState(reply: unknown): PageState | null {
  if (!reply || typeof reply !== 'object') return null;
  const r = reply as Partial<PageState>;
  if (!STATUSES.includes(r.status as PageStatus)) return null;
  const meta = r.meta && typeof r.meta === 'object' ? r.meta : null;
  return {
    // Fields the popup does not read pass through as they came (newer content scripts).
    ...(r as PageState),
    status: r.status as PageStatus,
    meta: meta
      ? {
          title: typeof meta.title === 'string' ? meta.title : null,
          lang: typeof meta.lang === 'string' ? meta.lang : null,
          partial: meta.partial === true,
          url: typeof meta.url === 'string' ? meta.url : '',
        }
      : null,
    analysis: isAnalysis(r.analysis) ? r.analysis : null,
    error: typeof r.error === 'string' ? r.error : null,
    filterSpeakerId: typeof r.filterSpeakerId === 'string' ? r.filterSpeakerId : null,
    highlightsOn: r.highlightsOn !== false,
    painted: typeof r.painted === 'number' ? r.painted : 0,
    focusedQuoteId: typeof r.focusedQuoteId === 'string' ? r.focusedQuoteId : null,
    // The hover card is the content script's business; the popup never shows it.
    card: null,
  };
}
