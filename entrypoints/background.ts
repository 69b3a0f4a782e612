import { analyze } from '@/utils/engine/analyze';
import { isBackgroundRequest, isOwnSender, type AnalyzeResponse, type ContentRequest } from '@/utils/messages';

/**
 * The background worker: the one place the NLP engine is loaded, for all tabs. It answers
 * analysis requests from our content scripts, keeps each tab's toolbar badge (the number
 * of statements) and turns the keyboard commands into messages to the active tab.
 */
export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ color: '#3b3b3b' }).catch(() => undefined);

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    if (!isOwnSender(sender, browser.runtime.id) || !isBackgroundRequest(message)) return undefined;
    if (message.type === 'analyze') {
      // engineMs: the engine's own time, so a tab can tell it apart from the messaging.
      let response: AnalyzeResponse & { engineMs?: number };
      try {
        const t0 = performance.now();
        const analysis = analyze(message.text, message.lang ?? null, message.title ?? null);
        response = { ok: true, analysis, engineMs: performance.now() - t0 };
      } catch (error) {
        response = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      // Answered through sendResponse, which every Chrome and Firefox supports (a returned
      // promise needs a recent Chrome). The answer leaves from a promise, after the listener
      // returns (true keeps the channel open): the browser tests hold it there in Firefox to
      // show the popup's "analysing" state (tests/browser/popup.test.ts, holdTheAnswer).
      void Promise.resolve(response).then(sendResponse);
      return true;
    }
    if (message.type === 'badge' && sender.tab?.id != null) {
      const text = message.count ? String(message.count) : '';
      void action.setBadgeText({ tabId: sender.tab.id, text }).catch(() => undefined);
    }
    return undefined;
  });

  // Warm the engine as soon as the worker starts (listeners are registered first, as MV3
  // requires): its first analysis in each language pays for lazy set-up and cold code
  // (about 5 ms), which would otherwise land on the first article the reader opens.
  setTimeout(() => {
    for (const [text, lang] of WARM_UP) {
      try {
        analyze(text, lang, null);
      } catch {
        // A warm-up failure changes nothing: the real request reports its own error.
      }
    }
  }, 0);

  // A new document in the tab: the old count no longer applies (the new page's content
  // script sets it again if it finds an article).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
  });

  // Keyboard shortcuts (declared in wxt.config.ts, changeable by the user) step through
  // the statements of the active tab; the content script shows the focused one's card.
  browser.commands.onCommand.addListener((command) => {
    const step = command === 'next-statement' ? 1 : command === 'previous-statement' ? -1 : 0;
    if (!step) return;
    void (async () => {
      try {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        if (tab?.id == null) return;
        const request: ContentRequest = { type: 'step-statement', step };
        await browser.tabs.sendMessage(tab.id, request);
      } catch {
        // No content script in that tab (browser page, store, tab opened before install).
      }
    })();
  });
});

/** Tiny texts of our own that run each language's main paths once. */
const WARM_UP: [string, string][] = [
  ['« Nous ne céderons pas », a déclaré le ministre. Selon un responsable, la réunion a eu lieu.', 'fr'],
  ['"We will not give in," the minister said. According to an official, the meeting took place.', 'en'],
];
