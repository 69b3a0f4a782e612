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
    const text = 'Les piscines ferment l’été. Renée Castagne a précisé que le tiers des bassins, d’après les services municipaux, n’étaient plus chauffés.';
    const a = analyze(text, 'fr');
    expect(a.quotes).toHaveLength(1);
    expect(speakerOf(a, 'services municipaux')).toBe('Renée Castagne');
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
    const text = 'Hugo Ferlande a estimé que le tarif était trop élevé. La réforme devrait selon lui freiner les inscriptions dans les clubs.';
    const a = analyze(text, 'fr');
    expect(speakerOf(a, 'freiner les inscriptions')).toBe('Hugo Ferlande');
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
