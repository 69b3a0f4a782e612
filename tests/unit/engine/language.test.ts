import { describe, expect, it } from 'vitest';
import { chooseLanguage, detectLanguage, primaryTag } from '../../../utils/lang/detect';
import { nameKey } from '../../../utils/engine/text';

describe('language detection by stop words', () => {
  it('tells French from English on one sentence', () => {
    expect(detectLanguage('Le ministre a déclaré que les deux pays continueraient à travailler ensemble.').lang).toBe('fr');
    expect(detectLanguage('The minister said that the two countries would keep working together.').lang).toBe('en');
  });

  it('uses the declared language, unless the text plainly says otherwise', () => {
    const french = 'Le ministre a déclaré que les deux pays continueraient à travailler ensemble, et que les sanctions de l’Union européenne ne changeraient rien à la coopération. Il a ajouté que la situation était sous contrôle et que les relations avec les pays de la région étaient bonnes.';
    expect(chooseLanguage('Hello.', 'fr-FR')).toBe('fr');
    expect(chooseLanguage(french, 'en')).toBe('fr');
    expect(chooseLanguage(french, null)).toBe('fr');
    expect(chooseLanguage('', null)).toBe('und');
  });

  it('normalises language tags', () => {
    expect(primaryTag('en-GB')).toBe('en');
    expect(primaryTag('FR_ca')).toBe('fr');
    expect(primaryTag('not a tag')).toBeNull();
  });
});

describe('name keys for transliterations', () => {
  it('brings French and English spellings of one name together', () => {
    expect(nameKey('Choïgou')).toBe(nameKey('Shoigu'));
    expect(nameKey('Poutine')).toBe(nameKey('Putin'));
    expect(nameKey('Zelensky')).toBe(nameKey('Zelenski'));
    expect(nameKey('Tchaïkovski')).toBe(nameKey('Chaikovsky'));
  });

  it('keeps different names apart', () => {
    expect(nameKey('Barnea')).not.toBe(nameKey('Bagheri'));
    expect(nameKey('Raisi')).not.toBe(nameKey('Ashtiani'));
  });
});
