import type { PageState } from '@/utils/messages';
import { isContentRequest, isOwnSender } from '@/utils/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const state: PageState = {
      status: 'not-article',
      meta: null,
      analysis: null,
      error: null,
      filterSpeakerId: null,
      highlightsOn: true,
    };
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (!isOwnSender(sender, browser.runtime.id) || !isContentRequest(message)) return undefined;
      if (message.type === 'get-state') return Promise.resolve(state);
      return undefined;
    });
  },
});
