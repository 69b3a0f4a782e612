import type { Analysis } from './engine/types';

/**
 * Typed messages between the content script, the background worker and the popup.
 * Every receiver checks `sender.id === browser.runtime.id` before acting (see isOwnSender).
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

export interface PageState {
  status: PageStatus;
  meta: PageMeta | null;
  analysis: Analysis | null;
  error: string | null;
  /** Speaker whose statements alone are highlighted, or null for all. */
  filterSpeakerId: string | null;
  highlightsOn: boolean;
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
  return !!sender && sender.id === ownId;
}

export function isContentRequest(message: unknown): message is ContentRequest {
  if (!message || typeof message !== 'object') return false;
  const type = (message as { type?: unknown }).type;
  return (
    type === 'get-state' ||
    type === 'reanalyze' ||
    type === 'focus-speaker' ||
    type === 'filter-speaker' ||
    type === 'step-statement'
  );
}

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (!message || typeof message !== 'object') return false;
  const m = message as { type?: unknown; text?: unknown };
  return (m.type === 'analyze' && typeof m.text === 'string') || m.type === 'badge';
}
