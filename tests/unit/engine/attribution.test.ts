import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/engine/analyze';
import { expectValidAnalysis, speaker, speakerOf } from './helpers';

describe('French attribution', () => {
  it('reads inverted cues with a glued pronoun and resolves it to the last matching speaker', () => {
    const text = 'Marie Dupont, directrice de l’usine, a expliqué que le site fermerait en mars.\n\n« Nous avons tout essayé », a-t-elle ajouté.';
    const a = analyze(text, 'fr');
    expect(a.speakers.map((s) => [s.name, s.count])).toEqual([['Marie Dupont', 2]]);
    expect(a.quotes[1].kind).toBe('direct');
    expect(a.quotes[1].mention?.text).toBe('elle');
    expectValidAnalysis(a, text);
  });

  it('gives "il" to the man and "elle" to the woman', () => {
    const text = 'Mme Claire Martin a déclaré que le budget était prêt. M. Paul Durand a estimé que le calendrier était intenable.\n\nElle a ajouté que les économies seraient tenues. Il a répondu que rien ne le prouvait.';
    const a = analyze(text, 'fr');
    expect(speakerOf(a, 'économies seraient tenues')).toBe('Claire Martin');
    expect(speakerOf(a, 'rien ne le prouvait')).toBe('Paul Durand');
  });

  it('binds an inverted subject after the verb, and a later role stand-in', () => {
    const text = '« Nous ne céderons pas », a déclaré jeudi le ministre allemand de l’Économie, Lukas Brenner.\n\nLe responsable allemand a ajouté que les négociations reprendraient lundi.';
    const a = analyze(text, 'fr');
    expect(a.speakers).toHaveLength(1);
    expect(a.speakers[0].name).toBe('Lukas Brenner');
    expect(a.speakers[0].count).toBe(2);
    expect(a.speakers[0].country).toBe('DE');
  });

  it('treats "selon X" as a source and "selon lesquelles" as not one', () => {
    const text = 'Selon la préfecture, 300 personnes ont été évacuées. Les rumeurs selon lesquelles le pont aurait cédé sont fausses.';
    const a = analyze(text, 'fr');
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0].kind).toBe('according-to');
    expect(a.quotes[0].text).toBe('300 personnes ont été évacuées');
    expect(a.speakers[0].kind).toBe('organization');
  });

  it('groups anonymous sources and never invents a name for them', () => {
    const text = 'Selon une source proche du dossier, l’accord est prêt. Un diplomate européen a affirmé que la signature aurait lieu lundi.';
    const a = analyze(text, 'fr');
    expect(a.speakers).toHaveLength(1);
    expect(a.speakers[0]).toMatchObject({ name: 'Sources anonymes', kind: 'anonymous', count: 2 });
  });

  it('lets capitals and institutions speak as organizations', () => {
    const text = 'Le Quai d’Orsay a indiqué que l’ambassade restait ouverte. Moscou a démenti toute implication dans l’attaque.';
    const a = analyze(text, 'fr');
    expect(speaker(a, 'Moscou')).toMatchObject({ kind: 'organization', country: 'RU' });
    expect(a.quotes).toHaveLength(2);
  });

  it('continues the main clause\'s speaker into a participial clause', () => {
    const text = 'Le syndicat CGT a dénoncé la fermeture du site, affirmant que l’usine restait rentable.';
    const a = analyze(text, 'fr');
    expect(a.quotes).toHaveLength(2);
    expect(new Set(a.quotes.map((q) => q.speakerId)).size).toBe(1);
  });

  it('reads a channel and the source after a present-tense inverted cue', () => {
    const text = '« Nous avons anticipé », indique à l’AFP Marie Durand, porte-parole de l’hôpital.';
    const a = analyze(text, 'fr');
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]).toMatchObject({ kind: 'direct', via: 'à l’AFP', text: 'Nous avons anticipé' });
    expect(a.speakers[0].name).toBe('Marie Durand');
  });

  it('gives a quotation introduced by a colon to the sentence subject', () => {
    const text = 'Larrondo, lui, a déjà la tête au prochain match : « Castres, ce sera encore plus dur. »';
    const a = analyze(text, 'fr');
    expect(a.quotes).toHaveLength(1);
    expect(a.speakers[0].name).toBe('Larrondo');
  });

  it('reads "Pour X," as a source only when X is someone', () => {
    expect(analyze('Pour le ministre, la réforme est indispensable.', 'fr').quotes).toHaveLength(1);
    expect(analyze('Pour l’instant, rien n’est décidé.', 'fr').quotes).toHaveLength(0);
    expect(analyze('Pour les économistes, la croissance ralentit.', 'fr').quotes).toHaveLength(0);
  });

  it('does not take a noun for a reporting verb', () => {
    const text = 'Les banques, qui doivent réviser la note du pays, « attendent des signaux clairs », observe Lucie Marchetti.';
    const a = analyze(text, 'fr');
    expect(a.quotes).toHaveLength(1);
    expect(a.speakers[0].name).toBe('Lucie Marchetti');
  });

  it('ends a statement where a new speaker starts after "tandis que", and keeps particles in names', () => {
    const text = 'Marine Le Pen a dénoncé « un mépris total des Français », tandis que Jean-Luc Mélenchon a appelé à « amplifier la mobilisation ».';
    const a = analyze(text, 'fr');
    expect(a.speakers.map((s) => [s.name, s.count])).toEqual([['Marine Le Pen', 1], ['Jean-Luc Mélenchon', 1]]);
  });

  it('reads "ce dernier" as the last person named, not the last one quoted', () => {
    const text = 'Claire Dubois a déclaré que le projet avançait. Elle a ensuite rencontré le maire, Paul Martin. Ce dernier a affirmé que la réforme serait abandonnée.';
    const a = analyze(text, 'fr');
    expect(speakerOf(a, 'réforme serait abandonnée')).toBe('Paul Martin');
  });

  it('finds an incise inside the quotation marks', () => {
    const text = '« Nous tiendrons bon, dit Mme Tazi. Pour les salariés comme pour la ville. »';
    const a = analyze(text, 'fr');
    expect(a.quotes).toHaveLength(1);
    expect(a.speakers[0].name).toBe('Tazi');
  });
});

