import type { Analysis, Speaker } from './engine/types';
import { computeTotals, speakerFigures } from './stats';

/**
 * Export an Analysis as Markdown, CSV or JSON. Pure string builders (no DOM, no network):
 * the popup turns the strings into a clipboard write or a Blob download.
 * All page-derived text is treated as hostile: Markdown escapes its syntax, CSV guards
 * against spreadsheet formula injection, JSON is plain JSON.stringify.
 */

/** Where the analysis came from; optional, shown in the header of each export. */
export interface ExportSource {
  title: string | null;
  url: string | null;
  partial?: boolean;
}

/** Headings of the Markdown export, so the popup can write it in the reader's language. */
export interface MarkdownLabels {
  heading: string;
  source: string;
  language: string;
  partial: string;
  speakers: string;
  name: string;
  role: string;
  kind: string;
  country: string;
  statements: string;
  words: string;
  totals: string;
  direct: string;
  mixed: string;
  reported: string;
  accordingTo: string;
  named: string;
  anonymous: string;
  unattributed: string;
  quotes: string;
  unknownSpeaker: string;
}

export const ENGLISH_MARKDOWN_LABELS: MarkdownLabels = {
  heading: 'QuoteLens analysis',
  source: 'Source',
  language: 'Language',
  partial: 'Partial article (paywall): only the visible part was analysed.',
  speakers: 'Speakers',
  name: 'Name',
  role: 'Role',
  kind: 'Kind',
  country: 'Country',
  statements: 'Statements',
  words: 'Quoted words',
  totals: 'Totals',
  direct: 'Direct',
  mixed: 'Partly quoted',
  reported: 'Reported',
  accordingTo: 'According to',
  named: 'Named sources',
  anonymous: 'Anonymous sources',
  unattributed: 'No identified source',
  quotes: 'Statements',
  unknownSpeaker: 'Unknown source',
};

// ---------- Markdown ----------

/**
 * Escape the Markdown syntax that works mid-line, so page text can never become a link,
 * image, HTML, emphasis or a table cell break. Page text never starts a line here, so
 * block markers (#, -, 1.) need no escaping.
 */
export function escapeMarkdown(text: string): string {
  return String(text ?? '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

export function toMarkdown(analysis: Analysis, source: ExportSource | null = null, labels: MarkdownLabels = ENGLISH_MARKDOWN_LABELS): string {
  const lines: string[] = [];
  const title = source?.title ?? analysis.article?.title ?? null;
  lines.push(`# ${labels.heading}${title ? `: ${escapeMarkdown(title)}` : ''}`, '');
  // The URL goes inside angle brackets with those brackets stripped: an autolink cannot carry markup.
  if (source?.url) lines.push(`${labels.source}: <${source.url.replace(/[<>\s]/g, '')}>  `);
  lines.push(`${labels.language}: ${escapeMarkdown(analysis.lang ?? '')}`, '');
  if (source?.partial) lines.push(`> ${labels.partial}`, '');

  const figures = speakerFigures(analysis);
  lines.push(`## ${labels.speakers}`, '');
  if (figures.length) {
    lines.push(`| ${labels.name} | ${labels.role} | ${labels.kind} | ${labels.country} | ${labels.statements} | ${labels.words} |`);
    lines.push('|---|---|---|---|---:|---:|');
    for (const f of figures) {
      const s = f.speaker;
      lines.push(
        `| ${escapeMarkdown(s.name)} | ${escapeMarkdown(s.role ?? '')} | ${escapeMarkdown(s.kind)} | ${escapeMarkdown(s.country ?? '')} | ${f.count} (${percent(f.statementShare)}) | ${percent(f.wordShare)} |`,
      );
    }
  } else {
    lines.push('—');
  }
  lines.push('');

  const t = computeTotals(analysis);
  lines.push(`## ${labels.totals}`, '');
  lines.push(`- ${labels.statements}: ${t.statements}`);
  lines.push(`- ${labels.direct}: ${t.direct} · ${labels.mixed}: ${t.mixed} · ${labels.reported}: ${t.reported} · ${labels.accordingTo}: ${t.accordingTo}`);
  lines.push(`- ${labels.named}: ${t.named} · ${labels.anonymous}: ${t.anonymous} · ${labels.unattributed}: ${t.unattributed}`, '');

  const names = new Map((analysis.speakers ?? []).map((s) => [s.id, s.name]));
  if ((analysis.quotes ?? []).length) {
    lines.push(`## ${labels.quotes}`, '');
    for (const q of analysis.quotes) {
      const who = (q.speakerId && names.get(q.speakerId)) || labels.unknownSpeaker;
      const cue = q.cue ? ` (${escapeMarkdown(q.cue.text)})` : '';
      lines.push(`1. **${escapeMarkdown(who)}**${cue}: ${escapeMarkdown(q.text)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

// ---------- CSV ----------

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (= + - @ tab CR) gets a
 * leading apostrophe (OWASP's advice); then RFC 4180 quoting. Numbers are written as is.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_TRIGGER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = [
  'quote_id',
  'speaker',
  'speaker_kind',
  'speaker_role',
  'speaker_country',
  'quote_kind',
  'verb',
  'verb_tone',
  'via',
  'text',
  'start',
  'end',
] as const;

/** One row per statement, in text order; CRLF line ends as RFC 4180 asks. */
export function toCsv(analysis: Analysis): string {
  const speakers = new Map<string, Speaker>((analysis.speakers ?? []).map((s) => [s.id, s]));
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
  for (const q of analysis.quotes ?? []) {
    const s = q.speakerId ? speakers.get(q.speakerId) : undefined;
    rows.push([
      q.id,
      s?.name ?? null,
      s?.kind ?? null,
      s?.role ?? null,
      s?.country ?? null,
      q.kind,
      q.cue?.text ?? null,
      q.cue?.tone ?? null,
      q.via ?? null,
      q.text,
      q.start,
      q.end,
    ]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// ---------- JSON ----------

export const JSON_FORMAT = 'quotelens-analysis';
export const JSON_VERSION = 1;

export interface JsonExport {
  format: typeof JSON_FORMAT;
  version: typeof JSON_VERSION;
  source: ExportSource | null;
  analysis: Analysis;
}

export function toJson(analysis: Analysis, source: ExportSource | null = null): string {
  const document: JsonExport = { format: JSON_FORMAT, version: JSON_VERSION, source, analysis };
  return JSON.stringify(document, null, 2) + '\n';
}

/** Read back a JSON export; null when the text is not one. */
export function parseJsonExport(text: string): JsonExport | null {
  try {
    const value = JSON.parse(text) as Partial<JsonExport>;
    if (value?.format !== JSON_FORMAT || value.version !== JSON_VERSION || !value.analysis) return null;
    if (!Array.isArray(value.analysis.quotes) || !Array.isArray(value.analysis.speakers)) return null;
    return value as JsonExport;
  } catch {
    return null;
  }
}

// ---------- File names ----------

/** A safe, readable file name: "quotelens-sergueï-choïgou-a-souligné….csv". */
export function exportFileName(title: string | null, extension: 'csv' | 'json' | 'md'): string {
  const slug = (title ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `quotelens${slug ? `-${slug}` : ''}.${extension}`;
}
