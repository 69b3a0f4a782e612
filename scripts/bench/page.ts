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
 * The article fixtures are also measured "dressed" in news-site furniture at realistic page
 * weights (scripts/bench/dress.ts: 1,500 and 3,000 elements), each weight with its own
 * median ratio, since Readability's cost grows with the page and ours should not.
 * Then the same comparison inside headless Chromium (when /usr/bin/chromium exists),
 * on the live page DOM the content script would see: both bundled into the page,
 * timed in batches because browsers coarsen performance.now().
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { detect, quickReject } from '../../utils/page/detect';
import { collectText } from '../../utils/page/collect';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { dressPage, DRESS_WEIGHTS } from '../lib/dress';
import { median, pad } from '../lib/table';

const DIR = join(import.meta.dirname, '../../tests/fixtures/pages');
const RUNS = 41;
const WARMUP = 5;

/** A page to measure; `group` gathers the rows one median ratio is taken over. */
interface BenchPage {
  name: string;
  html: string;
  url: string | null;
  /** The fixture whose expected text this page must give (a dressed page: its bare fixture). */
  expected?: string;
  group: string;
}

const BARE = 'bare fixtures';

/** Median ratio per group, printed with the target. */
function printGroupRatios(where: string, ratios: Map<string, number[]>): void {
  for (const [group, xs] of ratios) {
    const m = median(xs);
    console.log(`Median ratio ours / Readability${where}, ${group} (${xs.length} pages): ${m.toFixed(2)}× (target ≤ 0.50×) — ${m <= 0.5 ? 'met' : 'NOT met'}`);
  }
}

function addRatio(ratios: Map<string, number[]>, group: string, ratio: number): void {
  if (!ratios.has(group)) ratios.set(group, []);
  ratios.get(group)!.push(ratio);
}