describe('English attribution', () => {
  it('joins a quotation split by its cue into one statement', () => {
    const text = '“We misjudged the demand,” said Nora Vance, the chief executive. “I take full responsibility.”';
    const a = analyze(text, 'en');
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0].text).toBe('We misjudged the demand');
    // The second part still counts as the speaker's words.
    expect(a.speakers[0]).toMatchObject({ name: 'Nora Vance', role: 'the chief executive'.replace(/^the /, ''), count: 1, words: 8 });
  });

  describe('a quotation split by its cue never tints the cue', () => {
    const cases: [string, 'en' | 'fr', string, string, string][] = [
      ['Tom Ferrell runs the ferry. “The engines are forty years old,” he said, “and the parts no longer exist.”', 'en', 'The engines are forty years old', 'said', 'Tom Ferrell'],
      ['Tom Ferrell runs the ferry. "The engines are forty years old," he said. "The parts no longer exist."', 'en', 'The engines are forty years old', 'said', 'Tom Ferrell'],
      ['Harbour users were unhappy. ‘Nobody asked the fishermen,’ said Moira Kemp. ‘Not once in three years.’', 'en', 'Nobody asked the fishermen', 'said', 'Moira Kemp'],
      ['Le maire Gilles Aubert a visité le chantier. « Les travaux avancent bien », a-t-il dit. « Nous ouvrirons en mai. »', 'fr', 'Les travaux avancent bien', 'a-t-il dit', 'Gilles Aubert'],
      ['« La digue ne tiendra pas », a prévenu Nadia Ferrand, « il faut la renforcer avant l’hiver. »', 'fr', 'La digue ne tiendra pas', 'a prévenu', 'Nadia Ferrand'],
    ];
    for (const [text, lang, first, cue, name] of cases) {
      it(`${lang}: ${text.slice(0, 50)}…`, () => {
        const a = analyze(text, lang);
        expectValidAnalysis(a, text);
        expect(a.quotes).toHaveLength(1);
        const q = a.quotes[0];
        expect(q.text).toBe(first);
        expect(q.cue?.text).toBe(cue);
        expect(q.cue!.start).toBeGreaterThanOrEqual(q.end);
        expect(a.speakers.find((s) => s.id === q.speakerId)?.name).toBe(name);
      });
    }
  });

  it('reads "X told Reuters" as a channel and "according to which" as no source', () => {
    const text = 'The dispute will drag on, Ines Calloway told Reuters. Reports according to which the depot had reopened were wrong.';
    const a = analyze(text, 'en');
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0].via).toBe('told Reuters');
    expect(a.speakers[0].name).toBe('Ines Calloway');
  });

  it('flags officials who spoke on condition of anonymity as anonymous', () => {
    const text = 'Two officials, who spoke on condition of anonymity, said the talks had stalled. People familiar with the matter said a deal was unlikely.';
    const a = analyze(text, 'en');
    expect(a.speakers).toHaveLength(1);
    expect(a.speakers[0]).toMatchObject({ name: 'Anonymous sources', kind: 'anonymous', count: 2 });
  });

  it('resolves "he" after a named man and keeps organizations apart', () => {
    const text = 'The White House said the plan was final. Senator Colin Ashby said the funding could not be delayed. He added that schools were running out of heating oil.';
    const a = analyze(text, 'en');
    expect(speaker(a, 'White House')?.kind).toBe('organization');
    expect(speakerOf(a, 'schools were running out')).toBe('Colin Ashby');
  });

  it('takes the words between a closing quote and the verb as the source', () => {
    const text = '“We offered the board every compromise,” Ines Calloway, president of the union, told Reuters by phone.';
    const a = analyze(text, 'en');
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0].via).toBe('told Reuters');
    expect(a.speakers[0]).toMatchObject({ name: 'Ines Calloway', role: 'president of the union' });
  });

  it('keeps a new office holder apart from the person quoted just before', () => {
    const text = '“It was a mistake,” said Jane Roe, who chairs the panel. The president told reporters that he would not resign.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'would not resign')).toBe('The president');
  });

  it('takes answers in a Q&A transcript as statements of the labelled speaker', () => {
    const text = 'Q: Why now?\n\nAlvarado: Because the water is not waiting for us anymore.\n\nQ: And the cost?\n\nAlvarado: It is a bet either way, and doing nothing is a worse one.';
    const a = analyze(text, 'en');
    expect(a.speakers.map((s) => [s.name, s.count])).toEqual([['Alvarado', 2]]);
  });

  it('ignores short scare quotes and titles on their own', () => {
    const text = 'Critics call it a "smart" doorbell. Her book, "The Long Winter Of Our Discontent", sold well.';
    expect(analyze(text, 'en').quotes).toHaveLength(0);
  });
});

