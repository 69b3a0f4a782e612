import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/engine/analyze';
import { expectValidAnalysis, speakerOf } from './helpers';

describe('a document described in full before it speaks keeps that description as its name', () => {
  it('names "The review found" after "published its annual review of the harbour works"', () => {
    const text = 'The Port Council published its annual review of the harbour works on Monday. The review found that costs had doubled. The review also warns that dredging is late.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'costs had doubled')).toBe('its annual review of the harbour works');
    expect(speakerOf(a, 'dredging is late')).toBe('its annual review of the harbour works');
    expect(a.speakers.find((s) => s.kind === 'document')?.aliases).toContain('The review');
    expectValidAnalysis(a, text);
  });

  it('names "Le rapport relève" / "Selon le rapport" after "a publié son rapport annuel sur les ports"', () => {
    const text = 'La Cour régionale a publié mardi son rapport annuel sur les ports bretons. Le rapport relève que les quais sont vétustes. Selon le rapport, trois ports perdent de l’argent.';
    const a = analyze(text, 'fr');
    expect(speakerOf(a, 'quais sont vétustes')).toBe('son rapport annuel sur les ports bretons');
    expect(speakerOf(a, 'trois ports perdent')).toBe('son rapport annuel sur les ports bretons');
  });

  it('keeps a short name when no fuller description came before', () => {
    const text = 'Costs rose again. The report says that the works are late.';
    expect(speakerOf(analyze(text, 'en'), 'works are late')).toBe('The report');
  });
});
