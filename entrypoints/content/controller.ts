import type { Analysis } from '@/utils/engine/types';
import type { AnalyzeResponse, BackgroundRequest, ContentRequest, PageState } from '@/utils/messages';
import { cardModel, type CardStrings } from '@/utils/page/card';
import { collectTextInSlices } from '@/utils/page/collect';
import { detect, quickReject, type Detection } from '@/utils/page/detect';
import { CardHost, HoverTracker } from '@/utils/page/hover';
import { Painter, type HighlightFactory, type RegistryLike } from '@/utils/page/paint';
import { assignSlots, highlightNameFor, pageScheme, type Scheme } from '@/utils/page/palette';
import { StatementIndex, stepIndex, type PaintedStatement } from '@/utils/page/statements';
import type { TextMap } from '@/utils/page/textmap';
import { domContentLoadedAt, emptyTimings, TaskClock, type RunTimings } from '@/utils/page/timings';
import { isActiveOn, type Settings } from '@/utils/settings';

/** What the controller needs from the outside world (the extension, or a test). */
export interface ControllerDeps {
  doc: Document;
  registry: RegistryLike;
  createHighlight: HighlightFactory;
  strings: CardStrings;
  uiLang: string;
  send(message: BackgroundRequest): Promise<unknown>;
  getSettings(): Promise<Settings>;
  /** Timers and frames that stop when the content script is invalidated. */
  setTimeout(fn: () => void, ms: number): number;
  requestAnimationFrame(fn: () => void): number;
  /** Wrap a callback so that no exception escapes into the page. */
  guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  /** When the content script was injected (performance.now()); defaults to construction time. */
  startedAt?: number;
  /** Visibility test for candidate blocks, so text hidden by CSS is not read (live pages only). */
  isVisible?: (el: Element) => boolean;
  /** Give the page a turn and come back (defaults to a zero-delay timer). */
  yieldToPage?: () => Promise<void>;
}

/** get-state's answer: the shared PageState plus where the last run spent its time. */
export type TimedPageState = PageState & { timings: RunTimings };

/** The background's answer may carry the engine's own time (older workers do not). */
type TimedAnalyzeResponse = AnalyzeResponse & { engineMs?: number };

/** Quiet time before a changed article is read again. */
const MUTATION_DEBOUNCE_MS = 600;
/** A page that never stops changing is re-read at most this often. */
const MUTATION_MIN_INTERVAL_MS = 2000;
/** After a SPA navigation, wait for the DOM to be quiet this long (but no longer than the cap). */
const NAVIGATION_QUIET_MS = 300;
const NAVIGATION_CAP_MS = 3000;
/** Attributes whose change can show hidden text (a class, an inline style, `hidden`, an opened <details>). */
const REVEAL_ATTRIBUTES = ['class', 'style', 'hidden', 'open'];
/** Attribute changes come in bursts (animations, a class set then its style): look once they pause. */
const REVEAL_CHECK_MS = 150;
/** Hidden blocks kept to look at again; past this many, the article is mostly hidden furniture anyway. */
const MAX_WATCHED_HIDDEN = 200;
/** A page judged not an article at first is looked at once more after this long. */
const LATE_CHECK_MS = 2500;
/** How long focus-speaker's flash lasts. */
const FLASH_MS = 1600;
/** Work slice while mapping statements to the DOM, so a huge article never blocks the page. */
const SLICE_MS = 8;
/**
 * One task of ours (gate, detection, the start of collection) may run this long before we
 * give the page a turn. Ordinary articles fit in one task, so they are not kept waiting
 * behind the page's own tasks (first paint, load event) between steps; a huge page still
 * gets its turns, far below the 50 ms of a long task.
 */
const TASK_BUDGET_MS = 12;

/**
 * The content script's brain: decides whether the page is an article, asks the background
 * for the analysis, paints it, and keeps it right as the page, the settings and the
 * reader's requests change. Every entry point is wrapped by deps.guard.
 */
