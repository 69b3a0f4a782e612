import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/engine/analyze';
import { expectValidAnalysis, speakerOf } from './helpers';

describe('a statement nested in another belongs to the outer one', () => {
  it('keeps "according to X" set inside reported content in the reporter\'s statement', () => {
    const text = 'The bridge reopened. The mayor said the bridge, according to engineers, was safe. Paul Dorr said that, according to his staff, the road would reopen.';
    const a = analyze(text, 'en');
    expect(a.quotes).toHaveLength(2);
    expect(speakerOf(a, 'according to engineers, was safe')).toBe('The mayor');
    expect(speakerOf(a, 'the road would reopen')).toBe('Paul Dorr');
    expectValidAnalysis(a, text);
  });

  it('does the same for "d\'après X" inside a que-clause', () => {
    const text = 'Les urgences ferment la nuit. Jacques Morvan a ajouté que la moitié des fermetures, d’après les agences de santé, n’avaient pas été annoncées.';
    const a = analyze(text, 'fr');
    expect(a.quotes).toHaveLength(1);
    expect(speakerOf(a, 'agences de santé')).toBe('Jacques Morvan');
  });

  it('keeps a quotation inside a quotation, or a reported verb inside reported speech, in the outer statement', () => {
    const text = '“My father always said, ‘the sea takes everything,’ and he was right,” said Mary Lane. Paul Dorr said the governor had told him that the road would reopen.';
    const a = analyze(text, 'en');
    expect(a.quotes).toHaveLength(2);
    expect(speakerOf(a, 'sea takes everything')).toBe('Mary Lane');
    expect(speakerOf(a, 'road would reopen')).toBe('Paul Dorr');
  });

  it('still reads a sourcing phrase after the clause, or opening the sentence, as a statement of its own', () => {
    const text = 'Prices rose by 4%, according to the Statistics Office. According to the mayor, the governor said the bridge was safe.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'Prices rose')).toBe('Statistics Office');
    expect(speakerOf(a, 'governor said the bridge')).toBe('the mayor');
  });

  it('reads "selon lui" set inside a clause without commas as a statement of the pronoun\'s person', () => {
    const text = 'Thierry Gallois a jugé que la règle avait changé. Le rapport pourrait selon lui relancer le débat sur les médecins.';
    const a = analyze(text, 'fr');
    expect(speakerOf(a, 'relancer le débat')).toBe('Thierry Gallois');
  });
});

describe('a relative clause with its own cue, and "per" as a plain word', () => {
  it('splits "…, which it described as «…»" into a second statement of the same source', () => {
    const text = 'The strike goes on. Norvik Mining said its offer included a bonus of 900 dollars per worker, which it described as "the best deal in the sector this year."';
    const a = analyze(text, 'en');
    expect(a.quotes).toHaveLength(2);
    expect(speakerOf(a, 'best deal in the sector')).toBe('Norvik Mining');
    expectValidAnalysis(a, text);
  });

  it('reads "per" as a source only before a name or a determiner', () => {
    const a = analyze('Output fell 3% in May, per the Mining Council. Each plant pays 40 dollars per worker a day.', 'en');
    expect(a.quotes).toHaveLength(1);
  });
});
