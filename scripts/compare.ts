/**
 * Check the extension against the CLI on one page:
 *
 *   tsx scripts/compare.ts EXPORT.json PAGE.html
 *
 * EXPORT.json is what the popup downloads ("Export" → JSON, see utils/export.ts); PAGE.html
 * is the same page saved from the browser. The HTML goes through exactly what
 * `npm run annotate -- PAGE.html` does (readHtmlArticle, then analyze), and the two lists
 * of statements are printed side by side. Exit 0 when they agree (same statements, same
 * order, same speaker for each), 1 when they do not, 2 for bad arguments or unreadable files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../utils/engine/types';
import { parseJsonExport, type JsonExport } from '../utils/export';
import { analyzeHtml, type HtmlArticle } from './lib/html';

const USAGE = `usage: npm run compare -- EXPORT.json PAGE.html
  EXPORT.json   the JSON the QuoteLens popup downloads for a page (Export → JSON)
  PAGE.html     the same page saved from the browser (its rendered DOM, see the README)
  exit 0 when the extension and the CLI agree, 1 when they differ, 2 for bad input`;

/** One statement as a reader checks it: its words and who it is given to. */
export interface StatementRow {
  text: string;
  speaker: string | null;
  start: number;
  end: number;
}

export function statementsOf(analysis: Analysis): StatementRow[] {
  const names = new Map((analysis.speakers ?? []).map((s) => [s.id, s.name]));
  return (analysis.quotes ?? []).map((q) => ({
    text: q.text,
    speaker: (q.speakerId && names.get(q.speakerId)) || null,
    start: q.start,
    end: q.end,
  }));
}

/** Statement texts are compared with whitespace runs collapsed (a saved page may re-wrap lines). */
export function sameText(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A row of the side-by-side view: a statement found by both, or by one side only. */
export interface Pair {
  extension: StatementRow | null;
  cli: StatementRow | null;
}

export interface Comparison {
  agree: boolean;
  counts: { extension: number; cli: number };
  /** Both lists merged in text order (longest common subsequence of the texts). */
  pairs: Pair[];
  onlyInExtension: StatementRow[];
  onlyInCli: StatementRow[];
  /** Same statement, different speaker (null: no identified source). */
  speakerDiffs: { extension: StatementRow; cli: StatementRow }[];
}

/** Compare the extension's analysis with the CLI's, statement by statement, in text order. */
export function compareAnalyses(extension: Analysis, cli: Analysis): Comparison {
  const a = statementsOf(extension);
  const b = statementsOf(cli);
  const pairs = align(a, b);
  const onlyInExtension = pairs.filter((p) => p.extension && !p.cli).map((p) => p.extension!);
  const onlyInCli = pairs.filter((p) => p.cli && !p.extension).map((p) => p.cli!);
  const speakerDiffs = pairs
    .filter((p): p is { extension: StatementRow; cli: StatementRow } => !!p.extension && !!p.cli && p.extension.speaker !== p.cli.speaker)
    .map((p) => ({ extension: p.extension, cli: p.cli }));
  return {
    agree: a.length === b.length && !onlyInExtension.length && !onlyInCli.length && !speakerDiffs.length,
    counts: { extension: a.length, cli: b.length },
    pairs,
    onlyInExtension,
    onlyInCli,
    speakerDiffs,
  };
}

/** Longest common subsequence by text: articles hold tens of statements, so O(n·m) is fine. */
function align(a: StatementRow[], b: StatementRow[]): Pair[] {
  const keyA = a.map((s) => normalise(s.text));
  const keyB = b.map((s) => normalise(s.text));
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = keyA[i] === keyB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const pairs: Pair[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && keyA[i] === keyB[j]) pairs.push({ extension: a[i++], cli: b[j++] });
    else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) pairs.push({ extension: a[i++], cli: null });
    else pairs.push({ extension: null, cli: b[j++] });
  }
  return pairs;
}

// ---------- Printing ----------

/** Page text is printed as plain text: control characters (terminal escapes) become spaces. */
function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function cut(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text + ' '.repeat(width - chars.length);
}

function label(row: StatementRow | null, width: number): string {
  if (!row) return ' '.repeat(width);
  return cut(`${printable(row.speaker ?? '(no source)')}: “${printable(row.text)}”`, width);
}

function excerpt(text: string, max = 90): string {
  const clean = printable(text);
  return [...clean].length > max ? `${[...clean].slice(0, max - 1).join('')}…` : clean;
}

export interface CompareInput {
  exportPath: string;
  pagePath: string;
  exported: JsonExport;
  page: HtmlArticle;
  cli: Analysis;
}

