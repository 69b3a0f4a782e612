import { beforeEach, describe, expect, it } from 'vitest';
import type { Quote } from '../../../utils/engine/types';
import { Painter, type HighlightLike } from '../../../utils/page/paint';
import { StatementIndex, stepIndex, type PaintedStatement } from '../../../utils/page/statements';

/** Stand-ins for Highlight and CSS.highlights (happy-dom has neither). */
class FakeHighlight extends Set<AbstractRange> implements HighlightLike {
  priority = 0;
}

function quote(id: string, speakerId: string | null, tone: 'neutral' | 'loaded' = 'neutral'): Quote {
  return { id, start: 0, end: 1, text: id, kind: 'direct', cue: { text: 'said', start: 0, end: 1, tone }, mention: null, speakerId, via: null };
}

/** Statements over the words of three paragraphs: "alpha beta" / "gamma delta" / "epsilon". */
function setup(): { paragraphs: Text[]; statements: PaintedStatement[] } {
  document.body.innerHTML = '<p>alpha beta</p><p>gamma <b>delta</b></p><p>epsilon</p>';
  const texts = Array.from(document.querySelectorAll('p')).map((p) => p.firstChild as Text);
  const make = (id: string, node: Text, start: number, end: number, speakerId: string | null, endNode: Text = node): PaintedStatement => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(endNode, end);
    const cue = document.createRange();
    cue.setStart(node, 0);
    cue.setEnd(node, 1);
    return { quote: quote(id, speakerId), range, cue, highlight: speakerId ? 'quotelens-s0' : 'quotelens-unattributed', nodes: [node, endNode] };
  };
  const delta = document.querySelector('b')!.firstChild as Text;
  // Deliberately out of document order: reset() must sort.
  const statements = [make('q3', texts[2], 0, 7, null), make('q1', texts[0], 6, 10, 'a'), make('q2', texts[1], 0, 5, 'b', delta)];
  return { paragraphs: texts, statements };
}

describe('StatementIndex', () => {
  let index: StatementIndex;
  let paragraphs: Text[];
  beforeEach(() => {
    const s = setup();
    paragraphs = s.paragraphs;
    index = new StatementIndex();
    index.reset(s.statements);
  });

  it('keeps statements in document order', () => {
    expect(index.all().map((s) => s.quote.id)).toEqual(['q1', 'q2', 'q3']);
  });

  it('finds the statement under a DOM point by bisection, and nothing between statements', () => {
    expect(index.at(paragraphs[0], 7)?.quote.id).toBe('q1');
    expect(index.at(paragraphs[0], 2)).toBeNull(); // "alpha" is not quoted
    expect(index.at(document.querySelector('b')!.firstChild!, 2)?.quote.id).toBe('q2'); // across an element boundary
    expect(index.at(paragraphs[2], 3)?.quote.id).toBe('q3');
    expect(index.at(document.body, 0)).toBeNull();
    expect(index.at(document.createTextNode('detached'), 0)).toBeNull();
  });

  it('drops statements whose text the page removed, and only those', () => {
    document.querySelectorAll('p')[1].remove();
    const dropped = index.prune();
    expect(dropped.map((s) => s.quote.id)).toEqual(['q2']);
    expect(index.all().map((s) => s.quote.id)).toEqual(['q1', 'q3']);
    expect(index.prune()).toEqual([]);
  });

  it('drops a statement whose text node was emptied (collapsed range)', () => {
    paragraphs[2].data = '';
    expect(index.prune().map((s) => s.quote.id)).toEqual(['q3']);
  });
});

describe('stepIndex', () => {
  const { statements } = setup();
  const index = new StatementIndex();
  index.reset(statements);
  const items = index.all();

  it('steps forward and back with wrap-around, starting from either end', () => {
    expect(stepIndex(items, -1, 1)).toBe(0);
    expect(stepIndex(items, -1, -1)).toBe(2);
    expect(stepIndex(items, 2, 1)).toBe(0);
    expect(stepIndex(items, 0, -1)).toBe(2);
  });

  it('skips statements the filter hides, and stays put on step 0 when allowed', () => {
    const bySpeakerB = (s: PaintedStatement) => s.quote.speakerId === 'b';
    expect(stepIndex(items, 0, 1, bySpeakerB)).toBe(1);
    expect(stepIndex(items, 1, 1, bySpeakerB)).toBe(1);
    expect(stepIndex(items, 1, 0, bySpeakerB)).toBe(1);
    expect(stepIndex(items, 0, 0, bySpeakerB)).toBe(1);
    expect(stepIndex(items, 0, 1, () => false)).toBe(-1);
    expect(stepIndex([], -1, 1)).toBe(-1);
  });
});

describe('Painter', () => {
  it('registers one range per statement, replaces instead of duplicating, and clears at once', () => {
    const { statements } = setup();
    const registry = new Map<string, unknown>();
    const painter = new Painter(registry as never, () => new FakeHighlight());
    painter.paint(statements, 'light');
    expect(painter.paintedCount()).toBe(3);
    expect((registry.get('quotelens-s0') as FakeHighlight).size).toBe(2);
    expect((registry.get('quotelens-cue') as FakeHighlight).size).toBe(3);
    painter.paint(statements, 'light');
    expect(painter.paintedCount()).toBe(3);
    painter.paint(statements, 'light', (s) => s.quote.speakerId === 'a');
    expect(painter.paintedCount()).toBe(1);
    painter.focus(statements[1].range);
    expect((registry.get('quotelens-focus') as FakeHighlight).size).toBe(1);
    expect((registry.get('quotelens-focus') as FakeHighlight).priority).toBeGreaterThan((registry.get('quotelens-s0') as FakeHighlight).priority);
    painter.clear();
    expect([...registry.keys()]).toEqual([]);
    expect(painter.paintedCount()).toBe(0);
  });

  it('marks loaded cues apart, uses dark names on dark pages, and leaves the page’s own entries alone', () => {
    const { statements } = setup();
    statements[0].quote.cue!.tone = 'loaded';
    const theirs = new FakeHighlight();
    const registry = new Map<string, unknown>([['page-own', theirs]]);
    const painter = new Painter(registry as never, () => new FakeHighlight());
    painter.paint(statements, 'dark');
    expect((registry.get('quotelens-dark-cue-loaded') as FakeHighlight).size).toBe(1);
    // A page that overwrote one of our names keeps its entry when we clear.
    registry.set('quotelens-dark-cue', theirs);
    painter.clear();
    expect([...registry.keys()].sort()).toEqual(['page-own', 'quotelens-dark-cue']);
  });

  it('removes the ranges of dropped statements', () => {
    const { statements } = setup();
    const registry = new Map<string, unknown>();
    const painter = new Painter(registry as never, () => new FakeHighlight());
    painter.paint(statements, 'light');
    painter.remove([statements[1]]);
    expect(painter.paintedCount()).toBe(2);
  });
});
