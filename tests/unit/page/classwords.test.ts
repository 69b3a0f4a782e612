import { describe, expect, it } from 'vitest';
import { classListLevel, collapsedLength } from '../../../utils/page/dom';
import { collectText } from '../../../utils/page/collect';
import { BOILERPLATE_TOKENS, STRONG_BOILERPLATE_TOKENS } from '../../../utils/page/lexicon';
import { PARSERS } from './helpers';

// The class/id check tokenises the string into lower-case alphanumeric words (split on
// punctuation and camelCase humps) and looks them up; these pin the word rules down.
describe('classListLevel', () => {
  it('matches furniture words whole, never inside other words', () => {
    expect(classListLevel('ad')).toBe(1);
    expect(classListLevel('top-ad-slot')).toBe(1);
    expect(classListLevel('head read thread')).toBe(0);
    expect(classListLevel('shadow loaded')).toBe(0);
  });

  it('splits camelCase humps and ignores case', () => {
    expect(classListLevel('shareBar')).toBe(1);
    expect(classListLevel('SHARE')).toBe(1);
    expect(classListLevel('relatedPosts')).toBe(2);
    expect(classListLevel('userCommentList')).toBe(2);
    expect(classListLevel('mostread')).toBe(2);
    // Humps split words: "MostRead" is "most read", not the word "mostread".
    expect(classListLevel('MostRead')).toBe(0);
  });

  it('matches furniture prefixes glued to other words', () => {
    expect(classListLevel('sharedaddy')).toBe(1);
    expect(classListLevel('socialicons')).toBe(1);
    expect(classListLevel('newsletterbox')).toBe(2);
    expect(classListLevel('taboolafeed')).toBe(2);
    // A prefix must start a word.
    expect(classListLevel('reshare')).toBe(0);
  });

  it('matches entries with punctuation only as written, at word edges', () => {
    expect(classListLevel('pull-quote')).toBe(1);
    expect(classListLevel('story pull_quote')).toBe(1);
    expect(classListLevel('pull quote')).toBe(0);
    expect(classListLevel('pull-quotes')).toBe(0);
    expect(classListLevel('xpull-quote')).toBe(0);
  });

  it('treats non-ASCII letters as word breaks', () => {
    expect(classListLevel('pubé-ad')).toBe(1);
    expect(classListLevel('éad')).toBe(1);
    expect(classListLevel('adé')).toBe(1);
    expect(classListLevel('cadé')).toBe(0);
  });

  it('a body word on another class name forgives a strong furniture word', () => {
    expect(classListLevel('article-comments')).toBe(2);
    expect(classListLevel('article-body has-comments')).toBe(1);
    // The body word must be on a name without furniture words of its own.
    expect(classListLevel('article-comments body-share')).toBe(2);
  });

  it('whole screen-reader class names are strong, whatever their case', () => {
    expect(classListLevel('sr-only')).toBe(2);
    expect(classListLevel('label Visually-Hidden')).toBe(2);
    expect(classListLevel('not-sr-only')).toBe(0);
  });

  it('lexicon words are lower-case letters and digits, or entries with punctuation matched as written', () => {
    for (const token of [...BOILERPLATE_TOKENS, ...STRONG_BOILERPLATE_TOKENS]) {
      expect(token, token).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
    }
  });
});

describe('collapsedLength', () => {
  it('counts a run of white space as one character, and a leading run as none', () => {
    expect(collapsedLength('')).toBe(0);
    expect(collapsedLength('   ')).toBe(0);
    expect(collapsedLength('a  b')).toBe(3);
    expect(collapsedLength('\n a\t\tb ')).toBe(4);
    expect(collapsedLength('a\u00a0\u00a0b')).toBe(3);
  });
});

describe.each(PARSERS)('collected text runs (%s)', (_name, parse) => {
  it('copies words and single spaces as written, collapses other white space and drops invisible characters', () => {
    const doc = parse('<!DOCTYPE html><html><body><div id="root"><p>One two  three\nfour\u00a0five soft\u00adhyphen zero\u200bwidth </p><p> Next</p></div></body></html>');
    const map = collectText(doc.getElementById('root')!);
    expect(map.text).toBe('One two three four five softhyphen zerowidth\n\nNext');
    // Every collected character outside the breaks maps back to the same character of the page.
    for (const seg of map.segments) {
      const copied = map.text.slice(seg.textStart, seg.textEnd);
      expect(copied.replace(/ /g, '_')).toBe(seg.node.data.slice(seg.nodeStart, seg.nodeStart + copied.length).replace(/\s/g, '_'));
    }
  });
});