/** The side-by-side report (plain text, one line per row). */
export function formatComparison(input: CompareInput, c: Comparison, width = 44): string {
  const { exported, page, cli } = input;
  const ext = exported.analysis;
  const lines: string[] = [];
  const title = (t: string | null | undefined) => (t ? `“${excerpt(t, 70)}”` : '(no title)');
  lines.push(`extension  ${printable(input.exportPath)}`);
  lines.push(`           ${title(exported.source?.title ?? ext.article?.title)} · lang ${printable(ext.lang ?? '?')} · ${c.counts.extension} statements · ${ext.speakers.length} speakers`);
  if (exported.source?.url) lines.push(`           ${excerpt(exported.source.url, 100)}`);
  lines.push(`CLI        ${printable(input.pagePath)}`);
  lines.push(
    `           ${title(page.title)} · lang ${printable(cli.lang)} · ${c.counts.cli} statements · ${cli.speakers.length} speakers${page.isArticle ? '' : ` · not detected as an article (${page.reason ?? 'low confidence'})`}`,
  );
  if (exported.source?.title && page.title && !sameText(exported.source.title, page.title)) {
    lines.push('note: the titles differ: are the export and the page the same article?');
  }
  if (ext.lang && cli.lang && ext.lang !== cli.lang) lines.push(`note: the languages differ (extension ${ext.lang}, CLI ${cli.lang})`);

  lines.push('');
  lines.push('Statements in text order (= same, ≠ other speaker, < only in the extension, > only in the CLI):');
  lines.push(`     ${cut('extension', width)}   CLI`);
  c.pairs.forEach((p, k) => {
    const same = !!p.extension && !!p.cli && p.extension.speaker === p.cli.speaker;
    const mark = same ? '=' : p.extension && p.cli ? '≠' : p.extension ? '<' : '>';
    const right = same ? '(same)' : label(p.cli, width).trimEnd();
    lines.push(`${String(k + 1).padStart(3)} ${mark} ${label(p.extension, width)}   ${right}`);
  });

  if (c.onlyInExtension.length) {
    lines.push('', `Only in the extension (${c.onlyInExtension.length}):`);
    for (const s of c.onlyInExtension) lines.push(`  - ${printable(s.speaker ?? '(no source)')}: “${excerpt(s.text)}”`);
  }
  if (c.onlyInCli.length) {
    lines.push('', `Only in the CLI (${c.onlyInCli.length}):`);
    for (const s of c.onlyInCli) lines.push(`  - ${printable(s.speaker ?? '(no source)')}: “${excerpt(s.text)}”`);
  }
  if (c.speakerDiffs.length) {
    lines.push('', `Different speaker (${c.speakerDiffs.length}):`);
    for (const d of c.speakerDiffs) {
      lines.push(`  - “${excerpt(d.cli.text, 60)}”: extension ${printable(d.extension.speaker ?? '(no source)')}, CLI ${printable(d.cli.speaker ?? '(no source)')}`);
    }
  }
  lines.push('');
  if (c.agree) {
    lines.push(`AGREE: the extension and the CLI find the same ${c.counts.cli} statements, with the same speakers.`);
  } else {
    const problems = c.onlyInExtension.length + c.onlyInCli.length + c.speakerDiffs.length;
    lines.push(`DIFFER: ${problems} difference${problems === 1 ? '' : 's'} (extension ${c.counts.extension} statements, CLI ${c.counts.cli}).`);
    lines.push('If PAGE.html is the HTML as served (curl, "Web Page, HTML only"), save the rendered DOM instead and compare again: see the README.');
  }
  return lines.join('\n');
}

// ---------- Command line ----------

export interface CompareResult {
  code: 0 | 1 | 2;
  /** Standard output (the report), or '' on error. */
  out: string;
  /** Standard error (why the inputs could not be used), or ''. */
  err: string;
}

/** The whole command on in-memory inputs, so that tests need no files or subprocess. */
export function runCompare(args: string[], read: (path: string) => string = (p) => readFileSync(p, 'utf8')): CompareResult {
  const paths = args.filter((a) => a !== '--');
  if (paths.some((a) => a === '-h' || a === '--help')) return { code: 0, out: USAGE, err: '' };
  const options = paths.filter((a) => a.startsWith('-'));
  if (options.length) return { code: 2, out: '', err: `compare: unknown option ${options[0]}\n${USAGE}` };
  if (paths.length !== 2) return { code: 2, out: '', err: `compare: expected EXPORT.json and PAGE.html, got ${paths.length} argument${paths.length === 1 ? '' : 's'}\n${USAGE}` };
  const [exportPath, pagePath] = paths;
  let exportText: string;
  let html: string;
  try {
    exportText = read(exportPath);
    html = read(pagePath);
  } catch (error) {
    return { code: 2, out: '', err: `compare: ${(error as Error).message}` };
  }
  const exported = parseJsonExport(exportText);
  if (!exported) {
    const hint = /^\s*</.test(exportText) ? ' (it looks like HTML: give the export first, then the page)' : '';
    return { code: 2, out: '', err: `compare: ${exportPath} is not a QuoteLens JSON export${hint}` };
  }
  if (!/<[a-z!]/i.test(html)) return { code: 2, out: '', err: `compare: ${pagePath} does not look like an HTML page` };
  const { page, analysis } = analyzeHtml(html);
  const comparison = compareAnalyses(exported.analysis, analysis);
  const out = formatComparison({ exportPath, pagePath, exported, page, cli: analysis }, comparison);
  return { code: comparison.agree ? 0 : 1, out, err: '' };
}

const invokedDirectly = !!process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const result = runCompare(process.argv.slice(2));
  if (result.out) console.log(result.out);
  if (result.err) console.error(result.err);
  process.exitCode = result.code;
}
