import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findTargetTab, focusedIndex, isUnreachableUrl, readPageState } from '../../../entrypoints/popup/page-link';
import { seedAnalysis } from './fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('readPageState', () => {
  it('accepts a well-formed state and keeps fields it does not know', () => {
    const state = readPageState({ status: 'ready', meta: { title: 'T', lang: 'fr', partial: true, url: 'https://a.example/x' }, analysis: seedAnalysis(), error: null, filterSpeakerId: 's1', highlightsOn: false, painted: 13, focusedQuoteId: 'q2', card: null, future: 1 });
    expect(state).toMatchObject({ status: 'ready', filterSpeakerId: 's1', highlightsOn: false, focusedQuoteId: 'q2', future: 1 });
    expect(state?.analysis?.speakers.length).toBe(4);
  });

  it.each([null, undefined, 'ready', 42, [], {}, { status: 'exploded' }])('rejects %j', (reply) => {
    expect(readPageState(reply)).toBeNull();
  });

  it('drops malformed parts instead of rendering them', () => {
    const state = readPageState({ status: 'ready', meta: { title: 7, url: null }, analysis: { quotes: 'no' }, error: { message: 'x' }, filterSpeakerId: 3 });
    expect(state).toMatchObject({ status: 'ready', meta: { title: null, lang: null, partial: false, url: '' }, analysis: null, error: null, filterSpeakerId: null });
  });
});

describe('focusedIndex', () => {
  it('finds the focused statement among the speaker’s own', () => {
    const base = readPageState({ status: 'ready', meta: null, analysis: seedAnalysis(), focusedQuoteId: 'q10' })!;
    expect(focusedIndex(base, 's2')).toBe(2);
    expect(focusedIndex(base, 's1')).toBeNull();
    expect(focusedIndex({ ...base, focusedQuoteId: null }, 's2')).toBeNull();
  });
});

describe('findTargetTab', () => {
  it('takes ?tab= (or ?tabId=) over the active tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 9, url: 'https://a.example/' } as never);
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    expect(await findTargetTab('?tab=9')).toEqual({ id: 9, url: 'https://a.example/' });
    expect(await findTargetTab('?tabId=9')).toEqual({ id: 9, url: 'https://a.example/' });
    expect(query).not.toHaveBeenCalled();
  });

  it('falls back to the active tab, and ignores a malformed ?tab=', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 } as never]);
    expect(await findTargetTab('?tab=../../x')).toEqual({ id: 3, url: null });
    expect(await findTargetTab('')).toEqual({ id: 3, url: null });
  });

  it('returns null when there is no active tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    expect(await findTargetTab('')).toBeNull();
  });
});

describe('isUnreachableUrl', () => {
  it('knows browser and store pages without asking them, and trusts unknown URLs to the content script', () => {
    expect(isUnreachableUrl('chrome://extensions/')).toBe(true);
    expect(isUnreachableUrl('about:addons')).toBe(true);
    expect(isUnreachableUrl('moz-extension://x/popup.html')).toBe(true);
    expect(isUnreachableUrl('https://news.example/a')).toBe(false);
    expect(isUnreachableUrl(null)).toBe(false);
  });
});
