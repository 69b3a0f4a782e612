// Exports carry page text into other programs: a spreadsheet must not run a formula that
// an article's quote smuggled in, a Markdown viewer must not render a link or HTML from
// it, and no payload may split a CSV row or a Markdown line.
import { describe, expect, it } from 'vitest';
import { csvCell, exportFileName, parseJsonExport, toCsv, toJson, toMarkdown } from '../../../utils/export';
import { FORMULA_PAYLOADS, MARKUP_PAYLOADS, hostileAnalysis } from './payloads';
import { parseCsv } from '../csv';

// OWASP "CSV Injection": a cell must not begin with = + - @ tab or carriage return.
const FORMULA_START = /^[=+\-@\t\r]/;

describe('CSV export', () => {
  const payloads = [...FORMULA_PAYLOADS, ...MARKUP_PAYLOADS];
  const { analysis } = hostileAnalysis(payloads);
  const rows = parseCsv(toCsv(analysis));

  it('keeps one row per statement whatever the text holds (quotes, commas, newlines)', () => {
    expect(rows.length).toBe(analysis.quotes.length + 1);
    for (const row of rows) expect(row.length).toBe(rows[0].length);
  });

  it('never starts a cell with a formula trigger', () => {
    const dangerous = rows.flat().filter((cell) => FORMULA_START.test(cell));
    expect(dangerous).toEqual([]);
  });

  it('keeps the text itself, only prefixed with an apostrophe when it was a formula', () => {
    const textColumn = rows[0].indexOf('text');
    expect(textColumn).toBeGreaterThanOrEqual(0);
    rows.slice(1).forEach((row, i) => {
      const original = payloads[i];
      expect(row[textColumn]).toBe(FORMULA_START.test(original) ? `'${original}` : original);
    });
  });

  it.each(FORMULA_PAYLOADS)('neutralises %j in a single cell', (payload) => {
    const [[cell]] = parseCsv(csvCell(payload) + '\r\n');
    expect(FORMULA_START.test(cell)).toBe(false);
  });
});

describe('Markdown export', () => {
  const { analysis } = hostileAnalysis(MARKUP_PAYLOADS);
  const markdown = toMarkdown(analysis, { title: MARKUP_PAYLOADS[0], url: 'http://127.0.0.1/a"><script>x</script>', partial: false });

  it('escapes every HTML and link opener that comes from the page', () => {
    const bodyLines = markdown.split('\n').filter((line) => !line.startsWith('Source: <'));
    for (const line of bodyLines) {
      expect(line, line).not.toMatch(/(?<!\\)</);
      expect(line, line).not.toMatch(/(?<!\\)\]\(/);
    }
  });

  it('cannot be broken by a URL carrying markup', () => {
    const source = markdown.split('\n').find((line) => line.startsWith('Source: <')) ?? '';
    expect(source).not.toMatch(/<script/i);
    expect(source.match(/</g)?.length ?? 0).toBe(1);
  });

  it('keeps one line per statement even when quotes hold newlines', () => {
    const { analysis: multiline } = hostileAnalysis(['line one\n# heading\n\n- item', 'a\r\nb']);
    const lines = toMarkdown(multiline).split('\n');
    expect(lines.filter((l) => l.startsWith('# ')).length).toBe(1);
    expect(lines.filter((l) => /^1\. /.test(l)).length).toBe(2);
  });
});

describe('JSON export and file names', () => {
  it('round-trips hostile text exactly', () => {
    const { analysis } = hostileAnalysis([...MARKUP_PAYLOADS, ...FORMULA_PAYLOADS]);
    expect(parseJsonExport(toJson(analysis, { title: 't', url: null }))?.analysis).toEqual(analysis);
  });

  it('rejects what is not one of its exports', () => {
    for (const text of ['', 'null', '{"format":"quotelens-analysis","version":1}', '{"__proto__":{"x":1}}', '<html>', '[1,2]']) {
      expect(parseJsonExport(text)).toBeNull();
    }
  });

  it.each(['../../etc/passwd', '..\\..\\Windows\\system32', 'CON', '<script>', 'a/b:c*d?e"f|g', '\u202egnp.exe', ''])('makes a safe file name from the title %j', (title) => {
    const name = exportFileName(title, 'csv');
    expect(name).toMatch(/^quotelens(-[\p{L}\p{N}-]+)?\.csv$/u);
  });
});