export class PageController {
  private state: PageState;
  private settings: Settings | null = null;
  private readonly index = new StatementIndex();
  private readonly painter: Painter;
  private readonly card: CardHost;
  private readonly tracker: HoverTracker;
  private analysis: Analysis | null = null;
  private root: Element | null = null;
  private lastText: string | null = null;
  private scheme: Scheme = 'light';
  /** Bumped by every run; a run that finds it changed stops (a newer one took over). */
  private generation = 0;
  private observer: MutationObserver | null = null;
  private observedRoot: Element | null = null;
  private watchingReveals = false;
  private mutationTimer = 0;
  private lastMutationRun = 0;
  private navigationTimer = 0;
  private focusedId: string | null = null;
  private flashTimer = 0;
  private waitingForVisible = false;
  private lateCheckDone = false;
  private timings: RunTimings;
  /** Settings asked for at injection, so that the storage round trip overlaps detection. */
  private settingsRequest: Promise<Settings> | null = null;
  /** The first run starts in the task that injected the script (see TaskClock). */
  private firstRun = true;
  /** Hidden blocks of the article, watched for the attribute change that shows them. */
  private hiddenBlocks: Element[] = [];
  private revealTimer = 0;

  constructor(private readonly deps: ControllerDeps) {
    const { doc } = deps;
    this.timings = emptyTimings(deps.startedAt ?? performance.now());
    this.state = {
      status: 'starting',
      meta: null,
      analysis: null,
      error: null,
      filterSpeakerId: null,
      highlightsOn: true,
      painted: 0,
      focusedQuoteId: null,
      card: null,
      reason: null,
    };
    this.painter = new Painter(deps.registry, deps.createHighlight);
    this.card = new CardHost(doc);
    this.tracker = new HoverTracker(
      doc,
      this.index,
      {
        onHover: (statement, x) => this.onHover(statement, x),
        onDismiss: (reason) => {
          this.card.hide();
          if (reason === 'escape') this.setFocus(null);
        },
      },
      () => this.root,
      deps.guard,
    );
  }

  /* ---------------- public entry points ---------------- */

  /** First run, at document idle. */
  start(): Promise<void> {
    return this.run();
  }

  snapshot(): TimedPageState {
    return {
      ...this.state,
      timings: { ...this.timings, domContentLoadedAt: domContentLoadedAt(this.deps.doc) },
      analysis: this.analysis,
      painted: this.painter.paintedCount(),
      focusedQuoteId: this.focusedId,
      card: this.card.snapshot(),
    };
  }

  async handle(request: ContentRequest): Promise<TimedPageState> {
    switch (request.type) {
      case 'get-state':
        break;
      case 'reanalyze':
        this.lastText = null;
        await this.run();
        break;
      case 'filter-speaker':
        this.setFilter(request.speakerId);
        break;
      case 'focus-speaker':
        this.step(request.step, request.speakerId, true);
        break;
      case 'step-statement':
        this.step(request.step, this.state.filterSpeakerId, false);
        break;
    }
    return this.snapshot();
  }

  /** Settings changed in storage (popup, options page, another tab): apply at once. */
  applySettings(settings: Settings): void {
    const wasActive = this.settings ? this.isActive(this.settings) : true;
    const hadHighlights = this.state.highlightsOn;
    this.settings = settings;
    this.state.highlightsOn = settings.highlights;
    if (!this.isActive(settings)) {
      this.generation++;
      this.teardown();
      this.state.status = settings.paused ? 'paused' : 'off-site';
      this.state.analysis = null;
      this.analysis = null;
      this.lastText = null;
      this.badge(null);
      return;
    }
    if (!wasActive) {
      void this.run();
      return;
    }
    if (hadHighlights !== settings.highlights) this.repaint();
  }

