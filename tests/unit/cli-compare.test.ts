// scripts/compare.ts: a popup JSON export (built here with utils/export.ts, as the popup does)
// against the CLI's reading of the saved page. Small pages of our own; the real-browser side
// of the same question is tests/browser/parity.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../utils/engine/types';
import { toJson, type ExportSource } from '../../utils/export';
import { compareAnalyses, runCompare } from '../../scripts/compare';
import { analyzeHtml } from '../../scripts/lib/html';

const TITLE = 'Lorne bakery wins fight to keep its wood-fired oven';
const PARAGRAPHS = [
  'A family bakery in Lorne will be allowed to keep its century-old wood-fired oven after the district council dropped a plan to ban solid-fuel ovens in the town centre.',
  '“We have baked the same rye loaf in that oven since my grandmother opened the shop,” said Edda Halvorsen, who runs the bakery with her brother.',
  'The council had argued that smoke from the oven breached new air-quality rules. Councillor Tomas Grieve said the rules had been written for factories, not for a shop that fires its oven twice a week.',
  '“Nobody on this council wants to be remembered for closing a bakery,” Grieve said.',
  'According to the district’s environmental officer, readings taken outside the shop in October stayed well below the legal limit.',
];

function page(paragraphs: string[] = PARAGRAPHS, extraHead = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${TITLE}","datePublished":"2026-11-28T09:00:00Z"}</script>${extraHead}
</head><body><main><article><h1>${TITLE}</h1>
<div class="article-body">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div>
</article></main></body></html>`;
}

const HTML = page();
const SOURCE: ExportSource = { title: TITLE, url: 'https://lornepost.example/news/bakery-oven', partial: false };
/** What the popup would have downloaded had the extension read the page exactly as the CLI does. */
const cliOf = (html = HTML) => analyzeHtml(html).analysis;
const exportOf = (analysis: Analysis, source: ExportSource | null = SOURCE) => toJson(analysis, source);
const clone = (a: Analysis): Analysis => JSON.parse(JSON.stringify(a));

/** runCompare over in-memory files. */
function compare(exportText: string, html = HTML, extraArgs: string[] = []) {
  const files: Record<string, string> = { 'export.json': exportText, 'page.html': html };
  return runCompare([...extraArgs, 'export.json', 'page.html'], (path) => {
    if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
    return files[path];
  });
}

describe('the page and its CLI reading', () => {
  it('is an article with several attributed statements (the ground for every other test)', () => {
    const { page: read, analysis } = analyzeHtml(HTML);
    expect(read.isArticle).toBe(true);
    expect(analysis.quotes.length).toBeGreaterThanOrEqual(3);
    const names = analysis.speakers.map((s) => s.name);
    expect(names).toContain('Edda Halvorsen');
    expect(names.some((n) => n.includes('Grieve'))).toBe(true);
  });
});

describe('compare', () => {
  it('agrees, exit 0, when the export is what the CLI reads on the same page', () => {
    const cli = cliOf();
    const r = compare(exportOf(cli));
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain(`AGREE: the extension and the CLI find the same ${cli.quotes.length} statements`);
    expect(r.out).toContain(`${cli.quotes.length} statements · ${cli.speakers.length} speakers`);
    expect(r.out).not.toContain('Only in');
    // One row per statement, marked as the same on both sides.
    expect(r.out.split('\n').filter((l) => / = /.test(l) && l.endsWith('(same)'))).toHaveLength(cli.quotes.length);
  });

  it('lists a statement the extension did not paint (e.g. hidden by the stylesheet) as only in the CLI, exit 1', () => {
    const cli = cliOf();
    const extension = clone(cli);
    const [missing] = extension.quotes.splice(1, 1);
    const r = compare(exportOf(extension));
    expect(r.code).toBe(1);
    expect(r.out).toContain('Only in the CLI (1):');
    expect(r.out).toContain(missing.text.slice(0, 40));
    expect(r.out).toContain(`DIFFER: 1 difference (extension ${cli.quotes.length - 1} statements, CLI ${cli.quotes.length})`);
    expect(r.out).toContain('save the rendered DOM');
  });

  it('lists a statement only the extension found, and a different speaker for the same words', () => {
    const cli = cliOf();
    const extension = clone(cli);
    extension.quotes.push({ ...extension.quotes[0], id: 'q-extra', text: 'the oven would stay lit through the winter', start: 9000, end: 9042 });
    const changed = extension.quotes[0];
    const other = extension.speakers.find((s) => s.id !== changed.speakerId)!;
    changed.speakerId = other.id;
    const r = compare(exportOf(extension));
    expect(r.code).toBe(1);
    expect(r.out).toContain('Only in the extension (1):');
    expect(r.out).toContain('the oven would stay lit through the winter');
    expect(r.out).toContain('Different speaker (1):');
    expect(r.out).toContain(`extension ${other.name}, CLI ${cli.speakers.find((s) => s.id === cli.quotes[0].speakerId)?.name ?? '(no source)'}`);
  });

  it('needs the same order: two statements swapped are a difference', () => {
    const cli = cliOf();
    const extension = clone(cli);
    [extension.quotes[0], extension.quotes[1]] = [extension.quotes[1], extension.quotes[0]];
    const c = compareAnalyses(extension, cli);
    expect(c.agree).toBe(false);
    expect(c.onlyInExtension).toHaveLength(1);
    expect(c.onlyInCli).toHaveLength(1);
  });

  it('ignores whitespace runs inside statements (a saved page may re-wrap lines) but nothing else', () => {
    const cli = cliOf();
    const extension = clone(cli);
    extension.quotes[0].text = extension.quotes[0].text.replace(/ /g, '\n  ');
    expect(compareAnalyses(extension, cli).agree).toBe(true);
    extension.quotes[0].text = extension.quotes[0].text.replace(/[a-z]/, (c) => c.toUpperCase());
    expect(compareAnalyses(extension, cli).agree).toBe(false);
  });

  it('finds what a page saved as served HTML lacks: a paragraph a script would have added', () => {
    // The extension saw the paragraph (rendered DOM); the file holds the HTML before scripts ran.
    const rendered = cliOf(page([...PARAGRAPHS, '“We will bake on Sunday as always,” Edda Halvorsen said.']));
    const r = compare(exportOf(rendered));
    expect(r.code).toBe(1);
    expect(r.out).toContain('Only in the extension (1):');
    expect(r.out).toContain('We will bake on Sunday as always');
  });

  it('notes a title or language mismatch (probably not the same page)', () => {
    const cli = cliOf();
    const r = compare(exportOf({ ...clone(cli), lang: 'fr' }, { ...SOURCE, title: 'A different story altogether' }));
    expect(r.out).toContain('note: the titles differ');
    expect(r.out).toContain('note: the languages differ (extension fr, CLI en)');
  });

  it('also takes an export without a source block, and a page that is not an article', () => {
    const cli = cliOf();
    expect(compare(exportOf(cli, null)).code).toBe(0);
    const r = compare(exportOf(cli), '<!doctype html><html><body><p>Opening hours: 9 to 5.</p></body></html>');
    expect(r.code).toBe(1);
    expect(r.out).toContain('not detected as an article');
  });

  it('prints page text as plain text: control characters and terminal escapes are removed', () => {
    const extension = clone(cliOf());
    extension.speakers[0].name = 'Evil\u001b[2J\u001b]8;;https://x.example\u0007 Name';
    extension.quotes[0].text = 'line\u001b[31m red\u0000';
    const r = compare(exportOf(extension));
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.out).toContain('Evil [2J ]8;;https://x.example Name');
  });

  it('refuses bad input with exit 2 and says why', () => {
    expect(compare('{"format":"something-else","version":1}').code).toBe(2);
    expect(compare('{"format":"something-else","version":1}').err).toContain('is not a QuoteLens JSON export');
    const swapped = compare(HTML, exportOf(cliOf()));
    expect(swapped.code).toBe(2);
    expect(swapped.err).toContain('give the export first, then the page');
    expect(compare(exportOf(cliOf()), '{"not":"html"}').err).toContain('does not look like an HTML page');
    expect(runCompare(['only-one.json']).code).toBe(2);
    expect(runCompare(['a.json', 'b.html', '--lang', 'fr']).code).toBe(2);
    const missing = runCompare(['nope.json', 'nope.html'], () => {
      throw new Error("ENOENT: no such file or directory, open 'nope.json'");
    });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope.json');
    expect(runCompare(['--help'])).toMatchObject({ code: 0, out: expect.stringContaining('npm run compare -- EXPORT.json PAGE.html') });
  });
});

describe('tsx scripts/compare.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quotelens-compare-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  const run = (...args: string[]) => spawnSync(tsx, ['scripts/compare.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });

  it('exits 0 when they agree, 1 when they differ, 2 for a missing file', () => {
    const pagePath = join(dir, 'page.html');
    const same = join(dir, 'same.json');
    const differ = join(dir, 'differ.json');
    writeFileSync(pagePath, HTML);
    const cli = cliOf();
    writeFileSync(same, exportOf(cli));
    const fewer = clone(cli);
    fewer.quotes.pop();
    writeFileSync(differ, exportOf(fewer));

    const agree = run(same, pagePath);
    expect(agree.status, agree.stderr).toBe(0);
    expect(agree.stdout).toContain('AGREE');
    const disagree = run(differ, pagePath);
    expect(disagree.status).toBe(1);
    expect(disagree.stdout).toContain('Only in the CLI (1):');
    const missing = run(join(dir, 'missing.json'), pagePath);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('missing.json');
  });
});

describe('the CLI reads tables as browsers build them', () => {
  it('moves content that sits directly in a table to before it, as HTML parsing does in browsers', () => {
    const table = `<table class="layout"><p>${PARAGRAPHS[3]}</p><tr><td>${PARAGRAPHS[4]}</td><td>Readings: 12 µg/m³.</td></tr></table>`;
    const { page: read } = analyzeHtml(page([...PARAGRAPHS.slice(0, 3), '']).replace('<p></p>', table));
    // The paragraph comes out of the table, which then holds no prose: a data table, not read.
    expect(read.text).toContain('Nobody on this council wants to be remembered for closing a bakery');
    expect(read.text).not.toContain('environmental officer');
  });
});
