import { describe, expect, it } from 'vitest';
import { isBackgroundRequest, isContentRequest, isOwnSender } from '../../../utils/messages';

describe('message guards', () => {
  it('accept only our own extension as sender', () => {
    expect(isOwnSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isOwnSender({ id: 'other-extension' }, 'abc')).toBe(false);
    expect(isOwnSender({}, 'abc')).toBe(false);
    expect(isOwnSender(undefined, 'abc')).toBe(false);
    expect(isOwnSender({ id: '' }, '')).toBe(false);
  });

  it('accept well-formed content requests and nothing else', () => {
    expect(isContentRequest({ type: 'get-state' })).toBe(true);
    expect(isContentRequest({ type: 'reanalyze' })).toBe(true);
    expect(isContentRequest({ type: 'focus-speaker', speakerId: 's1', step: 0 })).toBe(true);
    expect(isContentRequest({ type: 'filter-speaker', speakerId: null })).toBe(true);
    expect(isContentRequest({ type: 'step-statement', step: -1 })).toBe(true);
    for (const bad of [
      null, 'get-state', 42, [], {}, { type: 'eval', code: '1' },
      { type: 'focus-speaker', speakerId: 's1', step: 2 },
      { type: 'focus-speaker', speakerId: { toString: 's1' }, step: 1 },
      { type: 'filter-speaker' },
      { type: 'filter-speaker', speakerId: 'x'.repeat(10_000) },
      { type: 'step-statement', step: 0 },
      { type: 'step-statement', step: '1' },
    ]) {
      expect(isContentRequest(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('accept well-formed background requests and nothing else', () => {
    expect(isBackgroundRequest({ type: 'analyze', text: 'x', lang: 'fr', title: null })).toBe(true);
    expect(isBackgroundRequest({ type: 'analyze', text: 'x', lang: null, title: 'T' })).toBe(true);
    expect(isBackgroundRequest({ type: 'badge', count: 3 })).toBe(true);
    expect(isBackgroundRequest({ type: 'badge', count: null })).toBe(true);
    for (const bad of [
      { type: 'analyze' },
      { type: 'analyze', text: 1 },
      { type: 'analyze', text: 'x', lang: 5 },
      { type: 'analyze', text: 'x', title: {} },
      { type: 'badge', count: -1 },
      { type: 'badge', count: 1.5 },
      { type: 'badge', count: '3' },
      { type: 'get-state' },
    ]) {
      expect(isBackgroundRequest(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
