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

describe('an authored work keeps its own voice when its author is named', () => {
  it('reads "according to the Court of Auditors\' 2025 annual report" as that report, and "The report" later as the same', () => {
    const text = 'Debt rose by 4% last year, according to the Harbour Board’s 2025 annual report. The report also says that pensions are underfunded.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'Debt rose')).toBe('the Harbour Board’s 2025 annual report');
    expect(speakerOf(a, 'pensions are underfunded')).toBe('the Harbour Board’s 2025 annual report');
    expectValidAnalysis(a, text);
  });

  it('reads "Selon le rapport annuel de la Cour régionale" as the report, but figures of a body as the body', () => {
    const text = 'Selon le rapport annuel 2025 de la Cour régionale, la dette a augmenté. Le rapport souligne aussi que les ports perdent de l’argent. Selon les chiffres de la chambre de commerce, le trafic a baissé.';
    const a = analyze(text, 'fr');
    expect(speakerOf(a, 'la dette a augmenté')).toBe('le rapport annuel 2025 de la Cour régionale');
    expect(speakerOf(a, 'ports perdent')).toBe('le rapport annuel 2025 de la Cour régionale');
    expect(a.speakers.find((s) => s.name.includes('chambre de commerce'))?.kind).toBe('organization');
  });
});

describe('data put out by a named body', () => {
  it('reads "according to figures from the Baltic Fisheries Council" as the council', () => {
    const a = analyze('Catches fell by a third, according to figures from the Baltic Fisheries Council.', 'en');
    expect(speakerOf(a, 'Catches fell')).toBe('Baltic Fisheries Council');
  });
});