interface Expectations {
  articles: Record<string, { url: string | null }>;
  nonArticles: Record<string, { url: string | null }>;
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
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

/**
 * Median milliseconds of two contenders run in alternation, so that both see the same
 * machine load (other processes, GC) instead of one getting a quiet minute.
 */
function timePair<A, B>(setupA: () => A, fnA: (input: A) => unknown, setupB: () => B, fnB: (input: B) => unknown): [number, number] {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const inputA = setupA();
    let t0 = performance.now();
    fnA(inputA);
    const da = performance.now() - t0;
    const inputB = setupB();
    t0 = performance.now();
    fnB(inputB);
    const db = performance.now() - t0;
    if (i >= WARMUP) {
      a.push(da);
      b.push(db);
    }
  }
  return [median(a), median(b)];
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


function ms(x: number): string {
  return x < 0.1 ? x.toFixed(3) : x.toFixed(2);
}

const CHROMIUM = '/usr/bin/chromium';

/** Our page reader and Readability, bundled for injection into a page. */
async function browserBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { detect, quickReject } from './utils/page/detect';
        import { collectText } from './utils/page/collect';
        import { Readability } from '@mozilla/readability';
        // Runs inside the page: median per-call milliseconds of each reader, timed in
        // batches (browsers coarsen performance.now()).
        function batchMedian(batches: number, perBatch: number, run: (input: any) => unknown, setup?: () => unknown[]): number {
          const samples: number[] = [];
          for (let b = 0; b < batches; b++) {
            const inputs = setup ? setup() : [];
            const t0 = performance.now();
            for (let i = 0; i < perBatch; i++) run(inputs[i]);
            samples.push((performance.now() - t0) / perBatch);
          }
          samples.sort((x, y) => x - y);
          return samples[samples.length >> 1];
        }
        function measure(args: { url: string | null; article: boolean }) {
          const opts = { url: args.url };
          const reject = batchMedian(15, 100, () => quickReject(document, opts));
          const elements = document.getElementsByTagName('*').length;
          if (!args.article) return { reject, detect: batchMedian(15, 50, () => detect(document, opts)), elements };
          // Alternate batches of each contender so both see the same machine load.
          const oursSamples: number[] = [];
          const readabilitySamples: number[] = [];
          for (let round = 0; round < 15; round++) {
            oursSamples.push(batchMedian(1, 20, () => {
              const found = detect(document, opts);
              return found.root ? collectText(found.root) : null;
            }));
            const clones = () => Array.from({ length: 10 }, () => document.cloneNode(true));
            readabilitySamples.push(batchMedian(1, 10, (clone) => new Readability(clone as Document).parse(), clones));
          }
          const mid = (xs: number[]) => xs.sort((x, y) => x - y)[xs.length >> 1];
          const ours = mid(oursSamples);
          const readability = mid(readabilitySamples);
          const found = detect(document, opts);
          const text = found.root ? collectText(found.root).text : '';
          return { reject, ours, readability, elements, text };
        }
        (globalThis as any).__pageBench = { measure };`,
      resolveDir: join(import.meta.dirname, '../..'),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome110',
  });
  return result.outputFiles[0].text;
}

async function browserSection(pages: BenchPage[], nonArticles: { name: string; html: string; url: string | null }[]): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`\n(Chromium section skipped: ${CHROMIUM} not found.)`);
    return;
  }
  const bundle = await browserBundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const tab = await browser.newPage();
    // Fixture pages are served from memory; every other request is refused (no network).
    let current = '';
    await tab.route('**/*', (route) => (route.request().url().startsWith('http://bench.test/') ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: current }) : route.abort()));
    const open = async (html: string, path: string) => {
      current = html;
      await tab.goto(`http://bench.test/${path}`, { waitUntil: 'domcontentloaded' });
      await tab.addScriptTag({ content: bundle });
    };

    console.log(`\nPage reading in headless Chromium — article pages (median ms per call)\n`);
    console.log(`${pad('page', 20)}${pad('elements', 10)}${pad('quickReject', 13)}${pad('ours', 9)}${pad('Readability', 13)}${pad('ratio', 8)}text = expected`);
    const ratios = new Map<string, number[]>();
    for (const page of pages) {
      await open(page.html, 'article.html');
      const r = (await tab.evaluate('__pageBench.measure(' + JSON.stringify({ url: page.url, article: true }) + ')')) as { reject: number; ours: number; readability: number; elements: number; text: string };
      addRatio(ratios, page.group, r.ours / r.readability);
      // The live DOM must give the very text the Node reader gives (and the fixture expects).
      const expectedPath = join(DIR, `${page.expected ?? page.name}.expected.txt`);
      const same = existsSync(expectedPath) ? (readFileSync(expectedPath, 'utf8') === r.text ? 'yes' : 'NO') : '-';
      console.log(`${pad(page.name, 20)}${pad(r.elements, 10)}${pad(ms(r.reject), 13)}${pad(ms(r.ours), 9)}${pad(ms(r.readability), 13)}${pad(`${(r.ours / r.readability).toFixed(2)}×`, 8)}${same}`);
    }
    console.log('');
    printGroupRatios(' in Chromium', ratios);
    console.log(`\nNon-article pages in headless Chromium (median ms per call)\n`);
    console.log(`${pad('page', 15)}${pad('elements', 10)}${pad('quickReject', 13)}full detect`);
    for (const page of nonArticles) {
      await open(page.html, 'page.html');
      const r = (await tab.evaluate('__pageBench.measure(' + JSON.stringify({ url: page.url, article: false }) + ')')) as { reject: number; detect: number; elements: number };
      console.log(`${pad(page.name, 15)}${pad(r.elements, 10)}${pad(ms(r.reject), 13)}${ms(r.detect)}`);
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const expectations = JSON.parse(readFileSync(join(DIR, 'expectations.json'), 'utf8')) as Expectations;
  const pages: BenchPage[] = Object.entries(expectations.articles).map(([name, e]) => ({
    name,
    html: readFileSync(join(DIR, `${name}.html`), 'utf8'),
    url: e.url,
    group: BARE,
  }));
  pages.push({ name: 'seed (heavy)', html: heavySeed(), url: expectations.articles['seed-choigou']?.url ?? null, expected: 'seed-choigou', group: BARE });
  // The same articles in news-site furniture (head and body content kept byte for byte).
  const bare = pages.filter((p) => p.group === BARE && !p.expected);
  for (const weight of DRESS_WEIGHTS) {
    for (const page of bare) pages.push({ name: `${page.name}@${weight}`, html: dressPage(page.html, { elements: weight, seed: 1 }), url: page.url, expected: page.name, group: `dressed ~${weight} elements` });
  }

  console.log(`\nPage reading — article pages (linkedom, median of ${RUNS} runs, ms)\n`);
  console.log(`${pad('page', 20)}${pad('elements', 10)}${pad('quickReject', 13)}${pad('detect', 9)}${pad('collect', 9)}${pad('ours', 9)}${pad('Readability', 13)}ratio`);
  const ratios = new Map<string, number[]>();
  for (const page of pages) {
    const doc = parse(page.html);
    const root = detect(doc, { url: page.url }).root;
    const tReject = time(() => doc, (d) => quickReject(d, { url: page.url }));
    const tDetect = time(() => doc, (d) => detect(d, { url: page.url }));
    const tCollect = root ? time(() => root, (r) => collectText(r)) : 0;
    const [tOurs, tReadability] = timePair(
      () => doc,
      (d) => {
        const found = detect(d, { url: page.url });
        return found.root ? collectText(found.root) : null;
      },
      () => doc.cloneNode(true) as Document,
      (clone) => new Readability(clone).parse(),
    );
    const ratio = tOurs / tReadability;
    addRatio(ratios, page.group, ratio);
    console.log(
      `${pad(page.name, 20)}${pad(countNodes(doc), 10)}${pad(ms(tReject), 13)}${pad(ms(tDetect), 9)}${pad(ms(tCollect), 9)}${pad(ms(tOurs), 9)}${pad(ms(tReadability), 13)}${ratio.toFixed(2)}×`,
    );
  }
  console.log('');
  printGroupRatios('', ratios);

  console.log(`\nNon-article pages — the content script's cost before it stops (ms)\n`);
  console.log(`${pad('page', 15)}${pad('elements', 10)}${pad('quickReject', 13)}${pad('verdict', 36)}full detect`);
  for (const [name, e] of Object.entries(expectations.nonArticles)) {
    const doc = parse(readFileSync(join(DIR, `${name}.html`), 'utf8'));
    const reason = quickReject(doc, { url: e.url });
    const tReject = time(() => doc, (d) => quickReject(d, { url: e.url }));
    const tDetect = time(() => doc, (d) => detect(d, { url: e.url }));
    console.log(`${pad(name, 15)}${pad(countNodes(doc), 10)}${pad(ms(tReject), 13)}${pad(reason ? `stops: ${reason}` : 'passes to detect()', 36)}${ms(tDetect)}`);
  }
  console.log('\n(Timings above in Node with linkedom; a browser answers the same selector queries natively.)');

  const nonArticles = Object.entries(expectations.nonArticles).map(([name, e]) => ({ name, html: readFileSync(join(DIR, `${name}.html`), 'utf8'), url: e.url }));
  // Huge pages (about 50,000 elements) in the browser only: what the gate costs at scale.
  const cell = (i: number) => `<div class="row r${i % 9}"><span class="a">${i}</span><span class="b">item ${i}</span><button>Open</button><i></i></div>`;
  nonArticles.push({ name: 'huge web app', html: `<!DOCTYPE html><html><body><div id="root">${Array.from({ length: 10_000 }, (_, i) => cell(i)).join('')}</div></body></html>`, url: 'https://app.example/board/1' });
  const card = (i: number) => `<article class="card"><a href="/s/${i}"><h3>“Quoted headline” number ${i}</h3></a><p>Summary ${i}.</p><time>1h</time></article>`;
  nonArticles.push({ name: 'huge listing', html: `<!DOCTYPE html><html><body><main>${Array.from({ length: 8_000 }, (_, i) => card(i)).join('')}</main></body></html>`, url: 'https://news.example/latest/' });
  await browserSection(pages, nonArticles);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