  /** SPA navigation: the article may be swapped; read it again once the DOM settles. */
  onLocationChange(): void {
    this.card.hide();
    this.dropStale();
    const doc = this.deps.doc;
    const body = doc.body;
    let quietTimer = 0;
    const started = performance.now();
    const generation = ++this.generation;
    const settle = new MutationObserver(
      this.deps.guard(() => {
        clearTimeout(quietTimer);
        if (performance.now() - started < NAVIGATION_CAP_MS) quietTimer = this.deps.setTimeout(done, NAVIGATION_QUIET_MS);
      }),
    );
    const done = () => {
      settle.disconnect();
      clearTimeout(this.navigationTimer);
      if (generation === this.generation) void this.run();
    };
    if (body) settle.observe(body, { childList: true, subtree: true, characterData: true });
    quietTimer = this.deps.setTimeout(done, NAVIGATION_QUIET_MS);
    clearTimeout(this.navigationTimer);
    this.navigationTimer = this.deps.setTimeout(done, NAVIGATION_CAP_MS);
  }

  /** The content script is going away (extension reloaded or updated): leave the page as we found it. */
  dispose(): void {
    this.generation++;
    this.teardown();
    this.card.destroy();
  }

  /* ---------------- the pipeline ---------------- */

  /** Read the page and paint it; a failure becomes an 'error' state, never an exception. */
  private async run(): Promise<void> {
    try {
      await this.runUnguarded();
    } catch (error) {
      this.state.status = 'error';
      this.state.error = String(error);
    }
  }

  private async runUnguarded(): Promise<void> {
    const generation = ++this.generation;
    const { doc } = this.deps;
    // The first run goes on in the task that injected the script: its task began then.
    const inInjectionTask = this.firstRun;
    this.firstRun = false;
    if (doc.hidden) {
      // No work on background tabs: start when the reader looks at it. A retry asked for
      // meanwhile is pending, not failed: say so rather than repeat the old error.
      if (this.state.status === 'error') {
        this.state.status = 'starting';
        this.state.error = null;
      }
      this.waitUntilVisible();
      return;
    }
    const url = doc.location?.href ?? '';
    const timings = (this.timings = emptyTimings(this.timings.injectedAt));
    timings.runStartedAt = performance.now();
    const clock = new TaskClock(timings, inInjectionTask ? timings.injectedAt : timings.runStartedAt);
    const rejected = quickReject(doc);
    timings.gateMs = performance.now() - timings.runStartedAt;
    if (rejected) {
      clock.end();
      this.notArticle(url, rejected);
      return;
    }
    // The storage round trip runs while detection does (detection only reads the page).
    if (!this.settings) this.settingsRequest ??= this.deps.getSettings();
    // Detection goes on in the task that started this run (the script's injection, a
    // mutation) only while that task is short: on a huge page their sum could be a long task.
    await this.yieldIfOver(clock);
    if (generation !== this.generation) return;
    let t0 = performance.now();
    const detection = detect(doc);
    timings.detectMs = performance.now() - t0;
    // Nothing more is read before the settings say QuoteLens is on here.
    if (!(await this.settingsAllowRun(generation, clock))) return;
    const editable = detection.root ? isInsideEditor(detection.root) : false;
    if (!detection.isArticle || !detection.root || editable) {
      clock.end();
      // A CMS editing an article: the text is the writer's draft, not a page to annotate.
      this.notArticle(url, editable ? 'editable' : (detection.reason ?? 'not-article'), detection);
      return;
    }
    this.state.meta = { title: detection.title, lang: detection.lang, partial: detection.partial, url };
    // Detection and collection each walk the article: on a huge article they are two tasks.
    await this.yieldIfOver(clock);
    if (generation !== this.generation) return;
    if (!detection.root.isConnected) {
      clock.end();
      this.onMutation(); // re-rendered under us: read again once the page settles
      return;
    }
    // Watch the root first: a change while collection pauses triggers a fresh read.
    this.root = detection.root;
    this.observe(detection.root);
    let sliceStart = performance.now();
    // Blocks the page hides now may be shown later (a loading class removed, "read more"):
    // kept, so that the attributes that could show them are watched.
    const hidden: Element[] = [];
    const isVisible = this.deps.isVisible;
    const collectOptions = {
      liveBlog: detection.liveBlog,
      ...(isVisible && {
        isVisible: (el: Element) => {
          const visible = isVisible(el);
          if (!visible && hidden.length < MAX_WATCHED_HIDDEN) hidden.push(el);
          return visible;
        },
      }),
    };
    const map = await collectTextInSlices(detection.root, collectOptions, {
      sliceMs: SLICE_MS,
      pause: async () => {
        timings.collectMs += performance.now() - sliceStart;
        timings.collectSlices++;
        await this.yieldNow(clock);
        sliceStart = performance.now();
        return generation === this.generation;
      },
    });
    if (!map) return; // a newer run took over
    timings.collectMs += performance.now() - sliceStart;
    timings.collectSlices++;
    this.watchReveals(detection.root, hidden);

    if (map.text === this.lastText && this.analysis) {
      // Same words (a re-render, a navigation that kept the article): keep the analysis,
      // re-anchor its ranges on the current nodes.
      await this.mapAndPaint(this.analysis, map, generation, clock);
      return;
    }

    this.state.status = 'analysing';
    let response: TimedAnalyzeResponse;
    const asked = performance.now();
    try {
      const pending = this.deps.send({ type: 'analyze', text: map.text, lang: detection.lang, title: detection.title });
      timings.sendMs = performance.now() - asked; // the request is copied synchronously, in our task
      clock.end();
      response = (await pending) as TimedAnalyzeResponse;
    } catch (error) {
      response = { ok: false, error: String(error) };
    }
    clock.begin();
    timings.analysisWallMs = performance.now() - asked;
    if (generation !== this.generation) return;
    if (!response || typeof response !== 'object' || !response.ok) {
      clock.end();
      this.state.status = 'error';
      this.state.error = response && !response.ok ? response.error : 'no answer from the background';
      return;
    }
    timings.engineMs = typeof response.engineMs === 'number' ? response.engineMs : null;
    this.analysis = response.analysis;
    this.lastText = map.text;
    await this.mapAndPaint(response.analysis, map, generation, clock);
  }

