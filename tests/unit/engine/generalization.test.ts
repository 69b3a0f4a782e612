/**
 * Rules that carry over to article styles beyond the fixture corpus: reporting verbs of the
 * wider lexicon, prepositional objects, documents and organizations as sources, anonymous
 * groups. Every sentence here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/engine/analyze';
import { expectValidAnalysis, speakerOf } from './helpers';

describe('wider reporting lexicon', () => {
  it('reads posting and disclosure verbs with a "that" clause', () => {
    const text = 'The governor tweeted that the curfew would end at midnight. The senator posted on X that the vote was rigged. An audit found that the fund had lost track of 40 laptops.';
    const a = analyze(text, 'en');
    expect(a.quotes.map((q) => q.text)).toEqual(['the curfew would end at midnight', 'the vote was rigged', 'the fund had lost track of 40 laptops']);
    expect(a.quotes[1].cue?.text).toBe('posted on X');
    expectValidAnalysis(a, text);
  });

  it('does not read "found" or "posted" without a clause as a cue', () => {
    const a = analyze('Divers found the wreck on Sunday. The retailer posted a loss of $3m.', 'en');
    expect(a.quotes).toHaveLength(0);
  });

  it('reads French verbs of revelation and posting', () => {
    const text = 'La ministre a tweeté que la prime serait versée en mai. L’enquête révèle que trois agents étaient au courant.';
    const a = analyze(text, 'fr');
    expect(a.quotes.map((q) => q.text)).toEqual(['la prime serait versée en mai', 'trois agents étaient au courant']);
  });

  it('takes the object opened by the verb’s own preposition', () => {
    const fr = analyze('La sénatrice a plaidé pour un moratoire sur les forages.', 'fr');
    expect(fr.quotes.map((q) => q.text)).toEqual(['un moratoire sur les forages']);
    const en = analyze('The mayor called for an independent review of the contract.', 'en');
    expect(en.quotes.map((q) => q.text)).toEqual(['an independent review of the contract']);
    // "called" with a plain object is no statement, nor "called for" a time.
    expect(analyze('The coach called a timeout.', 'en').quotes).toHaveLength(0);
    const blame = analyze('The airline blamed a storage glitch for the cancellations.', 'en');
    expect(blame.quotes[0].cue?.tone).toBe('loaded');
  });

  it('counts unnamed groups as anonymous sources', () => {
    const text = 'Pals say the drummer wants out. Staff had warned that the lift was unsafe. Un soignant raconte que les gardes durent vingt heures.';
    const en = analyze(text.split('Un ')[0], 'en');
    expect(en.speakers.map((s) => [s.name, s.kind, s.count])).toEqual([['Anonymous sources', 'anonymous', 2]]);
    const fr = analyze('Un soignant raconte que les gardes durent vingt heures.', 'fr');
    expect(fr.speakers[0]).toMatchObject({ kind: 'anonymous', count: 1 });
  });

  it('names a document source and a lab by its name words', () => {
    const a = analyze('L’ordonnance de renvoi indique que le gérant savait tout.', 'fr');
    expect(a.speakers[0]).toMatchObject({ kind: 'document', count: 1 });
    const b = analyze('Quarry Labs confirmed the outage.', 'en');
    expect(b.speakers[0]).toMatchObject({ name: 'Quarry Labs', kind: 'organization' });
    expect(speakerOf(b, 'the outage')).toBe('Quarry Labs');
  });
});

describe('documents as sources', () => {
  it('keeps a report named after its author as the document, whole', () => {
    const a = analyze('Le bilan annuel de Météo Bretagne souligne que les tempêtes ont été plus fréquentes.', 'fr');
    expect(a.speakers[0]).toMatchObject({ name: 'Le bilan annuel de Météo Bretagne', kind: 'document' });
    // A communiqué speaks for its author.
    const b = analyze('Le communiqué de la Fédération Nationale Ovine indique que les aides arriveront en juin.', 'fr');
    expect(b.speakers[0].kind).toBe('organization');
    // Estimates published by a firm are the firm's.
    const c = analyze('Des estimations publiées par le cabinet Orveline évoquaient une perte de dix millions.', 'fr');
    expect(c.speakers[0]?.name).toBe('Orveline');
  });

  it('skips a participial insertion after the document and resolves "the paper" to it', () => {
    const text = 'The survey, conducted by the Harlow Institute in May, found that most tenants paid over a third of their income in rent. The paper also notes that arrears doubled.';
    const a = analyze(text, 'en');
    expect(a.quotes).toHaveLength(2);
    expect(a.speakers).toHaveLength(1);
    expect(a.speakers[0]).toMatchObject({ kind: 'document', count: 2 });
    expectValidAnalysis(a, text);
  });
});

describe('who speaks for whom', () => {
  it('gives a lone spokesperson to the organization just named, else to anonymous sources', () => {
    const a = analyze('Velkor Systems confirmed the recall on Friday. Only two batches were affected, a spokesperson said.', 'en');
    expect(speakerOf(a, 'two batches')).toBe('Velkor Systems');
    const b = analyze('Les tarifs resteront inchangés, a assuré un porte-parole.', 'fr');
    expect(b.speakers[0].kind).toBe('anonymous');
  });

  it('reads "For X," framings with a name, not with a time', () => {
    const a = analyze('For Mr Oduya, the merger is a mistake. For the first time, the vote was public. For years, nobody complained.', 'en');
    expect(a.quotes.map((q) => q.text)).toEqual(['the merger is a mistake']);
    expect(a.speakers[0].name).toBe('Oduya');
  });

  it('takes the name in apposition after a framing role', () => {
    const a = analyze('Pour son avocat, Me Julien Arnaud, qui plaidait l’acquittement, son client « n’a rien vu ».', 'fr');
    expect(a.speakers.map((s) => s.name)).toEqual(['Julien Arnaud']);
  });

  it('does not read "son avocat" as the person just named', () => {
    const a = analyze('Le gérant, Marc Lemoine, a reconnu les faits. Son avocat a nié avoir reçu la convocation.', 'fr');
    expect(speakerOf(a, 'la convocation')).not.toBe('Marc Lemoine');
    const b = analyze('Dana Whitby denied the charges. Her lawyer said the evidence was thin.', 'en');
    expect(speakerOf(b, 'evidence was thin')).not.toBe('Dana Whitby');
  });
});

describe('organization stand-ins', () => {
  it('resolves "la municipalité" to the town hall named before, and "la préfecture" to a préfecture that did not speak', () => {
    const a = analyze('La mairie de Plouzané a annoncé la fermeture du gymnase. La municipalité a précisé que les travaux dureraient un an.', 'fr');
    expect(a.speakers.map((s) => [s.name, s.count])).toEqual([['La mairie de Plouzané', 2]]);
    const b = analyze('La préfecture du Cantal a interdit les feux. La préfecture a rappelé que les amendes seraient lourdes.', 'fr');
    expect(b.speakers.map((s) => s.name)).toEqual(['La préfecture du Cantal']);
  });

  it('keeps two ministries apart when the second one is named in full', () => {
    const a = analyze('Le ministère de la Culture a confirmé la date. Le ministère de l’Agriculture a indiqué que les aides étaient versées.', 'fr');
    expect(a.speakers).toHaveLength(2);
  });

  it('gives "the company" to a firm introduced by an apposition or named earlier', () => {
    const a = analyze('Quillmark, the Leeds-based maker of garden tools, has recalled 8,000 shears, the company said on Monday.', 'en');
    expect(a.speakers.map((s) => s.name)).toEqual(['Quillmark']);
    const b = analyze('Dunmore Logistics cut 120 jobs. The firm said the depot would close in June.', 'en');
    expect(b.speakers.map((s) => s.name)).toEqual(['Dunmore Logistics']);
  });
});

describe('organizations speaking together', () => {
  it('makes one group speaker of organizations joined by "and", and "they" refers to it', () => {
    const text = 'The Harbour Society and the Coastal Birds Trust said in a joint letter that the pier should stay closed. They argued the nesting season had started.';
    const a = analyze(text, 'en');
    expect(a.speakers).toHaveLength(1);
    expect(a.speakers[0]).toMatchObject({ kind: 'organization', count: 2 });
    expect(a.speakers[0].name).toContain('Coastal Birds Trust');
    expectValidAnalysis(a, text);
  });

  it('remembers a group named outside any cue for a later "elles"', () => {
    const a = analyze('L’association Mer Propre et le collectif Dunes Vivantes ont publié une lettre. Elles estiment que le chantier menace la plage.', 'fr');
    expect(speakerOf(a, 'menace la plage')).toContain('Dunes Vivantes');
  });

  it('does not make a group of two capitals (no organization word)', () => {
    const a = analyze('Moscou et Téhéran ont affirmé que l’accord tenait.', 'fr');
    expect(a.speakers.map((s) => s.name)).not.toContain('Moscou et Téhéran');
  });
});

describe('complements that are not clauses', () => {
  it('reads a quoted attribute right after an evaluative verb, with its object', () => {
    const a = analyze('La députée juge « scandaleuse » la hausse des loyers étudiants.', 'fr');
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0].text).toContain('la hausse des loyers');
    expect(a.quotes[0].cue?.text).toBe('juge');
  });

  it('reads the attribute after "comme"/"as"', () => {
    const a = analyze('Her former assistant describes her as "fair but relentless".', 'en');
    expect(a.quotes[0]?.text).toContain('fair but relentless');
  });

  it('reads the subject across a bare apposition (", ostréiculteur,")', () => {
    const a = analyze('Jean Morvan, ostréiculteur, juge la fermeture « précipitée ».', 'fr');
    expect(a.speakers.map((s) => s.name)).toEqual(['Jean Morvan']);
    expect(a.quotes[0].text).toContain('la fermeture');
  });
});

describe('inverted subjects and plural roles', () => {
  it('skips an adverbial phrase between an inverted verb and its subject', () => {
    const a = analyze('« Rien ne justifie ce retard », a lancé d’emblée la juge, Claire Hamon, à l’ouverture des débats.', 'fr');
    expect(a.speakers.map((s) => [s.name, s.kind])).toEqual([['Claire Hamon', 'person']]);
  });

  it('never resolves a plural role ("les auteurs", "the researchers") to one person', () => {
    const fr = analyze('« Le lien est net », a expliqué la Dre Anne Roy. L’effet est plus fort chez les filles, notent les auteurs.', 'fr');
    expect(speakerOf(fr, 'plus fort chez les filles')).not.toBe('Anne Roy');
    const en = analyze('"The link is clear," said Dr Anne Roy. The effect is stronger in girls, the researchers noted.', 'en');
    expect(speakerOf(en, 'stronger in girls')).not.toBe('Anne Roy');
  });
});

describe('subjects with appositions and addressees', () => {
  it('reads "told us" as the addressee, then the clause', () => {
    const a = analyze('Ruth Aldane told us the merger was "dead in the water."', 'en');
    expect(a.quotes[0]?.text).toContain('the merger was');
    expect(a.quotes[0]?.via).toBe('told us');
  });

  it('keeps the name before an indefinite apposition with a workplace', () => {
    const a = analyze('Nora Blythe, a hydrologist at the University of Exeter, argued that the dam had been overfilled.', 'en');
    expect(a.speakers.map((s) => s.name)).toEqual(['Nora Blythe']);
    const b = analyze('Jonas Weber of the Alpine Policy Forum, a Zurich-based research group, noted that the pass would stay shut.', 'en');
    expect(b.speakers[0].name).toBe('Jonas Weber');
  });

  it('reads an unnamed worker at a named place as anonymous, and "the University of X" whole', () => {
    const a = analyze('A nurse at Fairview Hospital said that the ward was full.', 'en');
    expect(a.speakers[0]).toMatchObject({ kind: 'anonymous' });
    const b = analyze('The University of Exeter said that the lab would reopen.', 'en');
    expect(b.speakers[0]).toMatchObject({ name: 'University of Exeter', kind: 'organization' });
  });

  it('counts "another pal" as an anonymous source', () => {
    const a = analyze('Another pal insisted there was no feud.', 'en');
    expect(a.speakers[0]).toMatchObject({ kind: 'anonymous', count: 1 });
  });
});

describe('two cues of one subject', () => {
  it('ends the first statement at "mais"/"but" before a second cue', () => {
    const a = analyze('Le maire a reconnu avoir tardé à prévenir les habitants, mais a démenti toute volonté de cacher la pollution.', 'fr');
    expect(a.quotes.map((q) => q.text)).toEqual(['avoir tardé à prévenir les habitants', 'toute volonté de cacher la pollution']);
    expect(new Set(a.quotes.map((q) => q.speakerId)).size).toBe(1);
    const b = analyze('Selon la sous-préfecture de Morlaix, aucune aide n’est prévue.', 'fr');
    expect(b.speakers[0]).toMatchObject({ kind: 'organization' });
  });
});

describe('circumstances around the subject', () => {
  it('skips a circumstance between commas, even one with a participle ("a video posted on X")', () => {
    const a = analyze('Chief executive Mara Quist, in a video posted on X on Sunday, described the recall as "painful but necessary".', 'en');
    expect(a.speakers.map((s) => s.name)).toEqual(['Mara Quist']);
  });

  it('reads an inverted "told" with a longer addressee', () => {
    const a = analyze('The ferry will resume on Friday, Mayor Alan Pruitt told a packed news conference on Monday.', 'en');
    expect(a.speakers.map((s) => s.name)).toEqual(['Alan Pruitt']);
    expect(a.quotes[0].text).toBe('The ferry will resume on Friday');
  });
});

describe('precision of the wider lexicon', () => {
  it('does not read "so-called" uses of dit/said as cues', () => {
    expect(analyze('Ce plan, dit « de sauvegarde », a été adopté hier.', 'fr').quotes).toHaveLength(0);
    expect(analyze('The memo said to be circulating among aides is a fake. He is said to be livid.', 'en').quotes).toHaveLength(0);
    // The inverted "dit" after a quotation still is one.
    expect(analyze('« Nous tiendrons », dit Paul Girard.', 'fr').quotes).toHaveLength(1);
  });

  it('counts a fan posting without a name as an anonymous source', () => {
    const a = analyze('"Best gig of my life," one fan wrote on Instagram.', 'en');
    expect(a.speakers[0]).toMatchObject({ kind: 'anonymous', count: 1 });
  });
});

describe('more stand-ins', () => {
  it('remembers "le tribunal administratif de X" for a later "le tribunal"', () => {
    const a = analyze('Le tribunal administratif de Caen a suspendu l’arrêté. Le tribunal estime que les riverains n’ont pas été consultés.', 'fr');
    expect(a.speakers.map((s) => s.name)).toEqual(['Le tribunal administratif de Caen']);
  });

  it('gives "the club"/"le club" to the club named before', () => {
    const a = analyze('Eastfield Rovers confirmed the transfer. The club said the fee was undisclosed.', 'en');
    expect(a.speakers.map((s) => [s.name, s.kind, s.count])).toEqual([['Eastfield Rovers', 'organization', 2]]);
  });

  it('resolves "le rapport" to the report cited with "selon"', () => {
    const a = analyze('Selon le rapport de l’inspection du travail, l’atelier est dangereux. Le rapport pointe aussi un manque de formation.', 'fr');
    expect(a.speakers).toHaveLength(1);
    expect(a.speakers[0]).toMatchObject({ kind: 'document', count: 2 });
  });
});

describe('reflexive cues and held views', () => {
  it('reads reflexive cues (s’est félicité, s’est inquiété, s’est dit/dite)', () => {
    const a = analyze('La maire s’est félicitée de la baisse des accidents. Elle s’est inquiétée de la hausse des loyers. Le préfet s’est dit « confiant » pour la suite.', 'fr');
    expect(a.quotes.map((q) => q.text)).toEqual(['la baisse des accidents', 'la hausse des loyers', '« confiant » pour la suite']);
    // A passive is not a cue.
    expect(analyze('Le projet a été annoncé hier. Il est dit que le projet avance.', 'fr').quotes).toHaveLength(0);
  });

  it('gives "X’s view is that…" to X', () => {
    const a = analyze('Ms Okoro’s view is that the levy is unfair.', 'en');
    expect(a.quotes[0]?.text).toBe('the levy is unfair');
    expect(a.speakers[0].name).toBe('Okoro');
  });
});

describe('warnings with a prepositional object', () => {
  it('reads "warned of/against" and "a mis en garde contre"', () => {
    const en = analyze('The regulator warned of "grave consequences". The watchdog said it would open a probe.', 'en');
    expect(en.quotes.map((q) => q.text)).toEqual(['grave consequences', 'it would open a probe']);
    expect(en.speakers).toHaveLength(1); // the watchdog is the regulator
    const fr = analyze('Le syndicat a mis en garde contre une hausse des cadences.', 'fr');
    expect(fr.quotes.map((q) => q.text)).toEqual(['une hausse des cadences']);
  });
});

describe('French institution name words', () => {
  it('reads "l’Alliance …" and "la Confédération …" as organizations that speak', () => {
    const a = analyze('L’Alliance des loueurs de vélos a jugé la taxe « injuste ».', 'fr');
    expect(a.speakers[0]).toMatchObject({ kind: 'organization', count: 1 });
  });
});

describe('generic organization heads', () => {
  it('gives "le syndicat", "the charity" to the body named just before, acronyms included', () => {
    const a = analyze('La CGT Chimie a appelé à la grève. Le syndicat estime que les salaires sont trop bas.', 'fr');
    expect(a.speakers.map((s) => s.name)).toEqual(['CGT Chimie']);
    const b = analyze('Riverkeep Trust published the figures. The charity said the estuary was polluted.', 'en');
    expect(b.speakers.map((s) => s.name)).toEqual(['Riverkeep Trust']);
  });
});

describe('document descriptions', () => {
  it('names a document by its whole description and lets "it" refer to it', () => {
    const a = analyze('A survey published in the Harbour Gazette found that rents rose by a fifth. It also notes that vacancies fell.', 'en');
    expect(a.speakers).toHaveLength(1);
    expect(a.speakers[0]).toMatchObject({ kind: 'document', count: 2 });
    expect(a.speakers[0].name).toContain('published in');
  });
});

describe('generic heads keep to their kind', () => {
  it('does not give "l’équipe" to a court named before, nor read a revealed identity as a statement', () => {
    const a = analyze('Le Tribunal de commerce a validé le plan. L’équipe s’est félicitée de la victoire.', 'fr');
    expect(speakerOf(a, 'la victoire')).not.toContain('Tribunal');
    expect(analyze('La police a révélé l’identité du suspect.', 'fr').quotes).toHaveLength(0);
  });
});
