/**
 * `npm run bench` (page part): what the content script's page reading costs, side by
 * side with Firefox Reader View's engine on the same pages in the same run.
 *
 *  - Article pages: detect() + collectText() versus `new Readability(clone).parse()`
 *    (Readability rewrites the DOM it reads, so it gets a fresh clone per run; cloning
 *    is not timed). Medians over many runs and the ratio ours / Readability's.
 *  - Non-article pages: quickReject() alone (what the content script pays on most
 *    pages before it stops) and the full detect().
 * Both sides read linkedom documents in Node: same DOM library, same machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { detect, quickReject } from '../../utils/page/detect';
import { collectText } from '../../utils/page/collect';

const DIR = join(import.meta.dirname, '../../tests/fixtures/pages');
const RUNS = 41;
const WARMUP = 5;

interface Expectations {
  articles: Record<string, { url: string | null }>;
  nonArticles: Record<string, { url: string | null }>;
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Median milliseconds of fn over RUNS runs (after WARMUP), with a per-run setup that is not timed. */
function time<T>(setup: () => T, fn: (input: T) => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const input = setup();
    const t0 = performance.now();
    fn(input);
    const dt = performance.now() - t0;
    if (i >= WARMUP) samples.push(dt);
  }
  return median(samples);
}

/** A heavy variant of the seed page: hundreds of reader comments and teasers around the same article. */
function heavySeed(): string {
  const html = readFileSync(join(DIR, 'seed-choigou.html'), 'utf8');
  const comment = (i: number) =>
    `<li class="comment" id="c${i}"><div class="comment__author">Lecteur ${i}</div><p class="comment__text">« Je ne suis pas d’accord avec cette lecture des événements », écrit ce lecteur, qui rappelle que les sanctions ont déjà été contournées à plusieurs reprises depuis 2022, selon lui.</p><button type="button">Répondre</button></li>`;
  const teaser = (i: number) =>
    `<div class="teaser"><span class="teaser__kicker">International</span><h3><a href="/a/${i}">« Nous ne céderons pas », affirme un responsable (${i})</a></h3><p>Résumé de l’article numéro ${i}, publié plus tôt dans la journée par la rédaction.</p></div>`;
  const extra = `<section class="comments"><ol>${Array.from({ length: 400 }, (_, i) => comment(i)).join('')}</ol></section><section class="related">${Array.from({ length: 200 }, (_, i) => teaser(i)).join('')}</section>`;
  return html.replace('<footer class="site-footer">', `${extra}<footer class="site-footer">`);
}

function countNodes(doc: Document): number {
  return doc.querySelectorAll('*').length;
}

function pad(s: string | number, n: number): string {
  const t = String(s);
  return t.length >= n ? t.slice(0, n) : t + ' '.repeat(n - t.length);
}

function ms(x: number): string {
  return x < 0.1 ? x.toFixed(3) : x.toFixed(2);
}

function main(): void {
  const expectations = JSON.parse(readFileSync(join(DIR, 'expectations.json'), 'utf8')) as Expectations;
  const pages: { name: string; html: string; url: string | null }[] = Object.entries(expectations.articles).map(([name, e]) => ({
    name,
    html: readFileSync(join(DIR, `${name}.html`), 'utf8'),
    url: e.url,
  }));
  pages.push({ name: 'seed (heavy)', html: heavySeed(), url: expectations.articles['seed-choigou']?.url ?? null });

  console.log(`\nPage reading — article pages (linkedom, median of ${RUNS} runs, ms)\n`);
  console.log(`${pad('page', 15)}${pad('elements', 10)}${pad('quickReject', 13)}${pad('detect', 9)}${pad('collect', 9)}${pad('ours', 9)}${pad('Readability', 13)}ratio`);
  const ratios: number[] = [];
  for (const page of pages) {
    const doc = parse(page.html);
    const root = detect(doc, { url: page.url }).root;
    const tReject = time(() => doc, (d) => quickReject(d, { url: page.url }));
    const tDetect = time(() => doc, (d) => detect(d, { url: page.url }));
    const tCollect = root ? time(() => root, (r) => collectText(r)) : 0;
    const tOurs = time(() => doc, (d) => {
      const found = detect(d, { url: page.url });
      return found.root ? collectText(found.root) : null;
    });
    const tReadability = time(() => doc.cloneNode(true) as Document, (clone) => new Readability(clone).parse());
    const ratio = tOurs / tReadability;
    ratios.push(ratio);
    console.log(
      `${pad(page.name, 15)}${pad(countNodes(doc), 10)}${pad(ms(tReject), 13)}${pad(ms(tDetect), 9)}${pad(ms(tCollect), 9)}${pad(ms(tOurs), 9)}${pad(ms(tReadability), 13)}${ratio.toFixed(2)}×`,
    );
  }
  const medianRatio = median(ratios);
  console.log(`\nMedian ratio ours / Readability: ${medianRatio.toFixed(2)}× (target ≤ 0.50×) — ${medianRatio <= 0.5 ? 'met' : 'NOT met'}`);

  console.log(`\nNon-article pages — the content script's cost before it stops (ms)\n`);
  console.log(`${pad('page', 15)}${pad('elements', 10)}${pad('quickReject', 13)}${pad('verdict', 36)}full detect`);
  for (const [name, e] of Object.entries(expectations.nonArticles)) {
    const doc = parse(readFileSync(join(DIR, `${name}.html`), 'utf8'));
    const reason = quickReject(doc, { url: e.url });
    const tReject = time(() => doc, (d) => quickReject(d, { url: e.url }));
    const tDetect = time(() => doc, (d) => detect(d, { url: e.url }));
    console.log(`${pad(name, 15)}${pad(countNodes(doc), 10)}${pad(ms(tReject), 13)}${pad(reason ? `stops: ${reason}` : 'passes to detect()', 36)}${ms(tDetect)}`);
  }
  console.log('\n(Timings in Node with linkedom; browsers answer the same selector counts from native code, typically faster.)');
}

main();
