import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/engine/analyze';
import { expectValidAnalysis, speakerOf } from './helpers';

describe('French forms around the cue', () => {
  it('reads the reflexive inverted cue after a question ("« … ? » s\'est-il interrogé")', () => {
    const text = 'La route est coupée. Le maire, Paul Kerhervé, a visité le chantier. « Qui va payer les réparations du quai ? » s’est-il interrogé devant les habitants.';
    const a = analyze(text, 'fr');
    expect(speakerOf(a, 'Qui va payer')).toBe('Paul Kerhervé');
    expectValidAnalysis(a, text);
  });

  it('reads a quoted infinitive after "dire" as its content, past a party label in brackets', () => {
    const text = 'Le port ferme. La maire, Anne Calvez (divers gauche), a dit « regretter » une décision prise trop vite.';
    const a = analyze(text, 'fr');
    expect(speakerOf(a, 'une décision prise trop vite')).toBe('Anne Calvez');
  });

  it('reads a quoted noun after "dire" or "évoquer" as the words said, not as an infinitive opening a clause', () => {
    for (const [verb, after] of [['a dit', 'pour décrire la situation'], ['a évoqué', 'devant les députés']]) {
      const text = `La séance a été houleuse. Le général Paul Verdier ${verb} « guerre totale » ${after}.`;
      const a = analyze(text, 'fr');
      expect(a.quotes).toHaveLength(1);
      expect(a.quotes[0]).toMatchObject({ text: 'guerre totale', kind: 'direct' });
      expect(speakerOf(a, 'guerre totale')).toBe('Paul Verdier');
      expectValidAnalysis(a, text);
    }
    // A real infinitive, quoted or not, still opens the reported clause.
    const inf = 'Le général Paul Verdier a dit « comprendre » la colère des habitants. Le préfet a demandé aux riverains de rester chez eux.';
    const a = analyze(inf, 'fr');
    expect(a.quotes.map((q) => q.text)).toEqual(['« comprendre » la colère des habitants', 'rester chez eux']);
  });

  it('gives "Elles" to a plural group of bodies that opens the sentence before', () => {
    const text = 'Le maire a salué la décision. Deux associations de riverains, Quai Vivant et Port Propre, ont saisi le tribunal. Elles y dénoncent un projet bâclé et coûteux.';
    const a = analyze(text, 'fr');
    expect(speakerOf(a, 'projet bâclé')).toBe('Deux associations de riverains');
  });
});

describe('a channel between the cue and its clause', () => {
  it('skips "par écrit" / "by phone" before que/that', () => {
    const fr = analyze('Le port est fermé. La mairie a ensuite précisé par écrit que le quai rouvrirait lundi.', 'fr');
    expect(speakerOf(fr, 'quai rouvrirait')).toBe('La mairie');
    const en = analyze('The port is shut. The council later confirmed by phone that the quay would reopen.', 'en');
    expect(speakerOf(en, 'quay would reopen')).toBe('The council');
  });
});

describe('"des" after a verb that takes an object', () => {
  it('reads "La direction, elle, évoque des pertes…" as a statement of the management', () => {
    const text = 'Le site va fermer. La direction, elle, évoque des pertes cumulées de 40 millions d’euros.';
    expect(speakerOf(analyze(text, 'fr'), 'pertes cumulées')).toBe('La direction');
  });
});

describe('a short quoted name inside the subject', () => {
  it('reads past "interrogé par nos confrères du « Parisien »" to the subject', () => {
    const text = 'Les chiffres sont mauvais. Le ministre, interrogé sur ce point par nos confrères du « Parisien », a estimé que ces chiffres devaient être nuancés.';
    expect(speakerOf(analyze(text, 'fr'), 'devaient être nuancés')).toBe('Le ministre');
  });
});
