import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/engine/analyze';
import { expectValidAnalysis, speaker, speakerOf } from './helpers';

describe('a role quoted before its holder is named outside any statement', () => {
  it('joins "Le ministre de la Culture a promis" to a later "X, ministre de la Culture depuis mars, a dirigé…"', () => {
    const text = 'Le ministre de la Culture a promis jeudi que les musées resteraient gratuits. Les conservateurs doutent. Gilles Aubertin, ministre de la Culture depuis mars, a dirigé un théâtre à Nantes.';
    const a = analyze(text, 'fr');
    expect(speakerOf(a, 'musées resteraient gratuits')).toBe('Gilles Aubertin');
    expect(speaker(a, 'Gilles Aubertin')?.role).toBe('ministre de la Culture');
    expectValidAnalysis(a, text);
  });

  it('joins "The health minister told reporters" to "Priya Lomax, the health minister, toured…" (role before or after the name)', () => {
    const text = 'The health minister told reporters the clinic would reopen by spring. Nurses were sceptical. Priya Lomax, the health minister, toured the ward on Friday.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'reopen by spring')).toBe('Priya Lomax');
    const text2 = 'La directrice du port a assuré que les quais rouvriraient. La directrice du port, Anne Calvez, a visité le chantier jeudi.';
    expect(speakerOf(analyze(text2, 'fr'), 'quais rouvriraient')).toBe('Anne Calvez');
  });

  it('keeps the role apart when two people are named with it outside statements', () => {
    const text = 'A minister said the deal was close. The minister said talks would go on. Ana Ruiz, a minister, met donors. Tom Hale, a minister, met bankers.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'talks would go on')).not.toBe('Ana Ruiz');
    expect(speakerOf(a, 'talks would go on')).not.toBe('Tom Hale');
  });
});

describe('a pronoun after a sentence that reports nothing goes to that sentence\'s subject', () => {
  it('reads "Quill visited Helen Ashdown… She promised" as Quill, across a paragraph break', () => {
    const text = 'Mara Quill chairs the council. Tom Reddy said the bridge was sound. Quill visited Helen Ashdown, who leads a residents’ association, on Friday.\n\nShe promised later that the council would fund repairs.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'would fund repairs')).toBe('Mara Quill');
    expectValidAnalysis(a, text);
  });

  it('reads "Leur directeur, X, a reçu Y. Il a estimé" as X, not Y named last', () => {
    const text = 'Yves Kerlann a affirmé que le port était saturé. Leur directeur, Armand Pelissier, a reçu Yves Kerlann jeudi à Brest. Il a estimé que les quais devaient être agrandis.';
    const a = analyze(text, 'fr');
    expect(speakerOf(a, 'quais devaient être agrandis')).toBe('Armand Pelissier');
    expect(speakerOf(a, 'port était saturé')).toBe('Yves Kerlann');
  });

  it('still gives the pronoun to the previous speaker when the sentence in between has another gender or no subject', () => {
    const text = 'Paul Dorr said the budget was tight. Anna Field, the mayor, left early. He added that cuts were coming.';
    expect(speakerOf(analyze(text, 'en'), 'cuts were coming')).toBe('Paul Dorr');
  });
});

describe('more role and organization stand-ins', () => {
  it('joins an accented role ("La présidente de la région") to its later holder', () => {
    const text = 'La présidente de la région a dénoncé mardi un « désengagement de l’État ». Carole Delmas, présidente de la région Occitanie depuis 2021, a écrit au gouvernement.';
    expect(speakerOf(analyze(text, 'fr'), 'désengagement')).toBe('Carole Delmas');
  });

  it('does not let "the energy regulator" stand for "the unions" named just before', () => {
    const text = 'The unions said they would fight the cuts. The energy regulator said it would review the deal.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'review the deal')).toBe('The energy regulator');
  });

  it('reads past an adverb + participle insertion to the subject ("Ce document, très critiqué, jugeait")', () => {
    const text = 'La ligne ferme. Ce document, très critiqué, jugeait la ligne « non prioritaire ».';
    const a = analyze(text, 'fr');
    expect(speakerOf(a, 'non prioritaire')).toBe('Ce document');
    expectValidAnalysis(a, text);
  });
});

describe('surnames that are also words, and compound roles', () => {
  it('reads "Park said" and "Stone said" as the people already named', () => {
    const text = 'Mayor Linda Park praised the inquiry. Park said the new unit was working. A lawyer, Rachel Stone, said her client was innocent. Stone said the police had no evidence.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'unit was working')).toBe('Linda Park');
    expect(speakerOf(a, 'no evidence')).toBe('Rachel Stone');
    expectValidAnalysis(a, text);
  });

  it('reads "police chief" as a role, and joins it to "Police Chief X" named later', () => {
    const text = 'The city’s police chief said officers had arrested two men. Police Chief Daniel Ortiz, who took over in January, has faced criticism.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'arrested two men')).toBe('Daniel Ortiz');
    expect(speaker(a, 'Daniel Ortiz')?.kind).toBe('person');
  });
});

describe('a pronoun subject of a sentence that reports nothing', () => {
  it('keeps "Elle" on the person it stood for, not on the woman named as object', () => {
    const text = 'La députée Sophie Marchal a jugé la situation « inacceptable ». Elle a rencontré Isabelle Ferrand, la directrice de l’hôpital, vendredi. Elle a expliqué ensuite qu’un plan serait présenté.';
    expect(speakerOf(analyze(text, 'fr'), 'un plan serait présenté')).toBe('Sophie Marchal');
  });

  it('keeps the subject of a reflexive verb ("Il s’est entretenu avec X", "Elle s’est disputée avec Y")', () => {
    const text = 'Le maire Gaspard Lemoine a qualifié le projet de « bricolage ». Il s’est entretenu mardi avec Octave Rambert, le président du syndicat mixte. Il a assuré ensuite que les travaux reprendraient.';
    expect(speakerOf(analyze(text, 'fr'), 'travaux reprendraient')).toBe('Gaspard Lemoine');
    const fem = 'L’urbaniste Maëlle Vautrin a critiqué le tracé. Elle s’est longuement disputée avec Pauline Esnault devant le conseil. Elle a indiqué que le tracé était le bon.';
    expect(speakerOf(analyze(fem, 'fr'), 'tracé était le bon')).toBe('Maëlle Vautrin');
  });
});

describe('an opening adverbial before the subject', () => {
  it('keeps the subject after "Lundi," as the antecedent', () => {
    const text = 'Paul Dorr a dit que le budget était serré. Lundi, Marc Tellier a rencontré Paul Dorr à Lille. Il a expliqué ensuite que la ligne serait sauvée.';
    expect(speakerOf(analyze(text, 'fr'), 'ligne serait sauvée')).toBe('Marc Tellier');
  });
});