  /**
   * Wait for the stored settings (asked for at the start of the run) and apply them: true
   * when this run should go on, false when QuoteLens is off here or a newer run took over.
   */
  private async settingsAllowRun(generation: number, clock: TaskClock): Promise<boolean> {
    if (!this.settings) {
      const t0 = performance.now();
      const request = (this.settingsRequest ??= this.deps.getSettings());
      // A failed read is asked again by the next run rather than remembered.
      request.catch(() => {
        if (this.settingsRequest === request) this.settingsRequest = null;
      });
      clock.end();
      const settings = await request;
      clock.begin();
      this.settings ??= settings; // a change that arrived meanwhile is newer: keep it
      clock.timings.settingsWaitMs += performance.now() - t0;
    }
    if (generation !== this.generation) return false;
    this.state.highlightsOn = this.settings.highlights;
    if (!this.isActive(this.settings)) {
      clock.end();
      this.applySettings(this.settings);
      return false;
    }
    return true;
  }

  /** Give the page a turn when our current task has run past its budget. */
  private async yieldIfOver(clock: TaskClock): Promise<void> {
    if (clock.elapsed() >= TASK_BUDGET_MS) await this.yieldNow(clock);
  }

  /** Yield to the page: our task ends here, and the wait for our turn again is noted. */
  private async yieldNow(clock: TaskClock): Promise<void> {
    clock.end();
    const t0 = performance.now();
    await this.yieldToPage();
    clock.timings.yieldWaitMs += performance.now() - t0;
    clock.begin();
  }

  private async mapAndPaint(analysis: Analysis, map: TextMap, generation: number, clock: TaskClock): Promise<void> {
    const statements = await this.mapStatements(analysis, map, generation, clock);
    if (!statements) return; // superseded
    const t0 = performance.now();
    this.index.reset(statements);
    this.state.analysis = analysis;
    this.state.error = null;
    this.state.reason = null;
    this.state.status = 'ready';
    if (this.focusedId && !this.index.byId(this.focusedId)) this.focusedId = null;
    if (this.state.filterSpeakerId && !analysis.speakers.some((s) => s.id === this.state.filterSpeakerId)) {
      this.state.filterSpeakerId = null;
    }
    this.repaint();
    clock.timings.paintMs = performance.now() - t0;
    clock.end();
    clock.timings.paintedAt = performance.now();
    this.badge(analysis.quotes.length);
  }

