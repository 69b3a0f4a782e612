/**
 * Engine evaluation on the gold articles in tests/fixtures/articles (*.gold.json + .txt).
 *
 * Statements. Each gold anchor is a short verbatim piece of one statement, taken where the
 * reported words begin. Its statement span is defined here, independently of the engine:
 * if the anchor sits inside a quotation, the span is that quotation's content; otherwise
 * it runs from the anchor to the end of its sentence. A gold statement is found when one
 * predicted quote covers over 30% of its span; predictions and gold are matched
 * one-to-one, best coverage first.
 *
 * Speakers. Predicted and gold speakers are paired when their names or aliases agree
 * (case, accents, apostrophes and leading articles ignored). Speaker agreement is the F1
 * over statement counts: each pair contributes min(predicted, gold) true positives.
 * Attribution is the share of found statements credited to the right speaker.
 *
 * Usage: npm run eval [-- --verbose] [-- DIR]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { analyze } from '../../utils/engine/analyze';
import type { Analysis } from '../../utils/engine/types';

interface GoldSpeaker {
  name: string;
  kind: string;
  aliases: string[];
  count: number;
  anchors: string[];
}
interface Gold {
  page: string;
  lang: string;
  speakers: GoldSpeaker[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const root = resolve(args.find((a) => !a.startsWith('-')) ?? 'tests/fixtures/articles');

const fold = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`´]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
const nameForm = (s: string) => fold(s).replace(/^(le|la|les|l'|the|un|une|a|an)\s*/, '').replace(/^(m|mme|mr|mrs|ms|dr)\.?\s+/, '');
/** Same length as the input, so offsets carry over: only typographic apostrophes are flattened. */
const flat = (s: string) => s.replace(/[’‘`´]/g, "'");

function goldFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...goldFiles(p));
    else if (e.endsWith('.gold.json')) out.push(p);
  }
  return out.sort();
}

const OPEN = new Set(['«', '“', '„', '‹']);
const CLOSE = new Set(['»', '”', '›']);

/** Sentence bounds around i: newlines and [.!?] followed by a space and a capital or a quote mark. */
function sentenceAround(text: string, i: number): [number, number] {
  const isEnd = (k: number) => {
    if (!/[.!?…]/.test(text[k])) return false;
    let j = k + 1;
    while (j < text.length && /[»”"’)]/.test(text[j])) j++;
    if (!/\s/.test(text[j] ?? '')) return false;
    while (j < text.length && /[ \u00a0\u202f]/.test(text[j])) j++;
    if (!/[\p{Lu}«“"\-–—]/u.test(text[j] ?? '')) return false;
    const word = /(\S+)$/.exec(text.slice(Math.max(0, k - 6), k))?.[1] ?? '';
    return !/^(M|Mme|Mr|Mrs|Ms|Dr|St|\p{Lu})$/u.test(word);
  };
  let s = i;
  while (s > 0 && text[s - 1] !== '\n' && !isEnd(s - 1)) s--;
  let e = i;
  while (e < text.length && text[e] !== '\n' && !isEnd(e)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  while (e < text.length && /[»”"’)]/.test(text[e])) e++;
  return [s, e];
}

/** The gold statement span for an anchor found at `at` (see the header). */
function goldSpan(text: string, at: number, len: number): [number, number] {
  const [ps, pe] = paragraphAround(text, at);
  // Inside a quotation? Look for an opening mark before with no closing mark between.
  let open = -1;
  let straight = 0;
  // British single quotes: ‘ opens; ’ closes only at a word end (otherwise it is an apostrophe).
  const singleClose = (k: number) => text[k] === '’' && !/\p{L}/u.test(text[k + 1] ?? '');
  for (let k = at - 1; k >= ps; k--) {
    if (CLOSE.has(text[k]) || singleClose(k)) break;
    if (OPEN.has(text[k]) || text[k] === '‘') {
      open = k;
      break;
    }
  }
  for (let k = ps; k < at; k++) if (text[k] === '"') straight++;
  if (open < 0 && straight % 2 === 1) open = text.lastIndexOf('"', at);
  if (open >= 0) {
    let close = -1;
    for (let k = at + len; k < pe; k++) {
      if (CLOSE.has(text[k]) || text[k] === '"' || (text[k] === '»' && k > at) || (text[open] === '‘' && singleClose(k))) {
        close = k;
        break;
      }
    }
    return [open + 1, close >= 0 ? close : pe];
  }
  // Anchors are taken at the start of the words reported; the statement runs to the sentence end.
  const [, se] = sentenceAround(text, at);
  return [at, Math.max(se, at + len)];
}

function paragraphAround(text: string, i: number): [number, number] {
  const s = text.lastIndexOf('\n', i - 1) + 1;
  let e = text.indexOf('\n', i);
  if (e < 0) e = text.length;
  return [s, e];
}

interface FileScore {
  file: string;
  lang: string;
  detected: string;
  gold: number;
  pred: number;
  found: number;
  attributed: number;
  spkTp: number;
  spkPred: number;
  spkGold: number;
  exactTable: boolean;
  notes: string[];
}

function score(goldPath: string): FileScore | null {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  const txt = join(dirname(goldPath), basename(goldPath).replace(/\.gold\.json$/, '.txt'));
  let text: string;
  try {
    text = readFileSync(txt, 'utf8');
  } catch {
    return null;
  }
  const title = text.split('\n')[0];
  const analysis: Analysis = analyze(text, null, title);
  const bodyFrom = text.indexOf('\n') + 1;
  const flatText = flat(text);
  const notes: string[] = [];

  // Gold statements with their spans and speaker index.
  const golds: { span: [number, number]; speaker: number; anchor: string }[] = [];
  gold.speakers.forEach((sp, si) => {
    let from = bodyFrom;
    for (const anchor of sp.anchors) {
      let at = flatText.indexOf(flat(anchor), bodyFrom);
      if (at < 0) {
        notes.push(`anchor not found: "${anchor}"`);
        continue;
      }
      // Repeated anchors: take the next occurrence after the previous one of this speaker.
      const again = flatText.indexOf(flat(anchor), from);
      if (again >= 0) at = again;
      from = at + 1;
      golds.push({ span: goldSpan(text, at, anchor.length), speaker: si, anchor });
    }
  });

  // Speaker pairing by names and aliases.
  const predNames = analysis.speakers.map((s) => new Set([s.name, ...s.aliases].map(nameForm)));
  const pairOfGold = new Map<number, string>();
  const usedPred = new Set<string>();
  gold.speakers.forEach((g, gi) => {
    const names = [g.name, ...g.aliases].map(nameForm);
    const idx = analysis.speakers.findIndex((s, pi) => !usedPred.has(s.id) && names.some((n) => predNames[pi].has(n)));
    if (idx >= 0) {
      pairOfGold.set(gi, analysis.speakers[idx].id);
      usedPred.add(analysis.speakers[idx].id);
    }
  });

  // One-to-one statement matching, best coverage first.
  const pairs: { g: number; p: number; cov: number }[] = [];
  golds.forEach((g, gi) => {
    const len = Math.max(1, g.span[1] - g.span[0]);
    analysis.quotes.forEach((q, pi) => {
      const inter = Math.min(q.end, g.span[1]) - Math.max(q.start, g.span[0]);
      if (inter > 0.3 * len) pairs.push({ g: gi, p: pi, cov: inter / len });
    });
  });
  pairs.sort((a, b) => b.cov - a.cov);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  let attributed = 0;
  for (const pr of pairs) {
    if (gUsed.has(pr.g) || pUsed.has(pr.p)) continue;
    gUsed.add(pr.g);
    pUsed.add(pr.p);
    const want = pairOfGold.get(golds[pr.g].speaker);
    const got = analysis.quotes[pr.p].speakerId;
    if (want && want === got) attributed++;
    else if (verbose) {
      const gname = gold.speakers[golds[pr.g].speaker].name;
      const pname = analysis.speakers.find((s) => s.id === got)?.name ?? 'none';
      notes.push(`wrong speaker: "${golds[pr.g].anchor}" → ${pname} (gold ${gname})`);
    }
  }
  if (verbose) {
    golds.forEach((g, i) => {
      if (!gUsed.has(i)) notes.push(`missed: [${gold.speakers[g.speaker].name}] "${text.slice(g.span[0], g.span[1]).slice(0, 110)}"`);
    });
    analysis.quotes.forEach((q, i) => {
      if (!pUsed.has(i)) notes.push(`extra: [${analysis.speakers.find((s) => s.id === q.speakerId)?.name ?? 'none'}] "${q.text.slice(0, 110)}"`);
    });
  }

  // Speaker agreement over counts.
  let spkTp = 0;
  let exactTable = analysis.speakers.length === gold.speakers.length;
  gold.speakers.forEach((g, gi) => {
    const pid = pairOfGold.get(gi);
    const p = analysis.speakers.find((s) => s.id === pid);
    if (p) spkTp += Math.min(p.count, g.count);
    if (!p || p.count !== g.count) exactTable = false;
    if (verbose && (!p || p.count !== g.count)) notes.push(`speaker ${g.name}: gold ${g.count}, predicted ${p ? `${p.name} ${p.count}` : 'none'}`);
  });
  if (verbose) for (const s of analysis.speakers) if (!usedPred.has(s.id)) notes.push(`extra speaker: ${s.name} (${s.kind}) ${s.count}`);
  return {
    file: basename(txt),
    lang: gold.lang,
    detected: analysis.lang,
    gold: golds.length,
    pred: analysis.quotes.length,
    found: gUsed.size,
    attributed,
    spkTp,
    spkPred: analysis.speakers.reduce((n, s) => n + s.count, 0),
    spkGold: gold.speakers.reduce((n, s) => n + s.count, 0),
    exactTable,
    notes,
  };
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const pct = (x: number) => x.toFixed(2).padStart(5);

function row(label: string, s: Omit<FileScore, 'file' | 'lang' | 'detected' | 'notes' | 'exactTable'>, extra = '') {
  const p = s.pred ? s.found / s.pred : 0;
  const r = s.gold ? s.found / s.gold : 0;
  const attr = s.found ? s.attributed / s.found : 0;
  const sp = s.spkPred ? s.spkTp / s.spkPred : 0;
  const sr = s.spkGold ? s.spkTp / s.spkGold : 0;
  console.log(
    `${label.padEnd(40)} ${String(s.gold).padStart(4)} ${String(s.pred).padStart(4)}  ${pct(p)} ${pct(r)} ${pct(f1(p, r))}   ${pct(attr)}   ${pct(f1(sp, sr))}  ${extra}`,
  );
  return { f1: f1(p, r), spk: f1(sp, sr) };
}

const files = goldFiles(root);
if (!files.length) {
  console.error(`no gold files under ${root}`);
  process.exit(1);
}
const scores = files.map(score).filter((s): s is FileScore => !!s);
console.log(`Engine evaluation: ${scores.length} gold articles in ${root}\n`);
console.log(`${'file'.padEnd(40)} gold pred   prec   rec    F1    attrib   speakers`);
for (const s of scores) {
  row(s.file, s, `${s.exactTable ? 'exact table' : ''}${s.detected !== s.lang ? ` lang detected ${s.detected}` : ''}`);
  if (s.notes.length && (verbose || s.notes.some((n) => n.startsWith('anchor')))) for (const n of s.notes) console.log(`    · ${n}`);
}
const sum = (list: FileScore[]) =>
  list.reduce(
    (a, s) => ({ gold: a.gold + s.gold, pred: a.pred + s.pred, found: a.found + s.found, attributed: a.attributed + s.attributed, spkTp: a.spkTp + s.spkTp, spkPred: a.spkPred + s.spkPred, spkGold: a.spkGold + s.spkGold }),
    { gold: 0, pred: 0, found: 0, attributed: 0, spkTp: 0, spkPred: 0, spkGold: 0 },
  );
console.log('');
for (const lang of [...new Set(scores.map((s) => s.lang))].sort()) {
  const list = scores.filter((s) => s.lang === lang);
  row(`overall ${lang} (${list.length} articles)`, sum(list));
}
const all = row(`overall (${scores.length} articles)`, sum(scores));
const exact = scores.filter((s) => s.exactTable).length;
const langOk = scores.filter((s) => s.detected === s.lang).length;
console.log(`\nexact speaker tables: ${exact}/${scores.length} · language detected right: ${langOk}/${scores.length}`);
console.log(`targets: statement F1 ≥ 0.85 (${all.f1 >= 0.85 ? 'met' : 'not met'}), speaker agreement ≥ 0.85 (${all.spk >= 0.85 ? 'met' : 'not met'})`);
