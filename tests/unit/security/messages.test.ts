// Only our own extension may drive QuoteLens. Web pages cannot reach runtime.onMessage
// without externally_connectable (checked in manifest.test.ts), but other extensions can
// message us, and a content script in a compromised renderer can send anything: every
// receiver must check the sender and the payload's shape and otherwise stay silent.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isBackgroundRequest, isContentRequest, isOwnSender } from '../../../utils/messages';

const OWN_ID = fakeBrowser.runtime.id;

const FOREIGN_SENDERS: Array<[string, unknown]> = [
  ['undefined sender', undefined],
  ['sender without id (a web page)', { url: 'https://evil.example/' }],
  ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop', tab: { id: 3 } }],
  ['an id that only starts like ours', { id: `${OWN_ID}x`, tab: { id: 3 } }],
  ['an empty id', { id: '', tab: { id: 3 } }],
  ['an id that is not a string', { id: { toString: () => OWN_ID }, tab: { id: 3 } }],
];

const GARBAGE: unknown[] = [
  null,
  undefined,
  0,
  'get-state',
  [],
  {},
  { type: 'GET-STATE' },
  { type: 'analyze' },
  { type: 'analyze', text: 42 },
  { type: 'analyze', text: 'x', lang: { evil: true } },
  { type: 'badge', count: -1 },
  { type: 'badge', count: 'NaN' },
  { type: 'focus-speaker', speakerId: 7, step: 1 },
  { type: 'focus-speaker', speakerId: 's1', step: 5 },
  { type: 'step-statement', step: 0 },
  { type: 'filter-speaker', speakerId: 'x'.repeat(100_000) },
  { type: '__proto__' },
  { type: 'toString' },
];

describe('message guards', () => {
  it('accept only our own extension as sender', () => {
    expect(isOwnSender({ id: OWN_ID }, OWN_ID)).toBe(true);
    for (const [label, sender] of FOREIGN_SENDERS) expect(isOwnSender(sender as { id?: string }, OWN_ID), label).toBe(false);
    // A runtime without an id (extension context invalidated) must trust nobody.
    expect(isOwnSender({ id: undefined }, undefined as unknown as string)).toBe(false);
    expect(isOwnSender({ id: '' }, '')).toBe(false);
  });

  it('reject malformed requests', () => {
    for (const message of GARBAGE) {
      expect(isContentRequest(message), JSON.stringify(message)?.slice(0, 60)).toBe(false);
      expect(isBackgroundRequest(message), JSON.stringify(message)?.slice(0, 60)).toBe(false);
    }
  });

  it('accept the well-formed requests (the guards are not simply closed)', () => {
    expect(isContentRequest({ type: 'get-state' })).toBe(true);
    expect(isContentRequest({ type: 'focus-speaker', speakerId: 's1', step: 0 })).toBe(true);
    expect(isBackgroundRequest({ type: 'analyze', text: 'x', lang: null, title: null })).toBe(true);
    expect(isBackgroundRequest({ type: 'badge', count: 3 })).toBe(true);
  });
});

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => unknown;

/** Start an entrypoint's main() and capture the runtime.onMessage listeners it adds. */
async function captureListeners(start: () => unknown | Promise<unknown>): Promise<Listener[]> {
  const listeners: Listener[] = [];
  const original = fakeBrowser.runtime.onMessage.addListener.bind(fakeBrowser.runtime.onMessage);
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(((listener: Listener) => {
    listeners.push(listener);
    return original(listener as never);
  }) as never);
  await start();
  return listeners;
}

/** A listener's answer: what it passes to sendResponse (returning true), what its returned promise resolves to, or undefined. */
async function answer(listener: Listener, message: unknown, sender: unknown): Promise<unknown> {
  let respond: (response: unknown) => void = () => undefined;
  const replied = new Promise<unknown>((resolve) => (respond = resolve));
  const result = listener(message, sender, respond);
  if (result === true) return replied;
  return await result;
}

describe('background worker message listener', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('answers its own content scripts and ignores every foreign sender', async () => {
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    // The fake browser has no keyboard commands; they are not under test here.
    const commands = (fakeBrowser as unknown as { commands?: { onCommand?: { addListener: unknown } } }).commands;
    if (commands?.onCommand) vi.spyOn(commands.onCommand as { addListener: () => void }, 'addListener').mockImplementation(() => undefined);
    const { default: background } = await import('../../../entrypoints/background');
    const listeners = await captureListeners(() => (background as { main: () => unknown }).main());
    expect(listeners.length).toBeGreaterThan(0);

    const analyzeMessage = { type: 'analyze', text: '“We will not give in,” the minister said.', lang: 'en', title: null };
    const own = { id: OWN_ID, tab: { id: 7 }, url: 'https://news.example/a' };
    const ownAnswers = await Promise.all(listeners.map((l) => answer(l, analyzeMessage, own)));
    expect(ownAnswers.some((a) => a && typeof a === 'object' && (a as { ok?: boolean }).ok === true)).toBe(true);

    for (const [label, sender] of FOREIGN_SENDERS) {
      for (const message of [analyzeMessage, { type: 'badge', count: 666 }]) {
        const answers = await Promise.all(listeners.map((l) => answer(l, message, sender)));
        expect(answers.filter((a) => a !== undefined), `${label} → ${message.type}`).toEqual([]);
      }
    }
    for (const message of GARBAGE) {
      const answers = await Promise.all(listeners.map((l) => answer(l, message, own)));
      expect(answers.filter((a) => a !== undefined), JSON.stringify(message)?.slice(0, 60)).toEqual([]);
    }
    expect(setBadgeText.mock.calls.filter(([details]) => (details as { text?: string }).text === '666')).toEqual([]);
  });
});