  /** Quotes → live ranges on the page, in slices; null when a newer run took over. */
  private async mapStatements(analysis: Analysis, map: TextMap, generation: number, clock: TaskClock): Promise<PaintedStatement[] | null> {
    const { doc } = this.deps;
    let sliceStart = performance.now();
    const slots = assignSlots(analysis);
    const anonymous = new Set(analysis.speakers.filter((s) => s.kind === 'anonymous').map((s) => s.id));
    this.scheme = pageScheme(this.root);
    const out: PaintedStatement[] = [];
    let mapMs = 0;
    for (const quote of analysis.quotes) {
      if (performance.now() - sliceStart > SLICE_MS) {
        mapMs += performance.now() - sliceStart;
        await this.yieldNow(clock);
        if (generation !== this.generation) return null;
        sliceStart = performance.now();
      }
      const bounds = map.boundsFor(quote.start, quote.end);
      if (!bounds || quote.end <= quote.start) continue;
      const range = doc.createRange();
      try {
        range.setStart(bounds.start.node, bounds.start.offset);
        range.setEnd(bounds.end.node, bounds.end.offset);
      } catch {
        continue; // the node changed under us since collection
      }
      if (range.collapsed || isEditable(range)) continue;
      let cue: Range | null = null;
      if (quote.cue && quote.cue.end > quote.cue.start) cue = map.rangeFor(quote.cue.start, quote.cue.end, doc);
      out.push({
        quote,
        range,
        cue: cue && !cue.collapsed ? cue : null,
        highlight: highlightNameFor(quote, slots, anonymous, this.scheme),
        nodes: [bounds.start.node, bounds.end.node],
      });
    }
    clock.timings.mapMs = mapMs + (performance.now() - sliceStart);
    return out; // the painting goes on in the same task as the last mapping slice
  }

  /** Register (or remove) highlights to match the state: settings, filter, focus. */
  private repaint(): void {
    if (!this.state.highlightsOn || this.index.size === 0) {
      this.painter.clear();
      this.card.hide();
      this.tracker.stop();
      return;
    }
    const filter = this.state.filterSpeakerId;
    this.painter.paint(this.index.all(), this.scheme, (s) => !filter || s.quote.speakerId === filter);
    const focused = this.focusedId ? this.index.byId(this.focusedId) : null;
    if (focused && this.isShown(focused)) this.painter.focus(focused.range);
    this.tracker.start();
  }

  /* ---------------- reader actions ---------------- */

  private setFilter(speakerId: string | null): void {
    const known = speakerId == null || !!this.analysis?.speakers.some((s) => s.id === speakerId);
    this.state.filterSpeakerId = known ? speakerId : null;
    const shown = this.card.showing();
    if (shown) {
      const statement = this.index.byId(shown.quoteId);
      if (!statement || !this.isShown(statement)) this.card.hide();
    }
    if (this.focusedId) {
      const statement = this.index.byId(this.focusedId);
      if (!statement || !this.isShown(statement)) this.focusedId = null;
    }
    this.repaint();
  }

  /** Move the focus by `step` among the statements of `speakerId` (all when null); flash for popup requests. */
  private step(step: -1 | 0 | 1, speakerId: string | null, flash: boolean): void {
    this.dropStale();
    const items = this.index.all();
    const current = this.index.indexOf(this.focusedId);
    const next = stepIndex(items, current, step, (s) => !speakerId || s.quote.speakerId === speakerId);
    if (next < 0) return;
    const statement = items[next];
    this.setFocus(statement.quote.id);
    this.scrollTo(statement.range);
    // Show the card once the scroll has been laid out, so it is placed on the final position.
    this.deps.requestAnimationFrame(
      this.deps.guard(() =>
        this.deps.requestAnimationFrame(
          this.deps.guard(() => {
            if (this.focusedId === statement.quote.id) this.showCard(statement, 'focus');
          }),
        ),
      ),
    );
    if (flash) {
      clearTimeout(this.flashTimer);
      this.flashTimer = this.deps.setTimeout(() => {
        if (this.focusedId === statement.quote.id) this.painter.focus(null);
      }, FLASH_MS);
    }
  }