describe('a reporting clause inside the sentence', () => {
  const cases: [string, 'en' | 'fr', string, string, string][] = [
    ['Le chantier, estime la maire Odile Brunet, coûtera deux fois plus que prévu.', 'fr', 'coûtera deux fois plus que prévu', 'estime', 'Odile Brunet'],
    ['La préfète Inès Corval a visité la digue. Le barrage, a-t-elle ajouté, ne sera pas rouvert avant l’été.', 'fr', 'ne sera pas rouvert avant l’été', 'a-t-elle ajouté', 'Inès Corval'],
    ['The new rules, said the regulator Amos Pell, will take effect in the first week of June.', 'en', 'will take effect in the first week of June', 'said', 'Amos Pell'],
    ['Dr Hana Oduya led the trial. The results, she said, leave little doubt about the dose.', 'en', 'leave little doubt about the dose', 'said', 'Hana Oduya'],
  ];
  for (const [text, lang, content, cue, name] of cases) {
    it(`${lang}: ${text.slice(0, 50)}…`, () => {
      const a = analyze(text, lang);
      expectValidAnalysis(a, text);
      expect(a.quotes).toHaveLength(1);
      const q = a.quotes[0];
      expect(q.text).toBe(content);
      expect(q.cue?.text).toBe(cue);
      expect(a.speakers.find((s) => s.id === q.speakerId)?.name).toBe(name);
    });
  }

  it('keeps the main clause when the words after the reporting clause open a clause of their own', () => {
    const cases: [string, 'en' | 'fr', string][] = [
      ['Ticket sales will drop, the promoter Jo Baptiste said, because the tour starts in August.', 'en', 'Ticket sales will drop'],
      ['Jonas Webb, a long-time critic of the plan, called for a public vote, arguing that the cost had doubled.', 'en', 'a public vote'],
      ['Les loyers vont encore monter, a prévenu l’élu Marc Tessier, parce que l’offre reste trop faible.', 'fr', 'Les loyers vont encore monter'],
    ];
    for (const [text, lang, content] of cases) {
      const a = analyze(text, lang);
      expectValidAnalysis(a, text);
      expect(a.quotes[0].text.startsWith(content)).toBe(true);
    }
  });
});

