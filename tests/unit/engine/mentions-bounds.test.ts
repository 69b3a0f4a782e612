import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/engine/analyze';
import { expectValidAnalysis, speaker, speakerOf } from './helpers';

describe('a possessor belongs to the mention it opens', () => {
  it('keeps "Acme\'s" and "Foods\'" in the mention of a role-only source', () => {
    const text = 'The plant shut. Velmont Foods’ chief executive said the line would restart. Brisco\'s chief engineer said the fault was found.';
    const a = analyze(text, 'en');
    const q1 = a.quotes.find((q) => q.text.includes('line would restart'));
    expect(q1?.mention?.text).toBe('Velmont Foods’ chief executive');
    expect(a.quotes.find((q) => q.text.includes('fault was found'))?.mention?.text).toBe('Brisco\'s chief engineer');
    expectValidAnalysis(a, text);
  });

  it('does not give "Reeve\'s lawyer" or "the firm\'s chief executive" to the person just quoted', () => {
    const text = 'Dana Reeve said the firm would appeal. Reeve’s lawyer said the fine was unlawful. Tom Lark, the firm’s finance chief, said costs were up. The firm’s chief executive said sales were strong.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'fine was unlawful')).toBe('Reeve’s lawyer');
    expect(speakerOf(a, 'sales were strong')).not.toBe('Tom Lark');
    expect(speakerOf(a, 'sales were strong')).not.toBe('Dana Reeve');
  });

  it('joins a possessive role quoted first to the named holder an apposition gives later', () => {
    const text = 'Velmont Foods’ chief executive said the recall was complete. Shares fell. Ida Marr, Velmont Foods’ chief executive since 2021, will testify next month.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'recall was complete')).toBe('Ida Marr');
  });

  it('reads the name after "according to the" as the source, not as a complement', () => {
    const text = 'Dorwell Mills said it had recalled the flour. No one was hurt, according to the Food Safety Agency. The agency said tests were under way.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'No one was hurt')).toBe('Food Safety Agency');
    expect(speakerOf(a, 'tests were under way')).toBe('Food Safety Agency');
  });
});

describe('an unknown name spoken of as a thing is an organization', () => {
  it('classifies "X announced its…", "X insisted it… its…" and "X, which…" as organizations', () => {
    const text = 'Traffic slowed. Quellmark announced its ferries would sail on schedule. Dunhaven insisted it had paid its suppliers in full. Arnsby, which runs two ports, reported that traffic was up.';
    const a = analyze(text, 'en');
    for (const name of ['Quellmark', 'Dunhaven', 'Arnsby']) expect(speaker(a, name)?.kind).toBe('organization');
  });

  it('keeps a person when "it" is only a dummy subject or a first name is known', () => {
    const text = 'The vote was close. Greenhalgh said it was too early to tell. Maria Lund said its timing was poor.';
    const a = analyze(text, 'en');
    expect(speaker(a, 'Greenhalgh')?.kind).toBe('person');
    expect(speaker(a, 'Maria Lund')?.kind).toBe('person');
  });
});

describe('a possessive spokesperson', () => {
  it('keeps a person\'s spokesperson apart from the person, and "the spokesperson" later is the same', () => {
    const text = 'The singer Ana Vey cancelled her tour. Vey’s spokesperson denied that she was ill. "She needs rest, nothing more," the spokesperson said in a statement. Vey herself posted a photo on Sunday. "I will be back," she wrote.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'she was ill')).toBe('Vey’s spokesperson');
    expect(speakerOf(a, 'needs rest')).toBe('Vey’s spokesperson');
    expect(speakerOf(a, 'I will be back')).toBe('Ana Vey');
    expectValidAnalysis(a, text);
  });

  it('reads an organization\'s spokesman as the organization', () => {
    const text = 'The mill closed. Dorwell’s spokesman said the site would be sold.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'site would be sold')).toBe('Dorwell');
    expect(speaker(a, 'Dorwell')?.kind).toBe('organization');
  });
});

describe('organization names', () => {
  it('stops a name before a document noun ("according to Harbour Group data")', () => {
    const text = 'Freight fell 3% in May, according to Harbour Group data.';
    expect(speakerOf(analyze(text, 'en'), 'Freight fell')).toBe('Harbour Group');
  });

  it('keeps "de France" in a name set after an organization noun ("le collectif Vélo-Cités de France")', () => {
    const text = 'Les pistes restent rares. Le collectif Vélo-Cités de France dénonce « un retard de dix ans sur nos voisins ».';
    expect(speakerOf(analyze(text, 'fr'), 'un retard de dix ans')).toBe('Vélo-Cités de France');
  });
});
