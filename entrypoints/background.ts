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

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnSender(sender, browser.runtime.id) || !isBackgroundRequest(message)) return undefined;
    if (message.type === 'analyze') {
      let response: AnalyzeResponse;
      try {
        response = { ok: true, analysis: analyze(message.text, message.lang ?? null, message.title ?? null) };
      } catch (error) {
        response = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      return Promise.resolve(response);
    }
    if (message.type === 'badge' && sender.tab?.id != null) {
      const text = message.count ? String(message.count) : '';
      void action.setBadgeText({ tabId: sender.tab.id, text }).catch(() => undefined);
    }
    return undefined;
  });

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
