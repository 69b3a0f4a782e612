/**
 * Engine benchmark: words per second and peak memory of analyze() on the article corpus,
 * side by side in the same run with a full compromise parse (nlp(text).json(); French
 * articles through fr-compromise) of the very same texts.
 *
 * Each side runs in its own child process (a clean heap: one side's garbage and compiled
 * code cannot slow the other), and the children alternate — engine, compromise, engine,
 * compromise… — so that load from other programs falls on both alike. Every child warms
 * up (a second of work), then times several rounds over the whole corpus. Reported: the median over all
 * rounds of wall-clock and of CPU time, their ratio, and each side's peak heap growth
 * (sampled after each article) and peak resident memory. Target: the engine ≥ 10× faster.
 *
 * Usage: npm run bench  (or tsx scripts/bench/engine.ts [--pairs N] [DIR])
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from '../lib/table';

const HERE = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const PAIRS = Math.max(1, Number(flag('--pairs')) || 3);
const WORKER = flag('--worker');
const DIR = resolve(args.find((a, i) => !a.startsWith('-') && !['--pairs', '--worker'].includes(args[i - 1])) ?? 'tests/fixtures/articles');
const ROUNDS: Record<Side, number> = { engine: 5, compromise: 3 };

type Side = 'engine' | 'compromise';

interface Article {
  text: string;
  title: string;
  lang: 'fr' | 'en';
  words: number;
}

interface Sample {
  /** The first round, cold (includes compiling; heap sampling adds a little). */
  cold: number;
  wall: number[];
  cpu: number[];
  peakHeapMB: number;
  maxRssMB: number;
  words: number;
  articles: number;
}

function corpus(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const lang = f.startsWith('fr-') ? 'fr' : 'en';
      return { text, title: text.split('\n')[0], lang, words: (text.match(/[\p{L}\p{N}]+/gu) ?? []).length };
    });
}


/** Child process: load one side only, warm up, time rounds, report JSON. */
async function worker(side: Side) {
  const articles = corpus(DIR);
  let run: (a: Article) => unknown;
  if (side === 'engine') {
    const { analyze } = await import('../../utils/engine/analyze');
    run = (a) => analyze(a.text, a.lang, a.title);
  } else {
    const en = (await import('compromise')).default;
    const fr = (await import('fr-compromise')).default;
    run = (a) => (a.lang === 'fr' ? fr(a.text).json() : en(a.text).json());
  }
  // Warm-up: one round sampling the heap after each article, then rounds until a second of
  // work has passed, so both sides are timed at their steady, optimised speed.
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  const cold0 = performance.now();
  for (const a of articles) {
    run(a);
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  }
  const cold = performance.now() - cold0;
  for (const t0 = performance.now(); performance.now() - t0 < 1000; ) for (const a of articles) run(a);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < ROUNDS[side]; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const a of articles) run(a);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const sample: Sample = { cold, wall, cpu, peakHeapMB: peak / 2 ** 20, maxRssMB: process.resourceUsage().maxRSS / 1024, words: articles.reduce((n, a) => n + a.words, 0), articles: articles.length };
  process.stdout.write(JSON.stringify(sample));
}

function spawnSide(side: Side): Sample {
  const tsx = resolve(dirname(HERE), '../../node_modules/.bin/tsx');
  return JSON.parse(execFileSync(tsx, [HERE, '--worker', side, DIR], { encoding: 'utf8' })) as Sample;
}

function main() {
  const runs: Record<Side, Sample[]> = { engine: [], compromise: [] };
  for (let p = 0; p < PAIRS; p++) {
    runs.engine.push(spawnSide('engine'));
    runs.compromise.push(spawnSide('compromise'));
  }
  const words = runs.engine[0].words;
  const all = (side: Side, key: 'wall' | 'cpu') => runs[side].flatMap((s) => s[key]);
  const wps = (side: Side, key: 'wall' | 'cpu') => words / (median(all(side, key)) / 1000);
  const peak = (side: Side, key: 'peakHeapMB' | 'maxRssMB') => Math.max(...runs[side].map((s) => s[key]));
  console.log(`Engine benchmark: ${runs.engine[0].articles} articles, ${words.toLocaleString('en')} words per round; ${PAIRS} alternating pairs of child processes, ${PAIRS * ROUNDS.engine} + ${PAIRS * ROUNDS.compromise} timed rounds (${DIR})\n`);
  console.log(`${'side'.padEnd(32)} ${'words/s'.padStart(10)} ${'ms/round'.padStart(9)} ${'CPU words/s'.padStart(12)} ${'CPU ms'.padStart(7)} ${'cold ms'.padStart(8)} ${'heap MB'.padStart(8)} ${'RSS MB'.padStart(7)}`);
  const line = (label: string, side: Side) =>
    console.log(
      `${label.padEnd(32)} ${Math.round(wps(side, 'wall')).toLocaleString('en').padStart(10)} ${median(all(side, 'wall')).toFixed(1).padStart(9)} ${Math.round(wps(side, 'cpu')).toLocaleString('en').padStart(12)} ${median(all(side, 'cpu')).toFixed(1).padStart(7)} ${median(runs[side].map((r) => r.cold)).toFixed(0).padStart(8)} ${peak(side, 'peakHeapMB').toFixed(1).padStart(8)} ${peak(side, 'maxRssMB').toFixed(0).padStart(7)}`,
    );
  line('QuoteLens engine: analyze()', 'engine');
  line('compromise full parse: .json()', 'compromise');
  const ratio = wps('engine', 'wall') / wps('compromise', 'wall');
  const cpuRatio = wps('engine', 'cpu') / wps('compromise', 'cpu');
  console.log(`\nspeed ratio, median wall-clock words/s: ${ratio.toFixed(1)}× · median CPU-time words/s: ${cpuRatio.toFixed(1)}× — target ≥ 10×: ${ratio >= 10 ? 'met' : 'not met'}`);
  console.log('cold ms: the first round in a fresh process (median over the children), as a page analysed once would see it.');
  console.log('heap MB: peak heap growth over the warm-up round (sampled after each article); RSS MB: peak resident memory of the side’s process (includes Node itself, ~50 MB).');
}

if (WORKER) void worker(WORKER as Side);
else main();
