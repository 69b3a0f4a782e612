import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/engine/analyze';
import { expectValidAnalysis, speakerOf } from './helpers';

describe('plans, guesses and refusals are not statements', () => {
  it('skips a modal or future before the reporting verb ("will argue", "could say")', () => {
    const text = 'The vote is on Monday. Tom Vale will argue that the levy is unfair. Critics could say that the plan failed. Vale said on Sunday that the levy hurt farmers.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'levy is unfair')).toBeUndefined();
    expect(speakerOf(a, 'plan failed')).toBeUndefined();
    expect(speakerOf(a, 'hurt farmers')).toBe('Tom Vale');
    expectValidAnalysis(a, text);
  });

  it('keeps "would say only that", which reports words actually said', () => {
    const text = 'The talks stalled. A spokesman for the Lund Council would say only that the talks had been useful.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'talks had been useful')).toBeTruthy();
  });

  it('skips French modals and future forms ("devrait annoncer", "annoncera") but keeps "dira-t-il"', () => {
    const text = 'La grève continue. Le préfet annoncera jeudi que le pont rouvre. Paul Brun pourrait confirmer que le site ferme. « Nous tiendrons », dira-t-il plus tard. Paul Brun a affirmé que le site tiendrait.';
    const a = analyze(text, 'fr');
    expect(speakerOf(a, 'le pont rouvre')).toBeUndefined();
    expect(speakerOf(a, 'le site ferme')).toBeUndefined();
    expect(speakerOf(a, 'Nous tiendrons')).toBe('Paul Brun');
    expect(speakerOf(a, 'le site tiendrait')).toBe('Paul Brun');
    expectValidAnalysis(a, text);
  });

  it('reads "n\'a pas souhaité commenter" as a refusal to speak', () => {
    const text = 'Le club a été sanctionné. Son président n’a pas souhaité commenter la décision. La ligue n’a pas souhaité s’exprimer.';
    const a = analyze(text, 'fr');
    expect(a.quotes).toHaveLength(0);
  });

  it('does not take a dateline as the subject ("DUNDEE, Scotland, May 2 - X said")', () => {
    const text = 'Mill closes\n\nDUNDEE, Scotland, May 2 - Aldmoor Mills said on Friday that it would close its last plant.';
    const a = analyze(text, 'en', 'Mill closes');
    expect(speakerOf(a, 'close its last plant')).toBe('Aldmoor Mills');
  });
});

describe('more plans and open questions', () => {
  it('skips "may well say that" and "has not said whether"', () => {
    const text = 'The board meets on Friday. The minister may well say that the closure was inevitable. Eva Lind has not said whether she will resign. Lind said the plant was losing money.';
    const a = analyze(text, 'en');
    expect(a.quotes).toHaveLength(1);
    expect(speakerOf(a, 'losing money')).toBe('Eva Lind');
  });
});