  private setFocus(quoteId: string | null): void {
    this.focusedId = quoteId;
    const statement = quoteId ? this.index.byId(quoteId) : null;
    if (this.state.highlightsOn) this.painter.focus(statement && this.isShown(statement) ? statement.range : null);
  }

  private scrollTo(range: Range): void {
    const view = this.deps.doc.defaultView;
    if (!view) return;
    const rect = range.getBoundingClientRect();
    const visible = rect.top >= 0 && rect.bottom <= view.innerHeight && rect.height > 0;
    if (visible) return;
    this.tracker.expectScroll(500);
    const anchor = range.startContainer.parentElement;
    anchor?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    const after = range.getBoundingClientRect();
    if (after.top < 0 || after.top > view.innerHeight * 0.75) {
      view.scrollBy({ top: after.top - view.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    }
  }

  private onHover(statement: PaintedStatement | null, x: number): void {
    const shown = this.card.showing();
    if (statement && this.isShown(statement)) {
      if (shown?.quoteId !== statement.quote.id) this.showCard(statement, 'hover', x);
    } else if (shown?.via === 'hover') {
      this.card.hide();
    }
  }

  private showCard(statement: PaintedStatement, via: 'hover' | 'focus', x?: number): void {
    if (!this.analysis || !this.state.highlightsOn || !statement.range.startContainer.isConnected) return;
    const model = cardModel(statement.quote, this.analysis, this.deps.strings);
    // The statements just before and after are the text the reader most likely wants to see next.
    const items = this.index.all();
    const at = items.indexOf(statement);
    const neighbours = [items[at - 1], items[at + 1]].filter((n): n is PaintedStatement => !!n && this.isShown(n));
    this.card.show(statement, model, this.scheme, this.deps.uiLang, via, x, neighbours);
  }

  /* ---------------- page changes ---------------- */

  private observe(root: Element): void {
    if (this.observer && this.observedRoot === root) return;
    this.observer?.disconnect();
    this.observer = new MutationObserver(this.deps.guard((records: MutationRecord[]) => this.onRecords(records)));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.observedRoot = root;
    this.watchingReveals = false;
    this.hiddenBlocks = [];
  }

  /**
   * Part of the article is hidden: also watch the attributes that can show it again, on the
   * article and on its ancestors (a class on <html> or <body> often does it). Only then, and
   * an attribute change only counts when one of those blocks is now shown: pages that
   * restyle themselves all the time (scroll classes, carousels) make us read nothing again.
   */
  private watchReveals(root: Element, hidden: Element[]): void {
    this.hiddenBlocks = hidden;
    if (!hidden.length || !this.observer || this.observedRoot !== root || this.watchingReveals) return;
    this.observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: REVEAL_ATTRIBUTES });
    for (let el = root.parentElement; el; el = el.parentElement) this.observer.observe(el, { attributes: true, attributeFilter: REVEAL_ATTRIBUTES });
    this.watchingReveals = true;
  }

  private onRecords(records: MutationRecord[]): void {
    if (records.some((r) => r.type !== 'attributes')) {
      this.onMutation();
      return;
    }
    // Attribute changes only: look (once they settle) whether a hidden block is now shown.
    clearTimeout(this.revealTimer);
    this.revealTimer = this.deps.setTimeout(() => {
      const isVisible = this.deps.isVisible;
      if (isVisible && this.hiddenBlocks.some((el) => el.isConnected && isVisible(el))) this.onMutation();
    }, REVEAL_CHECK_MS);
  }

