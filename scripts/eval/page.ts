/**
 * `npm run eval` (page part): how well the page reader finds article bodies.
 * For each fixture page in tests/fixtures/pages/expectations.json:
 *  - articles: detected as articles, and body-text character F1 against the expected
 *    text (longest common subsequence of whitespace-normalised characters);
 *  - non-articles: rejected (with and without the page URL, which the CLI may lack).
 * Firefox Reader View's engine (@mozilla/readability) is scored on the same pages as a
 * baseline (its text has no paragraph breaks, which the whitespace-normalised F1 ignores).
 * Prints a table; exits 1 when a fixture misses its target.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseDocument, readHtmlArticle } from '../lib/html';

const DIR = join(import.meta.dirname, '../../tests/fixtures/pages');
const F1_TARGET = 0.95;

interface ArticleExpectation {
  url: string | null;
  lang: string | null;
  partial: boolean;
}
interface NonArticleExpectation {
  url: string | null;
  kind: string;
}
interface Expectations {
  articles: Record<string, ArticleExpectation>;
  nonArticles: Record<string, NonArticleExpectation>;
}

/** Readability's body text for a page (block breaks restored from its HTML), or '' when it gives up. */
function readabilityText(html: string): string {
  const doc = parseDocument(html);
  if (!doc) return '';
  try {
    const parsed = new Readability(doc).parse();
    return parsed?.textContent ?? '';
  } catch {
    return '';
  }
}

/** Whitespace collapsed (no-break spaces included): layout differences are not text differences. */
export function normaliseForOverlap(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Character precision, recall and F1 from the longest common subsequence. */
export function charOverlap(got: string, expected: string): { precision: number; recall: number; f1: number } {
  const a = normaliseForOverlap(got);
  const b = normaliseForOverlap(expected);
  if (!a.length || !b.length) return { precision: a === b ? 1 : 0, recall: a === b ? 1 : 0, f1: a === b ? 1 : 0 };
  const lcs = lcsLength(a, b);
  const precision = lcs / a.length;
  const recall = lcs / b.length;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function lcsLength(a: string, b: string): number {
  if (a === b) return a.length;
  let prev = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      row[j] = ca === b.charCodeAt(j - 1) ? prev[j - 1] + 1 : row[j - 1] > prev[j] ? row[j - 1] : prev[j];
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}

function pad(s: string | number, n: number): string {
  const t = String(s);
  return t.length >= n ? t.slice(0, n) : t + ' '.repeat(n - t.length);
}

function main(): void {
  const expectations = JSON.parse(readFileSync(join(DIR, 'expectations.json'), 'utf8')) as Expectations;
  let failures = 0;

  console.log('\nPage reader — article fixtures (body-text character F1, target ≥ 0.95)\n');
  console.log(`${pad('fixture', 15)}${pad('article?', 9)}${pad('conf', 6)}${pad('lang', 6)}${pad('partial', 8)}${pad('chars', 7)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}${pad('Readability F1', 16)}result`);
  const f1s: number[] = [];
  const baseline: number[] = [];
  for (const [name, want] of Object.entries(expectations.articles)) {
    const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
    const expected = readFileSync(join(DIR, `${name}.expected.txt`), 'utf8');
    const got = readHtmlArticle(html, { url: want.url });
    const { precision, recall, f1 } = charOverlap(got.text, expected);
    f1s.push(f1);
    const peer = charOverlap(readabilityText(html), expected).f1;
    baseline.push(peer);
    const problems: string[] = [];
    if (!got.isArticle) problems.push(`not detected (${got.reason})`);
    if (f1 < F1_TARGET) problems.push('F1 below target');
    if (want.lang !== got.lang) problems.push(`lang ${got.lang}`);
    if (want.partial !== got.partial) problems.push(`partial ${got.partial}`);
    if (problems.length) failures++;
    console.log(
      `${pad(name, 15)}${pad(got.isArticle ? 'yes' : 'NO', 9)}${pad(got.confidence.toFixed(2), 6)}${pad(got.lang ?? '-', 6)}${pad(got.partial ? 'yes' : 'no', 8)}${pad(got.text.length, 7)}${pad(precision.toFixed(3), 7)}${pad(recall.toFixed(3), 7)}${pad(f1.toFixed(3), 7)}${pad(peer.toFixed(3), 16)}${problems.length ? `FAIL: ${problems.join('; ')}` : 'ok'}`,
    );
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
  console.log(`${pad('mean F1', 15)}${' '.repeat(57)}${pad(mean(f1s).toFixed(3), 7)}${mean(baseline).toFixed(3)}`);

  console.log('\nPage reader — non-article fixtures (must be rejected, with and without the URL)\n');
  console.log(`${pad('fixture', 15)}${pad('kind', 38)}${pad('with URL', 42)}${pad('without URL', 42)}result`);
  for (const [name, want] of Object.entries(expectations.nonArticles)) {
    const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
    const withUrl = readHtmlArticle(html, { url: want.url });
    const withoutUrl = readHtmlArticle(html);
    const ok = !withUrl.isArticle && !withoutUrl.isArticle;
    if (!ok) failures++;
    const verdict = (r: ReturnType<typeof readHtmlArticle>) => (r.isArticle ? `ARTICLE (${r.confidence.toFixed(2)})` : `rejected: ${r.reason}`);
    console.log(`${pad(name, 15)}${pad(want.kind, 38)}${pad(verdict(withUrl), 42)}${pad(verdict(withoutUrl), 42)}${ok ? 'ok' : 'FAIL'}`);
  }
  console.log(failures ? `\n${failures} page fixture(s) missed their target.` : '\nAll page fixtures pass.');
  process.exitCode = failures ? 1 : 0;
}

main();