describe('person nouns outside the office lexicon', () => {
  it('binds a role noun before a name as the speaker’s descriptor', () => {
    const cases: [string, 'en' | 'fr', string, string][] = [
      ['La chorégraphe Maud Sarrail a assuré que la pièce serait reprise à l’automne.', 'fr', 'Maud Sarrail', 'La chorégraphe'],
      ['L’ancienne pêcheuse Rozenn Le Goff estime que le port a perdu son âme.', 'fr', 'Rozenn Le Goff', 'L’ancienne pêcheuse'],
      ['The photographer Ilse Brandt said the gallery had cancelled the show without notice.', 'en', 'Ilse Brandt', 'The photographer'],
      ['Retired plumber Otto Vance said the pipes under Elm Street were older than the town hall.', 'en', 'Otto Vance', 'plumber'],
    ];
    for (const [text, lang, name, alias] of cases) {
      const a = analyze(text, lang);
      expectValidAnalysis(a, text);
      expect(a.speakers).toHaveLength(1);
      expect(a.speakers[0].name).toBe(name);
      expect(a.speakers[0].aliases.join('|')).toContain(alias);
    }
  });

  it('reads an unnamed person noun as a source, never as a name', () => {
    const cases: [string, 'en' | 'fr'][] = [
      ['Un ancien chauffeur de la ligne a raconté que les pannes étaient quotidiennes.', 'fr'],
      ['A volunteer at the shelter said the beds had been full since October.', 'en'],
      ['A nurse in Dundee said the night shifts had been cut twice this year.', 'en'],
      ['Une riveraine du chantier a expliqué que les camions passaient dès cinq heures.', 'fr'],
    ];
    for (const [text, lang] of cases) {
      const a = analyze(text, lang);
      expectValidAnalysis(a, text);
      expect(a.quotes).toHaveLength(1);
      expect(a.speakers[0].kind).toBe('anonymous');
    }
  });
});

describe('speaker table: one person under several names, two people under one surname', () => {
  it('merges surname alone, titles, accents and hyphenated names into one speaker', () => {
    const text = 'Hélène Brissac-Gautier a déclaré que le port rouvrirait lundi. Mme Brissac-Gautier a ajouté que les quais étaient réparés. Selon Helene Brissac-Gautier, la saison est sauvée. Brissac-Gautier a précisé que les pêcheurs seraient indemnisés.';
    const a = analyze(text, 'fr');
    expectValidAnalysis(a, text);
    expect(a.speakers).toHaveLength(1);
    expect(a.speakers[0]).toMatchObject({ name: 'Hélène Brissac-Gautier', count: 4 });
  });

  it('keeps two people with one surname apart and lets a title’s gender choose between them', () => {
    const fr = 'Lucie Marchetti a dit que la digue était fragile. Bruno Marchetti a estimé que la digue tiendrait. Mme Marchetti a ajouté que les pluies de mars avaient tout aggravé.';
    const a = analyze(fr, 'fr');
    expectValidAnalysis(a, fr);
    expect(a.speakers.map((s) => [s.name, s.count])).toEqual([['Lucie Marchetti', 2], ['Bruno Marchetti', 1]]);
    const en = 'Nora Quill said the ferry was late again. Ethan Quill said the timetable was fine. Mr Quill added that the new boat would arrive in May.';
    const b = analyze(en, 'en');
    expectValidAnalysis(b, en);
    expect(b.speakers.map((s) => [s.name, s.count])).toEqual([['Ethan Quill', 2], ['Nora Quill', 1]]);
    // Different first names, even with one initial letter, are different people.
    const c = analyze('Mark Tolland said the vote was close. Maria Tolland said the count was wrong.', 'en');
    expect(c.speakers).toHaveLength(2);
  });
});

