/**
 * Command line: annotate articles with who said what.
 *
 *   npm run annotate -- [--format table|jsonl] [--lang fr|en] [--with-text] PATH...
 *
 * PATH is a .txt article (first line = headline, not counted; offsets index the whole file
 * as read), an .html page (the article is detected and extracted as the extension does),
 * a directory (every .txt/.html inside, recursively) or "-" for standard input. With no
 * PATH the bundled sample article is annotated. Exit 0 when every input was analysed,
 * 1 when some failed (the others are still printed), 2 for bad arguments.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../utils/engine/analyze';
import type { Analysis } from '../utils/engine/types';
import { analyzeHtml } from './lib/html';

const HERE = dirname(fileURLToPath(import.meta.url));
const SAMPLE = resolve(HERE, '../tests/fixtures/articles/fr-seed-choigou-tehran.txt');
const USAGE = `usage: npm run annotate -- [--format table|jsonl] [--lang fr|en] [--with-text] PATH...
  PATH   .txt article (first line is the headline), .html page, directory, or - for stdin
         (no PATH: the bundled sample article)
  --format table|jsonl   speaker tables (default on a terminal) or one JSON line per input
  --lang CODE            language of the inputs (default: the page's declared language, else detected)
  --with-text            add article.text, the exact text the offsets index (jsonl)`;

interface Options {
  format: 'table' | 'jsonl';
  lang: string | null;
  withText: boolean;
  paths: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' {
  const opts: Options = { format: process.stdout.isTTY ? 'table' : 'jsonl', lang: null, withText: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') return 'help';
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = value('--format');
      if (v !== 'table' && v !== 'jsonl') throw new UsageError(`--format must be table or jsonl, not "${v}"`);
      opts.format = v;
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = value('--lang').toLowerCase();
      if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(v)) throw new UsageError(`--lang must be a language code such as fr or en, not "${v}"`);
      opts.lang = v;
    } else if (a === '--with-text') opts.withText = true;
    else if (a === '--') opts.paths.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else opts.paths.push(a);
  }
  return opts;
}

const ARTICLE_EXT = new Set(['.txt', '.html', '.htm']);

/** Expand directories (recursively, sorted) into the article files inside. */
function expand(path: string): string[] {
  if (path === '-') return [path];
  const st = statSync(path); // throws for a missing path: reported as that input's error
  if (!st.isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of readdirSync(path).sort()) {
    const p = join(path, entry);
    if (statSync(p).isDirectory()) out.push(...expand(p));
    else if (ARTICLE_EXT.has(extname(entry).toLowerCase())) out.push(p);
  }
  return out;
}

function annotate(path: string, raw: string, opts: Options): Analysis {
  const html = path === '-' ? /^\s*</.test(raw) : ['.html', '.htm'].includes(extname(path).toLowerCase());
  if (html) {
    const { page, analysis } = analyzeHtml(raw, opts.lang);
    if (opts.withText) analysis.article.text = page.text;
    return analysis;
  }
  // A plain-text article: the first line is its headline.
  const nl = raw.indexOf('\n');
  const title = (nl < 0 ? raw : raw.slice(0, nl)).trim() || null;
  const analysis = analyze(raw, opts.lang, title);
  if (opts.withText) analysis.article.text = raw;
  return analysis;
}

function pad(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n);
}

function printTable(file: string, a: Analysis) {
  const total = a.quotes.length;
  const unattributed = a.quotes.filter((q) => !q.speakerId).length;
  console.log(`\n${file}`);
  console.log(`  ${a.article.title ?? '(no title)'}`);
  console.log(`  lang ${a.lang} · ${a.article.words} words · ${total} statements${unattributed ? ` (${unattributed} without a source)` : ''} · ${a.speakers.length} speakers`);
  if (!a.speakers.length) return;
  console.log(`  ${pad('#', 3)} ${pad('speaker', 28)} ${pad('kind', 12)} ${pad('cc', 3)} ${'n'.padStart(3)} ${'words'.padStart(6)}  also called`);
  a.speakers.forEach((s, i) => {
    console.log(`  ${pad(String(i + 1), 3)} ${pad(s.name, 28)} ${pad(s.kind, 12)} ${pad(s.country ?? '', 3)} ${String(s.count).padStart(3)} ${String(s.words).padStart(6)}  ${s.aliases.join(' · ')}`);
  });
}

function main(): number {
  let opts: Options | 'help';
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`annotate: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (opts === 'help') {
    console.log(USAGE);
    return 0;
  }
  const inputs = opts.paths.length ? opts.paths : [SAMPLE];
  let failed = 0;
  let stdinUsed = false;
  for (const input of inputs) {
    let files: string[];
    try {
      files = expand(input);
    } catch (e) {
      failed++;
      report(input, null, (e as Error).message, opts);
      continue;
    }
    for (const file of files) {
      const label = input === SAMPLE && !opts.paths.length ? relative(process.cwd(), file) : file;
      try {
        if (file === '-' && stdinUsed) throw new Error('standard input can be read only once');
        const raw = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
        if (file === '-') stdinUsed = true;
        report(label, annotate(file, raw, opts), null, opts);
      } catch (e) {
        failed++;
        report(label, null, (e as Error).message, opts);
      }
    }
  }
  return failed ? 1 : 0;
}

function report(file: string, analysis: Analysis | null, error: string | null, opts: Options) {
  if (opts.format === 'jsonl') {
    console.log(JSON.stringify(analysis ? { file, ...analysis } : { file, error }));
  } else if (analysis) {
    printTable(file, analysis);
  } else {
    console.error(`\n${file}\n  error: ${error}`);
  }
}

process.exitCode = main();
