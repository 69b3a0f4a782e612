// Validates the hand-written evaluation corpora in tests/fixtures/articles/ (the dev set)
// and tests/fixtures/heldout/ (written blind to the engine, to measure generalisation):
// every article has a gold speaker table whose anchors really point into the body,
// so that `npm run eval` scores against something that is internally consistent.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORPORA = [
  { label: 'evaluation corpus', dir: resolve(__dirname, '../fixtures/articles'), minPerLanguage: 8 },
  { label: 'held-out corpus', dir: resolve(__dirname, '../fixtures/heldout'), minPerLanguage: 5 },
];
const KINDS = ['person', 'organization', 'anonymous', 'document'] as const;
// The seed copy is owned by the engine helper and follows the shared seed's conventions.
const SEED_PREFIX = 'fr-seed-';
const MIN_WORDS = 250;
const MAX_WORDS = 600;

interface GoldSpeaker {
  name: string;
  kind: (typeof KINDS)[number];
  aliases: string[];
  role: string | null;
  country: string | null;
  count: number;
  anchors: string[];
}

interface Gold {
  page: string;
  lang: 'fr' | 'en';
  notes: string;
  speakers: GoldSpeaker[];
}

/** Typographic and straight apostrophes are the same character for anchoring purposes:
 *  the shared seed gold types ' where its article prints ’. */
function normalizeApostrophes(text: string): string {
  return text.replace(/[\u2019\u2018\u02BC]/g, "'");
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

/** The body is everything after the headline line; the headline is never annotated. */
function splitArticle(raw: string): { headline: string; body: string } {
  const newline = raw.indexOf('\n');
  if (newline === -1) return { headline: raw, body: '' };
  return { headline: raw.slice(0, newline), body: raw.slice(newline + 1) };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

for (const { label, dir, minPerLanguage } of CORPORA) {
    const files = readdirSync(dir);
    const goldFiles = files.filter((f) => f.endsWith('.gold.json')).sort();

    describe(label, () => {
      it(`has at least ${minPerLanguage} French and ${minPerLanguage} English articles besides the seed`, () => {
        const own = goldFiles.filter((f) => !f.startsWith(SEED_PREFIX));
        expect(own.filter((f) => f.startsWith('fr-')).length).toBeGreaterThanOrEqual(minPerLanguage);
        expect(own.filter((f) => f.startsWith('en-')).length).toBeGreaterThanOrEqual(minPerLanguage);
      });

      it('pairs every article with a gold file and vice versa', () => {
        const texts = files.filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));
        const golds = goldFiles.map((f) => f.replace(/\.gold\.json$/, ''));
        expect(golds.sort()).toEqual(texts.sort());
      });

      describe.each(goldFiles)('%s', (goldFile) => {
        const stem = goldFile.replace(/\.gold\.json$/, '');
        const txtFile = `${stem}.txt`;
        const gold = JSON.parse(readFileSync(join(dir, goldFile), 'utf8')) as Gold;
        const raw = readFileSync(join(dir, txtFile), 'utf8');
        const { headline, body } = splitArticle(raw);
        const normalizedBody = normalizeApostrophes(body);
        const isSeed = stem.startsWith(SEED_PREFIX);

        it('has the expected JSON shape', () => {
          expect(Object.keys(gold).sort()).toEqual(['lang', 'notes', 'page', 'speakers']);
          expect(typeof gold.page).toBe('string');
          if (!isSeed) expect(gold.page).toBe(txtFile);
          expect(typeof gold.notes).toBe('string');
          expect(Array.isArray(gold.speakers)).toBe(true);
          expect(gold.speakers.length).toBeGreaterThan(0);
          for (const s of gold.speakers) {
            expect(Object.keys(s).sort()).toEqual(['aliases', 'anchors', 'count', 'country', 'kind', 'name', 'role']);
            expect(typeof s.name).toBe('string');
            expect(s.name.length).toBeGreaterThan(0);
            expect(KINDS).toContain(s.kind);
            expect(Array.isArray(s.aliases)).toBe(true);
            for (const alias of s.aliases) expect(typeof alias).toBe('string');
            expect(s.role === null || typeof s.role === 'string').toBe(true);
            expect(s.country === null || /^[A-Z]{2}$/.test(s.country)).toBe(true);
            expect(Number.isInteger(s.count)).toBe(true);
            expect(Array.isArray(s.anchors)).toBe(true);
          }
          const names = gold.speakers.map((s) => s.name);
          expect(new Set(names).size).toBe(names.length);
        });

        it('declares the language of its file prefix', () => {
          expect(stem.slice(0, 2)).toBe(gold.lang);
          expect(['fr', 'en']).toContain(gold.lang);
        });

        it('has a headline line, a blank line, then the body', () => {
          expect(headline.trim().length).toBeGreaterThan(0);
          expect(body.startsWith('\n')).toBe(true);
          if (!isSeed) {
            const words = wordCount(body);
            expect(words).toBeGreaterThanOrEqual(MIN_WORDS);
            expect(words).toBeLessThanOrEqual(MAX_WORDS);
          }
        });

        describe.each(gold.speakers.map((s) => [s.name, s] as const))('speaker %s', (_name, speaker) => {
          it('has one anchor per counted statement', () => {
            expect(speaker.anchors.length).toBe(speaker.count);
          });

          it('anchors each statement exactly once in the body, in text order', () => {
            let previous = -1;
            for (const anchor of speaker.anchors) {
              const needle = normalizeApostrophes(anchor);
              if (!isSeed) {
                const words = anchor.trim().split(/\s+/).length;
                expect(words, `anchor "${anchor}" length`).toBeGreaterThanOrEqual(4);
                expect(words, `anchor "${anchor}" length`).toBeLessThanOrEqual(8);
              }
              expect(countOccurrences(normalizedBody, needle), `anchor "${anchor}" occurrences`).toBe(1);
              const at = normalizedBody.indexOf(needle);
              expect(at, `anchor "${anchor}" order`).toBeGreaterThan(previous);
              previous = at;
            }
          });
        });

        it('never anchors two statements at the same place', () => {
          const positions = gold.speakers.flatMap((s) =>
            s.anchors.map((a) => normalizedBody.indexOf(normalizeApostrophes(a))),
          );
          expect(new Set(positions).size).toBe(positions.length);
        });
      });
    });
}
