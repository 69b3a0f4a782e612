import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/engine/analyze';
import { expectValidAnalysis, speakerOf } from './helpers';

describe('a role named before its holder joins the holder', () => {
  it('merges "the bakery\'s head chef" into the person a later apposition calls head chef', () => {
    const text = 'The bakery will reopen in spring. The bakery’s head chef said the ovens were too old. Orla Penn, who joined in 2019, added that prices would stay low. The head chef, Orla Penn, said a second shop was planned.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'ovens were too old')).toBe('Orla Penn');
    expect(a.speakers.find((s) => s.name === 'Orla Penn')?.count).toBe(3);
    expectValidAnalysis(a, text);
  });

  it('merges "la directrice du musée" into "X, directrice du musée"', () => {
    const text = 'Le musée rouvrira en mai. La directrice du musée a affirmé que les travaux étaient finis. Inès Vautrin, directrice du musée, a ajouté que les tarifs baisseraient.';
    const a = analyze(text, 'fr');
    expect(speakerOf(a, 'travaux étaient finis')).toBe('Inès Vautrin');
    expect(a.speakers).toHaveLength(1);
    expectValidAnalysis(a, text);
  });

  it('matches "Norvale\'s finance director" with "finance director of Norvale"', () => {
    const text = 'The mill was sold. Norvale’s finance director said the price was fair. Workers said they were worried. Ravi Sandhu, finance director of Norvale, said no jobs would go.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'price was fair')).toBe('Ravi Sandhu');
    expectValidAnalysis(a, text);
  });

  it('keeps the role apart when two named people hold it, or when the roles differ', () => {
    const text = 'The talks ended late. The minister said the deal was close. Ana Ruiz, a minister, said the text was ready. Tom Hale, a minister, said nothing was signed. The finance director said costs would rise. Ben Oakes, the sales director, said orders were up.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'deal was close')).toBe('The minister');
    expect(speakerOf(a, 'costs would rise')).toBe('The finance director');
    expect(speakerOf(a, 'orders were up')).toBe('Ben Oakes');
    expectValidAnalysis(a, text);
  });
});
