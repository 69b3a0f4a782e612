import { analyze } from '@/utils/engine/analyze';
import { isBackgroundRequest, isOwnSender, type AnalyzeResponse } from '@/utils/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnSender(sender, browser.runtime.id) || !isBackgroundRequest(message)) return undefined;
    if (message.type === 'analyze') {
      let response: AnalyzeResponse;
      try {
        response = { ok: true, analysis: analyze(message.text, message.lang, message.title) };
      } catch (error) {
        response = { ok: false, error: String(error) };
      }
      return Promise.resolve(response);
    }
    if (message.type === 'badge' && sender.tab?.id != null) {
      const text = message.count ? String(message.count) : '';
      void (browser.action ?? browser.browserAction).setBadgeText({ tabId: sender.tab.id, text });
    }
    return undefined;
  });
});