describe('an inverted cue followed by where it was said', () => {
  const cases: [string, 'en' | 'fr', string, string][] = [
    ['The library will close for a month of repairs, the city council said on its website.', 'en', 'The library will close for a month of repairs', 'the city council'],
    ['The ferry will not run on Sunday, the operator announced on the radio.', 'en', 'The ferry will not run on Sunday', 'the operator'],
    ['La piscine restera fermée tout l’été, a annoncé la mairie sur son site.', 'fr', 'La piscine restera fermée tout l’été', 'la mairie'],
  ];
  for (const [text, lang, content, mention] of cases) {
    it(`${lang}: ${text.slice(0, 50)}…`, () => {
      const a = analyze(text, lang);
      expectValidAnalysis(a, text);
      expect(a.quotes).toHaveLength(1);
      expect(a.quotes[0].text).toBe(content);
      expect(a.quotes[0].mention?.text).toBe(mention);
    });
  }
});

describe('"the authority" stands for the authority last named', () => {
  it('en and fr', () => {
    const en = 'The Harbour Transport Authority said on Monday that fares would rise in April. The authority added that the night buses would keep running.';
    const a = analyze(en, 'en');
    expectValidAnalysis(a, en);
    expect(a.speakers.map((s) => [s.name, s.count])).toEqual([['Harbour Transport Authority', 2]]);
    const fr = 'L’Autorité de la concurrence a estimé que le rachat posait problème. L’autorité a ajouté qu’elle rendrait son avis en juin.';
    const b = analyze(fr, 'fr');
    expectValidAnalysis(b, fr);
    expect(b.speakers).toHaveLength(1);
    expect(b.speakers[0].count).toBe(2);
  });
});

describe('a pronoun opening a relative clause is the subject of its cue', () => {
  it('en and fr', () => {
    const en = 'Omar Field chairs the board. Members will vote on a merger that he has called "the only way to keep the club alive."';
    const a = analyze(en, 'en');
    expectValidAnalysis(a, en);
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0].mention?.text).toBe('he');
    expect(speakerOf(a, 'the only way')).toBe('Omar Field');
    const fr = 'Claire Noval préside le syndicat. Les adhérents voteront sur un accord qu’elle a décrit comme « le moins mauvais possible ».';
    const b = analyze(fr, 'fr');
    expectValidAnalysis(b, fr);
    expect(speakerOf(b, 'le moins mauvais')).toBe('Claire Noval');
  });

  it('after "but"/"mais" a pronoun opens a second statement of its own', () => {
    const en = 'Greta Lund leads the council. She admitted that the budget was tight, but she insisted that the pool would reopen.';
    const a = analyze(en, 'en');
    expectValidAnalysis(a, en);
    expect(a.quotes.map((q) => q.text)).toEqual(['the budget was tight', 'the pool would reopen']);
    expect(a.speakers.map((s) => [s.name, s.count])).toEqual([['Greta Lund', 2]]);
    const fr = 'Yves Carel dirige le port. Il a reconnu que la saison était mauvaise, mais il a assuré que les emplois seraient maintenus.';
    const b = analyze(fr, 'fr');
    expectValidAnalysis(b, fr);
    expect(b.quotes.map((q) => q.text)).toEqual(['la saison était mauvaise', 'les emplois seraient maintenus']);
  });
});

describe('an English clause reported without "that" may open with a demonstrative', () => {
  it('reads "says this is…" but still skips "said this week"', () => {
    const a = analyze('Ivo Brandt says this is the last season the mill can afford.', 'en');
    expect(a.quotes.map((q) => q.text)).toEqual(['this is the last season the mill can afford']);
    const b = analyze('Ivo Brandt said this week that the mill would close.', 'en');
    expect(b.quotes.map((q) => q.text)).toEqual(['the mill would close']);
    const c = analyze('Ivo Brandt said there were no buyers left for the mill.', 'en');
    expect(c.quotes.map((q) => q.text)).toEqual(['there were no buyers left for the mill']);
  });
});

