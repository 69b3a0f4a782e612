import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../utils/engine/quotes';
import { splitParagraphs } from '../../../utils/engine/segment';

const quotes = (text: string) => findQuotes(text, splitParagraphs(text, 0)).map((q) => text.slice(q.start, q.end));

describe('quotation marks', () => {
  it('pairs every common style', () => {
    expect(quotes('Il a dit « bonjour à tous » hier.')).toEqual(['bonjour à tous']);
    expect(quotes('She said “hello there” and left.')).toEqual(['hello there']);
    expect(quotes('Er sagte „guten Tag“ und ging.')).toEqual(['guten Tag']);
    expect(quotes('He said "hello there" and left.')).toEqual(['hello there']);
    expect(quotes('Il a dit ‹ oui › puis non.')).toEqual(['oui']);
    expect(quotes('The minister said ‘we got it wrong’ on Tuesday.')).toEqual(['we got it wrong']);
  });

  it('handles a reversed opening guillemet', () => {
    expect(quotes('ensemble »malgré la réaction,» cité par X')).toEqual(['malgré la réaction,']);
  });

  it('keeps apostrophes out of single quotes', () => {
    expect(quotes('Aujourd’hui, l’homme n’est pas là. It’s the company’s view.')).toEqual([]);
  });

  it('keeps a nested quote inside the outer one', () => {
    expect(quotes('Il a dit « le mot “crise” est exagéré » hier.')).toEqual(['le mot “crise” est exagéré']);
  });

  it('continues a quotation over paragraphs that reopen it', () => {
    const text = '« Premier paragraphe du discours.\n\n« Deuxième paragraphe, qui conclut. »\n\nLa suite.';
    const q = findQuotes(text, splitParagraphs(text, 0));
    expect(q).toHaveLength(1);
    expect(q[0].multiParagraph).toBe(true);
    expect(text.slice(q[0].start, q[0].end)).toContain('Deuxième paragraphe, qui conclut.');
  });

  it('closes an unclosed quotation at the end of its paragraph', () => {
    const text = '« Le marché salue une décision attendue, résume X.\n\nAutre paragraphe.';
    expect(quotes(text)).toEqual(['Le marché salue une décision attendue, résume X.']);
  });
});
