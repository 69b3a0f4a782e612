/**
 * Where a content-script run spends its time, kept in the controller's state (readable
 * through get-state by the popup's tests and the bench), never in the page: a performance
 * mark would be visible to every page script and tell it that QuoteLens is installed.
 * All instants are `performance.now()` of the page's document (the isolated world shares
 * its time origin), so they line up with the page's own navigation timing.
 */
export interface RunTimings {
  /** When the content script started (its injection). */
  injectedAt: number;
  /** The page's DOMContentLoaded event end, when it has happened (else null). */
  domContentLoadedAt: number | null;
  /** Instant the last run started. */
  runStartedAt: number;
  /** Waiting for the stored settings after detection (the storage round trip left over). */
  settingsWaitMs: number;
  /** Waiting for our turn again after giving the page its turns (between steps, collection and mapping slices). */
  yieldWaitMs: number;
  /** Main-thread milliseconds of each synchronous step of the last run (gate: the cheap non-article check). */
  gateMs: number;
  detectMs: number;
  collectMs: number;
  /** Tasks the collection was split into (1 for an ordinary article). */
  collectSlices: number;
  /** Structured copy of the request on our side (the sendMessage call itself). */
  sendMs: number;
  /** Quotes → ranges, summed over its slices. */
  mapMs: number;
  paintMs: number;
  /** Wall time from the request to the answer (messages + the engine). */
  analysisWallMs: number;
  /** The engine's own time in the background worker, as it reports it. */
  engineMs: number | null;
  /** Instant the highlights were registered (the next frame shows them). */
  paintedAt: number | null;
  /** Longest synchronous stretch of ours in the last run (one task, from its start to our yield or wait; the first run counts from injection): what the page could feel. */
  longestSliceMs: number;
}

export function emptyTimings(injectedAt: number): RunTimings {
  return {
    injectedAt,
    domContentLoadedAt: null,
    runStartedAt: injectedAt,
    settingsWaitMs: 0,
    gateMs: 0,
    yieldWaitMs: 0,
    detectMs: 0,
    collectMs: 0,
    collectSlices: 0,
    sendMs: 0,
    mapMs: 0,
    paintMs: 0,
    analysisWallMs: 0,
    engineMs: null,
    paintedAt: null,
    longestSliceMs: 0,
  };
}

/** The page's DOMContentLoaded end on the document's clock, or null before it. */
export function domContentLoadedAt(doc: Document): number | null {
  try {
    const nav = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav && nav.domContentLoadedEventEnd > 0 ? nav.domContentLoadedEventEnd : null;
  } catch {
    return null;
  }
}

/** Our synchronous main-thread cost: what we add to the page's own work. */
export function mainThreadMs(t: RunTimings): number {
  return t.gateMs + t.detectMs + t.collectMs + t.sendMs + t.mapMs + t.paintMs;
}

/**
 * Our synchronous stretches in a run: from begin() (a task of ours starts, or resumes after
 * an await) to end() (we yield or wait). The longest becomes the run's longestSliceMs, what
 * the page could feel as one task of ours, whatever steps it held.
 */
export class TaskClock {
  private startedAt: number | null;

  constructor(
    readonly timings: RunTimings,
    startedAt: number,
  ) {
    this.startedAt = startedAt;
  }

  begin(): void {
    this.startedAt = performance.now();
  }

  /** Milliseconds of the stretch running now (0 between stretches). */
  elapsed(): number {
    return this.startedAt === null ? 0 : performance.now() - this.startedAt;
  }

  end(): void {
    if (this.startedAt === null) return;
    const ms = performance.now() - this.startedAt;
    if (ms > this.timings.longestSliceMs) this.timings.longestSliceMs = ms;
    this.startedAt = null;
  }
}
