/**
 * Hostile and odd inputs for the engine, all deterministic (seeded) so a failure
 * names an input that reproduces. Shared by the fuzz tests and the scaling test.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seededRandom } from './validate';

const ROOT = resolve(import.meta.dirname, '../../..');

/** nlp-corpus ships its sentences as 100 JSON arrays of strings in builds/. */
export function corpusSentences(every = 1): string[] {
  const dir = join(ROOT, 'node_modules/nlp-corpus/builds');
  const out: string[] = [];
  for (let i = 0; i < 100; i++) {
    const file = join(dir, `doc-${i}.json`);
    if (!existsSync(file)) continue;
    const sentences = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
    sentences.forEach((s, j) => {
      if (typeof s === 'string' && (i * 1000 + j) % every === 0) out.push(s);
    });
  }
  return out;
}

/** Bodies of every article fixture we have (seed first), headline lines dropped. */
export function fixtureBodies(): string[] {
  const bodies: string[] = [];
  const seed = resolve(ROOT, '../shared/seed/choigou-tehran.fr.txt');
  const files = existsSync(seed) ? [seed] : [];
  const articles = join(ROOT, 'tests/fixtures/articles');
  if (existsSync(articles)) {
    for (const f of readdirSync(articles).sort()) if (f.endsWith('.txt')) files.push(join(articles, f));
  }
  for (const f of files) {
    const raw = readFileSync(f, 'utf8');
    const newline = raw.indexOf('\n');
    bodies.push((newline === -1 ? raw : raw.slice(newline + 1)).trim());
  }
  return bodies;
}

/** A long article of about `chars` UTF-16 units built by cycling the fixture bodies. */
export function bigArticle(chars: number, bodies = fixtureBodies()): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const body = bodies[i % bodies.length];
    parts.push(body);
    length += body.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

// Code point pools for random text: every script direction, combining marks, astral
// emoji, zero-width joiners, lone surrogates, and the quote marks the engine looks for.
const POOLS: Array<[number, number]> = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0x17f], // Latin-1 + Extended-A (French accents, «»)
  [0x300, 0x36f], // combining marks
  [0x400, 0x4ff], // Cyrillic
  [0x590, 0x5ff], // Hebrew (RTL)
  [0x600, 0x6ff], // Arabic (RTL)
  [0x2000, 0x206f], // general punctuation: quotes, dashes, zero-width, bidi controls, U+2028
  [0x3000, 0x30ff], // CJK punctuation, kana, 「」
  [0x4e00, 0x4fff], // CJK ideographs
  [0xd800, 0xdfff], // lone surrogates (invalid UTF-16 on purpose)
  [0xfe00, 0xfe0f], // variation selectors
  [0xfff0, 0xffff], // specials, U+FFFD, non-characters
  [0x1f300, 0x1f6ff], // emoji (astral: surrogate pairs)
  [0xe0000, 0xe007f], // tag characters
];

export function randomUnicode(seed: number, length: number): string {
  const rand = seededRandom(seed);
  let out = '';
  while (out.length < length) {
    const [lo, hi] = POOLS[Math.floor(rand() * POOLS.length)];
    const cp = lo + Math.floor(rand() * (hi - lo + 1));
    out += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
    if (rand() < 0.15) out += ' ';
  }
  return out;
}

const QUOTE_MARKS = ['“', '”', '«', '»', '"', '‘', '’', "'", '„', '‹', '›', '「', '」', '«\u00a0', '\u00a0»'];

/** Thousands of unbalanced quote marks, in several shapes that break naive pairing. */
export function pathologicalQuotes(seed: number): Record<string, string> {
  const rand = seededRandom(seed);
  const pick = () => QUOTE_MARKS[Math.floor(rand() * QUOTE_MARKS.length)];
  const words = ['said', 'dit', 'the', 'minister', 'a', 'déclaré', 'according', 'to', 'selon', 'Smith', 'he'];
  const word = () => words[Math.floor(rand() * words.length)];
  let mixed = '';
  for (let i = 0; i < 5000; i++) mixed += rand() < 0.5 ? pick() : `${word()} `;
  return {
    'only opening “ ×5000': '“'.repeat(5000),
    'only closing » ×5000': '»'.repeat(5000),
    'straight " ×4999 (odd)': '"'.repeat(4999),
    'opening quotes each followed by a sentence': Array.from({ length: 3000 }, (_, i) => `“Sentence ${i} never closes, he said.`).join(' '),
    'nested « “ ‘ never closed': Array.from({ length: 2000 }, () => '« “ ‘ word').join(' '),
    'closing before opening': Array.from({ length: 2000 }, () => '” said Smith “').join(' '),
    'random mix of 5000 tokens': mixed,
    'quote marks and cues, no words between': Array.from({ length: 3000 }, () => `${pick()}said${pick()}`).join(''),
    'a quote spanning 200 paragraphs': `“${Array.from({ length: 200 }, (_, i) => `Paragraph ${i} of a quote that reopens.`).join('\n\n“')}” said the minister.`,
    'apostrophes everywhere': "l'homme d'État qu'il a dit n'est pas l'ami ' ' ' ".repeat(800),
  };
}

/** C0/C1 controls, bidi overrides, line/paragraph separators, BOMs, mixed newlines. */
export function controlCharacters(seed: number): string {
  const rand = seededRandom(seed);
  const controls = [
    ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)),
    '\u007f', '\u0085', '\u009f', '\u200b', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069',
    '\u2028', '\u2029', '\ufeff', '\r\n', '\r', '\n\n\n',
  ];
  const sentence = '“We will not accept this,” the minister said\u0000 in a statement. ';
  let out = '';
  for (let i = 0; i < 2000; i++) {
    out += controls[Math.floor(rand() * controls.length)];
    if (rand() < 0.3) out += sentence;
  }
  return out;
}

/** French, English and other scripts interleaved sentence by sentence. */
export function mixedLanguages(): string {
  const sentences = [
    '« Nous ne céderons pas », a déclaré le ministre russe de la Défense, Sergueï Choïgou.',
    '"We will respond," the spokesman told Reuters on Tuesday.',
    'Selon le porte-parole du gouvernement, la réunion aura lieu lundi.',
    '„Wir werden nicht nachgeben“, sagte die Kanzlerin.',
    '«Мы не уступим», — заявил министр.',
    '「私たちは諦めない」と首相は述べた。',
    '"لن نتراجع"، قال المتحدث باسم الوزارة.',
    '“לא נוותר”, אמר ראש הממשלה.',
    'According to officials, the talks stalled.',
    'Il a affirmé que "the deal is done", selon l’AFP.',
  ];
  let out = '';
  for (let i = 0; i < 300; i++) out += sentences[i % sentences.length] + (i % 3 === 2 ? '\n\n' : ' ');
  return out;
}

/** Long runs of words with no punctuation and no line breaks at all. */
export function noPunctuation(seed: number, words: number): string {
  const rand = seededRandom(seed);
  const vocab = ['said', 'the', 'minister', 'told', 'reporters', 'that', 'he', 'would', 'dit', 'selon', 'le', 'ministre', 'according', 'to', 'officials', 'Smith', 'Choïgou', 'Paris'];
  return Array.from({ length: words }, () => vocab[Math.floor(rand() * vocab.length)]).join(' ');
}