  private onMutation(): void {
    clearTimeout(this.mutationTimer);
    const wait = Math.max(MUTATION_DEBOUNCE_MS, this.lastMutationRun + MUTATION_MIN_INTERVAL_MS - performance.now());
    this.mutationTimer = this.deps.setTimeout(() => {
      this.lastMutationRun = performance.now();
      if (this.dropStale() && this.card.showing()) this.card.hide();
      void this.run();
    }, wait);
  }

  /** Forget statements whose text the page removed; true when any were dropped. */
  private dropStale(): boolean {
    const dropped = this.index.prune();
    if (!dropped.length) return false;
    this.painter.remove(dropped);
    if (this.focusedId && dropped.some((s) => s.quote.id === this.focusedId)) this.focusedId = null;
    return true;
  }

  private waitUntilVisible(): void {
    if (this.waitingForVisible) return;
    this.waitingForVisible = true;
    const { doc } = this.deps;
    const onVisible = this.deps.guard(() => {
      if (doc.hidden) return;
      doc.removeEventListener('visibilitychange', onVisible);
      this.waitingForVisible = false;
      void this.run();
    });
    doc.addEventListener('visibilitychange', onVisible);
  }

  private notArticle(url: string, reason: string, detection?: Detection): void {
    this.teardown();
    this.analysis = null;
    this.lastText = null;
    this.state.status = 'not-article';
    this.state.analysis = null;
    this.state.error = null;
    this.state.meta = detection ? { title: detection.title, lang: detection.lang, partial: detection.partial, url } : { title: null, lang: null, partial: false, url };
    this.state.reason = reason;
    this.badge(null);
    if (!this.lateCheckDone) {
      // Pages rendered by script may still be an empty shell at document idle: look once
      // more when they have had time to fill in. (Later changes come as navigations.)
      this.lateCheckDone = true;
      const generation = this.generation;
      this.deps.setTimeout(() => {
        if (generation === this.generation) void this.run();
      }, LATE_CHECK_MS);
    }
  }

  private yieldToPage(): Promise<void> {
    if (this.deps.yieldToPage) return this.deps.yieldToPage();
    return new Promise<void>((resume) => this.deps.setTimeout(resume, 0));
  }

  /** Remove everything we added to the page and stop listening to it. */
  private teardown(): void {
    this.painter.clear();
    this.card.hide();
    this.tracker.stop();
    this.observer?.disconnect();
    this.observer = null;
    this.observedRoot = null;
    this.watchingReveals = false;
    this.hiddenBlocks = [];
    clearTimeout(this.revealTimer);
    clearTimeout(this.mutationTimer);
    clearTimeout(this.flashTimer);
    this.index.clear();
    this.focusedId = null;
    this.root = null;
  }

  private isActive(settings: Settings): boolean {
    return isActiveOn(settings, this.deps.doc.location?.hostname ?? '');
  }

  private isShown(statement: PaintedStatement): boolean {
    const filter = this.state.filterSpeakerId;
    return !filter || statement.quote.speakerId === filter;
  }

  /** Tabs start with no badge (the background clears it on navigation): non-articles send nothing. */
  private lastBadge: number | null = null;
  private badge(count: number | null): void {
    // Counts are always sent (the background may have cleared the badge on a navigation);
    // "no badge" only when there was one, so non-article pages send nothing at all.
    if (count === null && this.lastBadge === null) return;
    this.lastBadge = count;
    this.deps.send({ type: 'badge', count }).catch(() => undefined);
  }
}

/** Is this element (part of) an editor: contenteditable, inherited, or a document in design mode? */
function isInsideEditor(element: Element): boolean {
  if ((element as HTMLElement).isContentEditable === true) return true;
  if (element.ownerDocument?.designMode === 'on') return true;
  return !!element.closest('[contenteditable]:not([contenteditable="false" i])');
}

/** Text inside an editor the reader is typing in is never annotated. */
function isEditable(range: Range): boolean {
  const node = range.commonAncestorContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element && (element as HTMLElement).isContentEditable === true;
}
