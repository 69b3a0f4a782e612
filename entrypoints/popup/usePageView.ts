import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PageState } from '@/utils/messages';
import { findTargetTab, isUnreachableUrl, readPageState, sendToTab, type TargetTab } from './page-link';

export type PageView =
  | { kind: 'loading' }
  /** No content script answers in this tab (browser page, store, tab opened before install). */
  | { kind: 'unsupported' }
  | { kind: 'page'; state: PageState };

/** Content scripts load at document_idle: give a just-opened tab a moment before giving up. */
const MAX_MISSES = 4;
const MISS_RETRY_MS = 250;
/** Poll fast at first (most analyses take well under a second), then ease off. */
const FIRST_POLL_MS = 150;
const MAX_POLL_MS = 1000;

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

function isTransient(state: PageState): boolean {
  return state.status === 'starting' || state.status === 'analysing';
}

/**
 * The state of the inspected tab, kept current: polled while the content script is still
 * deciding or analysing, re-read on demand (after a setting changes, after Retry).
 */
export function usePageView(search: string) {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [view, setView] = useState<PageView>({ kind: 'loading' });
  const generation = useRef(0);
  const tabRef = useRef<TargetTab | null>(null);

  const poll = useCallback(async () => {
    const mine = ++generation.current;
    const current = () => mine === generation.current;
    const target = tabRef.current;
    if (!target || isUnreachableUrl(target.url)) {
      if (current()) setView({ kind: 'unsupported' });
      return;
    }
    let misses = 0;
    let interval = FIRST_POLL_MS;
    while (current()) {
      let state: PageState | null = null;
      try {
        state = readPageState(await sendToTab(target.id, { type: 'get-state' }));
      } catch {
        state = null;
      }
      if (!current()) return;
      if (!state) {
        if (++misses >= MAX_MISSES) {
          setView({ kind: 'unsupported' });
          return;
        }
        await sleep(MISS_RETRY_MS);
        continue;
      }
      misses = 0;
      setView({ kind: 'page', state });
      if (!isTransient(state)) return;
      await sleep(interval);
      interval = Math.min(MAX_POLL_MS, Math.round(interval * 1.5));
    }
  }, []);

  // A layout effect starts the first request before the "loading" frame is painted
  // (a plain effect would wait for that paint): the popup must show its answer fast.
  useLayoutEffect(() => {
    let cancelled = false;
    findTargetTab(search)
      .catch(() => null)
      .then((target) => {
        if (cancelled) return;
        tabRef.current = target;
        setTab(target);
        void poll();
      });
    return () => {
      cancelled = true;
      generation.current++; // stops any running poll loop
    };
  }, [search, poll]);

  /** Read the state again now, then follow it until it settles. */
  const refresh = useCallback(() => void poll(), [poll]);

  return { tab, view, refresh };
}
