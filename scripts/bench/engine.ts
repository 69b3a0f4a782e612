/**
 * Engine benchmark: words per second and peak memory of analyze() on the article corpus,
 * side by side in the same run with a full compromise parse (nlp(text).json(); French
 * articles through fr-compromise) of the very same texts.
 *
 * Speed: both sides are timed in this process, round after round in alternation, so that
 * load from other programs hits both alike; each figure is the median over the rounds
 * after a warm-up round, and the report gives the ratio. Memory: each side then runs
 * alone in a child process, which reports its peak heap growth (sampled after each
 * article) and its peak resident set. Target: the engine ≥ 10× faster.
 *
 * Usage: npm run bench  (or tsx scripts/bench/engine.ts [--rounds N] [DIR])
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import en from 'compromise';
import fr from 'fr-compromise';
import { analyze } from '../../utils/engine/analyze';

const HERE = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROUNDS = Math.max(3, Number(flag('--rounds')) || 9);
const WORKER = flag('--worker');
const DIR = resolve(args.find((a, i) => !a.startsWith('-') && !['--rounds', '--worker'].includes(args[i - 1])) ?? 'tests/fixtures/articles');

interface Article {
  text: string;
  title: string;
  lang: 'fr' | 'en';
  words: number;
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

const SIDES = {
  engine: (a: Article) => analyze(a.text, a.lang, a.title),
  compromise: (a: Article) => (a.lang === 'fr' ? fr(a.text).json() : en(a.text).json()),
};
type Side = keyof typeof SIDES;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Collect garbage between rounds so that one side's leftovers are not charged to the other.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function timeRound(side: Side, articles: Article[]): number {
  const run = SIDES[side];
  collect();
  const t0 = performance.now();
  for (const a of articles) run(a);
  return performance.now() - t0;
}

/** Child process: one side alone, its memory only. */
function memoryWorker(side: Side) {
  const articles = corpus(DIR);
  const run = SIDES[side];
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  for (let r = 0; r < 2; r++) {
    for (const a of articles) {
      run(a);
      peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    }
  }
  process.stdout.write(JSON.stringify({ peakHeapMB: peak / 2 ** 20, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

function memoryOf(side: Side): { peakHeapMB: number; maxRssMB: number } {
  const tsx = resolve(dirname(HERE), '../../node_modules/.bin/tsx');
  return JSON.parse(execFileSync(tsx, [HERE, '--worker', side, DIR], { encoding: 'utf8' }));
}

function main() {
  if (WORKER) return memoryWorker(WORKER as Side);
  const articles = corpus(DIR);
  const words = articles.reduce((n, a) => n + a.words, 0);
  timeRound('engine', articles); // warm-up: lexicons loaded, code compiled
  timeRound('compromise', articles);
  const times: Record<Side, number[]> = { engine: [], compromise: [] };
  for (let r = 0; r < ROUNDS; r++) {
    times.engine.push(timeRound('engine', articles));
    times.compromise.push(timeRound('compromise', articles));
  }
  const mem = { engine: memoryOf('engine'), compromise: memoryOf('compromise') };
  const wps = (side: Side) => words / (median(times[side]) / 1000);
  console.log(`Engine benchmark: ${articles.length} articles, ${words.toLocaleString('en')} words per round, ${ROUNDS} alternating rounds (${DIR})\n`);
  console.log(`${'side'.padEnd(34)} ${'words/s'.padStart(10)} ${'ms/round'.padStart(9)} ${'heap MB'.padStart(8)} ${'RSS MB'.padStart(7)}`);
  const line = (label: string, side: Side) =>
    console.log(
      `${label.padEnd(34)} ${Math.round(wps(side)).toLocaleString('en').padStart(10)} ${median(times[side]).toFixed(1).padStart(9)} ${mem[side].peakHeapMB.toFixed(1).padStart(8)} ${mem[side].maxRssMB.toFixed(0).padStart(7)}`,
    );
  line('QuoteLens engine: analyze()', 'engine');
  line('compromise full parse: .json()', 'compromise');
  const ratio = wps('engine') / wps('compromise');
  console.log(`\nspeed ratio (median words/s): ${ratio.toFixed(1)}× — target ≥ 10×: ${ratio >= 10 ? 'met' : 'not met'}`);
  console.log('heap MB: peak heap growth while the side runs alone (child process); RSS MB: that process’s peak resident memory.');
}

main();