describe('a second cue of the same subject after "and"/"et"', () => {
  it('splits after an object or a quotation, and on a French compound tense', () => {
    const en = 'Mayor Tess Gale described the closure as "a betrayal of the valley" and accused the owners of hiding the losses.';
    const a = analyze(en, 'en');
    expectValidAnalysis(a, en);
    expect(a.quotes).toHaveLength(2);
    expect(a.quotes[1].cue?.text).toBe('accused');
    expect(a.speakers.map((s) => [s.name, s.count])).toEqual([['Tess Gale', 2]]);
    const fr = 'La directrice Agnès Morvan a dénoncé « un abandon » et a ajouté que le personnel serait reçu lundi.';
    const b = analyze(fr, 'fr');
    expectValidAnalysis(b, fr);
    expect(b.quotes.map((q) => q.text)).toEqual(['un abandon', 'le personnel serait reçu lundi']);
  });

  it('keeps a that-clause whole: its own subject may do the second thing', () => {
    const a = analyze('Nell Ashby said that the firm had cut jobs and warned of more cuts.', 'en');
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0].text).toBe('the firm had cut jobs and warned of more cuts');
  });
});

describe('a group noun tied to a named organization speaks for it', () => {
  it('gives "analysts at X" / "researchers at the University of Y" to the organization, not to anonymous sources', () => {
    const text = 'Analysts at Pellworth Capital said the merger was too expensive. Researchers at the University of Dunmore found that the coating failed in frost. Officials said the road would reopen.';
    const a = analyze(text, 'en');
    expect(speakerOf(a, 'merger was too expensive')).toBe('Pellworth Capital');
    expect(speakerOf(a, 'coating failed')).toBe('University of Dunmore');
    expect(a.speakers.find((s) => s.name === 'Pellworth Capital')?.kind).toBe('organization');
    // Without an organization the group stays anonymous.
    expect(a.speakers.find((s) => s.id === a.quotes[2].speakerId)?.kind).toBe('anonymous');
    expectValidAnalysis(a, text);
  });

  it('reads "des chercheurs de X" after an indefinite article as X', () => {
    const text = 'Des chercheurs de l’Institut Verlaine estiment que la nappe baisse. Un habitant a affirmé que le puits était sec.';
    const a = analyze(text, 'fr');
    expect(speakerOf(a, 'la nappe baisse')).toBe('Institut Verlaine');
    expect(speakerOf(a, 'le puits était sec')).toBe('Sources anonymes');
    expectValidAnalysis(a, text);
  });
});

describe('English base-form cues after a plural subject', () => {
  it('reads "the authors write", "critics argue", "many scientists believe" as statements', () => {
    const text = 'The board met on Tuesday. The authors write that the samples were contaminated. Critics argue that the toll is unfair. Many farmers believe that the dam will fail.';
    const a = analyze(text, 'en');
    expect(a.quotes.map((q) => q.text)).toEqual(['the samples were contaminated', 'the toll is unfair', 'the dam will fail']);
    expect(a.quotes.map((q) => q.cue?.text)).toEqual(['write', 'argue', 'believe']);
    expectValidAnalysis(a, text);
  });

  it('reads "analysts note", "officials estimate", "witnesses report" but not the nouns or imperatives', () => {
    const text = 'Traders note that the peso is weak. Officials estimate that 40 barns burned. Witnesses report that the bridge shook. Note that the totals exclude tax. The cost estimate rose. Please report any leak to the utility.';
    const a = analyze(text, 'en');
    expect(a.quotes.map((q) => q.cue?.text)).toEqual(['note', 'estimate', 'report']);
    expectValidAnalysis(a, text);
  });

  it('leaves imperatives, infinitives and non-reporting uses alone', () => {
    const text = 'Write to your councillor before Friday. The club asked members to write down their ideas. Students write essays every week. Many people think of the square as a meeting point.';
    expect(analyze(text, 'en').quotes).toEqual([]);
  });
});
