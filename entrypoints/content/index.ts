import './highlights.css';
import { isContentRequest, isOwnSender } from '@/utils/messages';
import type { HighlightLike, RegistryLike } from '@/utils/page/paint';
import { getSettings, watchSettings } from '@/utils/settings';
import { isRendered } from '@/utils/page/visibility';
import { PageController } from './controller';
import { cardStrings, uiLanguage } from './strings';
import type { ContentScriptContext } from '#imports';

/**
 * The content script runs on every http(s) page. It must never break, slow or restyle
 * the page: no exception leaves it (every callback is guarded), non-articles stop after
 * one cheap check, and the only things it adds are highlight registrations and, on first
 * hover, one shadow-root host.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // At document_end the parsed article is there and the page has not yet spent its idle
  // time: starting here rather than at document_idle saves Chromium's wait for idle (about
  // 100 ms on a plain page). Paragraphs that scripts add later reach us through the
  // MutationObserver on the article root, and pages still an empty shell get a late look.
  runAt: 'document_end',
  main(ctx) {
    const startedAt = performance.now();
    // Captured now, from our own world: later page scripts cannot swap them under us.
    const HighlightCtor = (globalThis as { Highlight?: new () => HighlightLike }).Highlight;
    const registry = (globalThis.CSS as { highlights?: RegistryLike } | undefined)?.highlights;
    if (typeof HighlightCtor !== 'function' || !registry) return; // no Custom Highlight API: stay out

    const guard =
      <A extends unknown[]>(fn: (...args: A) => void) =>
      (...args: A): void => {
        try {
          const result = fn(...args) as unknown;
          if (result instanceof Promise) result.catch(() => undefined);
        } catch {
          // Never let our failure become the page's: the state keeps working for the next event.
        }
      };

    let watching = false;
    const controller: PageController = new PageController({
      doc: document,
      registry,
      createHighlight: () => new HighlightCtor(),
      strings: cardStrings(),
      uiLang: uiLanguage(),
      send: (message) => browser.runtime.sendMessage(message),
      // The first read (after the cheap non-article check) also starts watching for changes:
      // pages turned away at once never touch storage.
      getSettings: () => {
        if (!watching) {
          watching = true;
          try {
            ctx.onInvalidated(watchSettings(guard((settings) => controller.applySettings(settings))));
          } catch {
            // Storage unavailable (extension context gone): the read below reports defaults.
          }
        }
        return getSettings();
      },
      setTimeout: (fn, ms) => ctx.setTimeout(guard(fn), ms),
      requestAnimationFrame: (fn) => ctx.requestAnimationFrame(guard(fn)),
      guard,
      startedAt,
      // Text hidden by the page's CSS is not read; asked only of candidate block elements.
      isVisible: isRendered,
      yieldToPage: yieldWith(ctx),
    });

    // Answers through sendResponse (returning true keeps the channel open): every Chrome and
    // Firefox supports it, while a returned promise needs a recent Chrome.
    const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void): true | undefined => {
      try {
        if (!isOwnSender(sender, browser.runtime.id) || !isContentRequest(message)) return undefined;
        controller
          .handle(message)
          .catch(() => controller.snapshot())
          .then(sendResponse, () => sendResponse(undefined))
          .catch(() => undefined); // the asker went away (tab closed, popup shut)
        return true;
      } catch {
        return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      controller.dispose();
    });

    ctx.addEventListener(window, 'wxt:locationchange', guard(() => controller.onLocationChange()));
    controller.start().catch(() => undefined);
  },
});

/**
 * Giving the page a turn: `scheduler.yield()` where the browser has it lets rendering and
 * input in but resumes us before the page's other queued tasks (a zero-delay timer would wait
 * behind all of them: first paint, the load event, the page's own scripts); elsewhere a
 * timer that stops with the content script.
 */
function yieldWith(ctx: ContentScriptContext): () => Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  const nativeYield = typeof scheduler?.yield === 'function' ? scheduler.yield.bind(scheduler) : null;
  return () => (nativeYield ? nativeYield() : new Promise<void>((resume) => ctx.setTimeout(resume, 0)));
}
