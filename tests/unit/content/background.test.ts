import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';

/**
 * The background's message routing: analysis for our own content scripts only, the badge
 * per tab, and the keyboard commands relayed to the active tab.
 */

type Listener = (message: unknown, sender: { id?: string; tab?: { id?: number } }, sendResponse: (response: unknown) => void) => unknown;

describe('background', () => {
  let onMessage: Listener;
  let onCommand: (command: string) => void;
  let setBadgeText: ReturnType<typeof vi.fn>;
  let sendMessage: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    const api = fakeBrowser as unknown as Record<string, any>;
    setBadgeText = vi.fn(async () => undefined);
    const action = { setBadgeText, setBadgeBackgroundColor: vi.fn(async () => undefined) };
    api.action = action;
    sendMessage = vi.fn(async () => undefined);
    api.tabs.sendMessage = sendMessage;
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((fn: any) => void (onMessage = fn));
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((fn: any) => void (onCommand = fn));
    background.main();
  });

  const own = (tabId?: number) => ({ id: fakeBrowser.runtime.id, tab: tabId == null ? undefined : { id: tabId } });
  /** The listener's answer: what it passes to sendResponse when it returns true, else undefined. */
  const ask = (message: unknown, sender: Parameters<Listener>[1]) =>
    new Promise<unknown>((resolve) => {
      if (onMessage(message, sender, resolve) !== true) resolve(undefined);
    });

  it('analyses text for our own content scripts, and ignores everyone else', async () => {
    const reply = (await ask({ type: 'analyze', text: 'Hello world.', lang: 'en', title: null }, own(1))) as { ok: boolean; analysis?: { quotes: unknown[] } };
    expect(reply.ok).toBe(true);
    expect(Array.isArray(reply.analysis!.quotes)).toBe(true);
    expect(await ask({ type: 'analyze', text: 'x', lang: 'en', title: null }, { id: 'another-extension' })).toBeUndefined();
    expect(await ask({ type: 'analyze', text: 42 }, own(1))).toBeUndefined();
  });

  it('sets the badge of the sender’s tab and clears it', async () => {
    onMessage({ type: 'badge', count: 7 }, own(3), () => undefined);
    onMessage({ type: 'badge', count: null }, own(3), () => undefined);
    expect(setBadgeText.mock.calls).toEqual([[{ tabId: 3, text: '7' }], [{ tabId: 3, text: '' }]]);
    onMessage({ type: 'badge', count: 2 }, { id: 'another-extension', tab: { id: 3 } }, () => undefined);
    expect(setBadgeText).toHaveBeenCalledTimes(2);
  });

  it('relays the keyboard commands to the active tab as statement steps', async () => {
    const query = vi.fn(async (info: object) => (JSON.stringify(info) === JSON.stringify({ active: true, currentWindow: true }) ? [{ id: 5 }] : [{ id: 9 }, { id: 5 }]));
    (fakeBrowser as unknown as Record<string, any>).tabs.query = query;
    const tab = { id: 5 };
    onCommand('next-statement');
    onCommand('previous-statement');
    onCommand('something-else');
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(2));
    expect(sendMessage.mock.calls).toEqual([
      [tab.id, { type: 'step-statement', step: 1 }],
      [tab.id, { type: 'step-statement', step: -1 }],
    ]);
  });
});
