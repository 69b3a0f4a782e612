import type { Analysis } from './engine/types';

/**
 * Typed messages between the content script, the background worker and the popup.
 * Every receiver checks `sender.id === browser.runtime.id` before acting (see isOwnSender),
 * and every guard below checks the payload's shape too: a message that passed the sender
 * check still comes from code that may be older or newer than ours.
 */

/** What the content script knows about its page; the popup renders it. */
export type PageStatus =
  | 'starting' // content script loaded, not yet decided
  | 'not-article'
  | 'analysing'
  | 'ready' // analysis present (may hold zero statements)
  | 'off-site' // turned off on this site
  | 'paused' // paused everywhere
  | 'error';

export interface PageMeta {
  title: string | null;
  lang: string | null;
  /** The page marks part of the article as paywalled. */
  partial: boolean;
  url: string;
}

/** The hover card as the reader sees it (plain text), for the popup and tests. */
export interface CardSnapshot {
  quoteId: string;
  speakerId: string | null;
  /** How the card was opened: by the pointer, or by keyboard / popup focus. */
  via: 'hover' | 'focus';
  /** The card's visible text, line by line. */
  lines: string[];
}

export interface PageState {
  status: PageStatus;
  meta: PageMeta | null;
  analysis: Analysis | null;
  error: string | null;
  /** Speaker whose statements alone are highlighted, or null for all. */
  filterSpeakerId: string | null;
  highlightsOn: boolean;
  /** Statement ranges currently registered in CSS.highlights (0 when highlights are off). */
  painted: number;
  /** The statement focused by keyboard stepping or focus-speaker, if any. */
  focusedQuoteId: string | null;
  /** The hover card currently shown, if any. */
  card: CardSnapshot | null;
  /** Why the page was judged not to be an article (detection's reason), else null. */
  reason: string | null;
}

/** Content script → background. */
export type BackgroundRequest =
  | { type: 'analyze'; text: string; lang: string | null; title: string | null }
  | { type: 'badge'; count: number | null };

/** Popup/background → content script. */
export type ContentRequest =
  | { type: 'get-state' }
  | { type: 'reanalyze' }
  | { type: 'focus-speaker'; speakerId: string; step: 0 | 1 | -1 }
  | { type: 'filter-speaker'; speakerId: string | null }
  | { type: 'step-statement'; step: 1 | -1 };

export type AnalyzeResponse = { ok: true; analysis: Analysis } | { ok: false; error: string };

/** Only our own extension's pages and scripts may talk to us. */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return !!sender && typeof ownId === 'string' && ownId.length > 0 && sender.id === ownId;
}

const isShortString = (value: unknown): value is string => typeof value === 'string' && value.length <= 512;
const isStringOrNull = (value: unknown) => value === null || isShortString(value);

export function isContentRequest(message: unknown): message is ContentRequest {
  if (!message || typeof message !== 'object') return false;
  const m = message as { type?: unknown; speakerId?: unknown; step?: unknown };
  switch (m.type) {
    case 'get-state':
    case 'reanalyze':
      return true;
    case 'focus-speaker':
      return isShortString(m.speakerId) && (m.step === 0 || m.step === 1 || m.step === -1);
    case 'filter-speaker':
      return isStringOrNull(m.speakerId);
    case 'step-statement':
      return m.step === 1 || m.step === -1;
    default:
      return false;
  }
}

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (!message || typeof message !== 'object') return false;
  const m = message as { type?: unknown; text?: unknown; lang?: unknown; title?: unknown; count?: unknown };
  if (m.type === 'analyze') {
    return typeof m.text === 'string' && isStringOrNull(m.lang ?? null) && (m.title == null || typeof m.title === 'string');
  }
  if (m.type === 'badge') {
    return m.count === null || m.count === undefined || (Number.isInteger(m.count) && (m.count as number) >= 0);
  }
  return false;
}
