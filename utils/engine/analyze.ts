/**
 * The engine's entry: text in, Analysis out (see shared/DESIGN.md). Plain TypeScript, no
 * DOM, synchronous, linear in the input; the same code runs in the background worker,
 * the tests and the CLI. Pipeline: language → paragraphs → quotations → sentences and
 * tokens → cues → statements → sources (coreference) → speaker table.
 */
import { chooseLanguage } from '../lang/detect';
import { lexiconFor } from '../lang';
import type { LangLexicon } from '../lang/types';
import { findCues } from './cues';
import { EntityRegistry, type Entity } from './entities';
import { findQuotes, type QuoteSpan } from './quotes';
import { splitParagraphs, splitSentences, type Sentence, type Token } from './segment';
import { StatementFinder, type Draft } from './statements';
import type { Mention } from './mentions';
import { buildSpeakers } from './summary';
import { mergeRolesIntoNames } from './roles';
import { countWords, fold } from './text';
import type { Analysis, Quote, Span } from './types';

/** Control characters other than tab and newlines are read as spaces (offsets unchanged). */
function cleanControls(text: string): string {
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text) ? text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ') : text;
}

/** When the text starts with the title line, that line is the headline: not analysed, not counted. */
function bodyStart(text: string, title: string | null): number {
  if (!title || !title.trim()) return 0;
  let i = 0;
  while (i < text.length && /\s/.test(text[i])) i++;
  const nl = text.indexOf('\n', i);
  const line = text.slice(i, nl < 0 ? text.length : nl);
  return fold(line) === fold(title) ? (nl < 0 ? text.length : nl + 1) : 0;
}

/** Quotations long enough to be statements rather than titles or scare quotes. */
function isSignificant(text: string, q: QuoteSpan): boolean {
  if (q.end - q.start > 400) return true; // long enough to be speech whatever its case
  const content = text.slice(q.start, q.end);
  if (countWords(content) < 4) return false;
  // Title Case ("Les Fleuves Ne Dorment Jamais", "The Silver Fox of Turin") marks a title or a nickname.
  const long = content.split(/[\s,.;:!?'’()«»“”"-]+/).filter((w) => w.length > 3);
  const capitalised = long.filter((w) => w[0] !== w[0].toLowerCase()).length;
  return !(long.length >= 3 && capitalised / long.length > 0.7);
}

/** The sentence opens with an impersonal pronoun phrase ("il y a", "il faut", "il s’agit"). */
function opensImpersonally(tokens: Token[], lex: LangLexicon): boolean {
  return lex.impersonalOpenings.some((p) => p.every((w, i) => tokens[i] && !tokens[i].inQuote && tokens[i].norm === w));
}

interface Output {
  draft: Draft;
  entity: Entity | null;
  mention: Span | null;
  sentence: number;
  paragraph: number;
}

export function analyze(text: string, lang: string | null = null, title: string | null = null): Analysis {
  const raw = typeof text === 'string' ? text : '';
  const clean = cleanControls(raw);
  const from = bodyStart(clean, typeof title === 'string' ? title : null);
  const body = clean.slice(from);
  const code = chooseLanguage(body, lang);
  const words = countWords(body);
  const paragraphs = splitParagraphs(clean, from);
  const article = {
    isArticle: words >= 60 && paragraphs.length >= 2,
    title: typeof title === 'string' ? title : null,
    confidence: Math.round(Math.max(0, Math.min(1, (words - 60) / 340)) * 100) / 100,
    words,
  };
  const lex = lexiconFor(code);
  if (!lex || !words) return { lang: code, article, quotes: [], speakers: [] };
  const quotes = findQuotes(clean, paragraphs);
  const sentences = splitSentences(clean, paragraphs, quotes, lex.elisions);
  const { outputs, known } = attribute(clean, lex, quotes, sentences);
  return assemble(raw, code, lex, article, outputs, known);
}

function attribute(text: string, lex: LangLexicon, quotes: QuoteSpan[], sentences: Sentence[]): { outputs: Output[]; known: Entity[] } {
  const registry = new EntityRegistry(lex);
  const significant = (q: QuoteSpan) => isSignificant(text, q);
  const finder = new StatementFinder(lex, text, quotes, significant);
  // A surname that is also a word ("Park", "Stone") still names the person once the article has named them.
  finder.mentions.knownSurnames = registry.surnames;
  const outputs: Output[] = [];
  let previous: Output | null = null;

  const overlaps = (d: Draft) => {
    for (let i = outputs.length - 1; i >= 0 && i >= outputs.length - 8; i--) {
      const o = outputs[i].draft;
      const inter = Math.min(o.end, d.end) - Math.max(o.start, d.start);
      if (inter > 0 && inter > 0.5 * Math.min(o.end - o.start, d.end - d.start)) return true;
    }
    return false;
  };

  const marks = {
    isOpen: (t: Token) => t.quote >= 0 && quotes[t.quote].open === t.start,
    isClose: (t: Token) => t.quote >= 0 && quotes[t.quote].close === t.start,
  };
  const qa = interviewLabels(sentences, lex, finder);
  sentences.forEach((s, si) => {
    const label = qa.get(s.paragraph);
    if (label) {
      // A Q&A transcript: the interviewer's paragraphs say nothing; each answer is one statement.
      if (label.speaker && label.first === si) {
        const d: Draft = { start: label.contentStart, end: label.contentEnd, kind: 'direct', cue: null, source: { type: 'mention', mention: label.speaker }, via: null, first: 0, last: 0, anonymous: false };
        const entity = registry.resolve(label.speaker, si, null, previous?.entity ?? null);
        const out: Output = { draft: d, entity, mention: { text: text.slice(label.speaker.start, label.speaker.end), start: label.speaker.start, end: label.speaker.end }, sentence: si, paragraph: s.paragraph };
        outputs.push(out);
        if (entity) {
          entity.count++;
          entity.words += countWords(text.slice(d.start, d.end));
        }
        previous = out;
      }
      return;
    }
    // "Ostrava, the Leeds-based maker of…, has halted…, the company said": a lone name that an
    // apposition calls an organization is known before this sentence's stand-ins are resolved.
    for (let i = 0; i + 2 < s.tokens.length && i < 3; i++) {
      if (s.tokens[i + 1].text !== ',' || !s.tokens[i].cap || s.tokens[i].inQuote) continue;
      const app = finder.mentions.appositionAt(s.tokens, i + 2);
      const m = app && app.cls === 'organization' ? finder.mentions.parseSegment(s.tokens, i, i + 1) : null;
      if (m && m.type === 'name') registry.nameEntity(m.name, app, si);
    }
    const drafts = finder.find(s, findCues(s.tokens, lex, marks));
    let sameSentence: Entity | null = null;
    const anonymousSentence = s.tokens.some((t) => !t.inQuote && lex.anonymityMarkers.has(t.norm));
    const usedMentions: Span[] = [];
    for (const d of drafts) {
      if (overlaps(d)) continue;
      let entity: Entity | null = null;
      let mention: Span | null = null;
      if (d.source.type === 'mention') {
        const m = d.source.mention;
        entity = registry.resolve(m, si, sameSentence, previous?.entity ?? null);
        if (m.type === 'name' && hintsOrganization(s.tokens, m.end, d.first, lex)) registry.guessOrganization(entity);
        mention = { text: text.slice(m.start, m.end), start: m.start, end: m.end };
        usedMentions.push(mention);
        if (entity && m.type === 'descriptor' && (d.anonymous || anonymousSentence) && entity.count === 0) entity.kind = 'anonymous';
      } else if (d.source.type === 'inherit') {
        entity = sameSentence ?? previous?.entity ?? null;
      }
      if (d.source.type === 'none' && !entity) continue;
      const out: Output = { draft: d, entity, mention, sentence: si, paragraph: s.paragraph };
      outputs.push(out);
      if (entity) {
        entity.count++;
        entity.words += countWords(text.slice(d.start, d.end)) + (d.tail ? countWords(text.slice(d.tail.start, d.tail.end)) : 0);
        sameSentence = entity;
      }
      previous = out;
    }
    // "Elle sourit. « Par accident… »": a quotation standing alone after a sentence about someone.
    let about: Entity | null = null;
    if ((!previous?.entity || s.paragraph - previous.paragraph > 1) && si > 0 && sentences[si - 1].paragraph === s.paragraph) {
      const m = finder.clauseSubject(sentences[si - 1]);
      const e = m && (m.type === 'pronoun' || m.type === 'name') ? registry.resolve(m, si - 1, null, previous?.entity ?? null) : null;
      if (e && e.kind === 'person') about = e;
    }
    continuationQuotes(text, s, si, quotes, significant, outputs, previous, about);
    if (outputs.length && outputs[outputs.length - 1] !== previous && outputs[outputs.length - 1].sentence === si) previous = outputs[outputs.length - 1];
    // Remember the people this sentence names, as antecedents for the next pronoun.
    usedMentions.sort((x, y) => x.start - y.start);
    let u = 0;
    const runs = finder.mentions.nameRuns(s.tokens, 0, s.tokens.length);
    const reportsNothing = !outputs.length || outputs[outputs.length - 1].sentence !== si;
    if (reportsNothing) {
      // "Elle a rencontré Isabelle Ferrand. Elle a expliqué…": a pronoun subject keeps its person the subject.
      const lead = s.tokens[0];
      const entry = lead && !lead.inQuote ? lex.pronouns.get(lead.norm) : undefined;
      if (entry && !entry.latest && !opensImpersonally(s.tokens, lex)) {
        registry.noteSubject(registry.resolvePronoun(lead.norm, si, null, previous?.entity ?? null), si);
      }
      // "Trois associations locales, A, B et C, ont publié une lettre. Elles y dénoncent…": a plural group opening the sentence.
      const group = entry ? null : finder.mentions.openingGroup(s.tokens);
      if (group) registry.noteSubject(registry.resolve(group, si, null, null), si);
    }
    for (const [a, b] of runs) {
      const start = s.tokens[a].start;
      while (u < usedMentions.length && usedMentions[u].end <= start) u++;
      if (u < usedMentions.length && usedMentions[u].start <= start) continue;
      const isSubject = reportsNothing && finder.mentions.opensSentence(s.tokens, a);
      // A lone capitalised word is only worth remembering when it names someone already known,
      // or when an apposition says it is an organization ("Ostrava, the Leeds-based maker of…,").
      if (b - a === 1 && !lex.titles.has(s.tokens[a].norm)) {
        const known = registry.noteKnown(s.tokens[a], si);
        if (isSubject) registry.noteSubject(known, si);
        continue;
      }
      const m = finder.mentions.parseSegment(s.tokens, a, b);
      if (m && m.type === 'name') {
        const e = registry.notePerson(m.name, si, finder.mentions.roleAround(s.tokens, a, b, m));
        if (isSubject) registry.noteSubject(e, si);
      }
    }
    // Organizations named together outside any cue ("A, B et le collectif C ont publié…"): one group for a later "elles".
    for (let r = 0; r + 1 < runs.length; r++) {
      // Cheap test first: the next run must follow within a few glue words.
      if (runs[r + 1][0] - runs[r][1] > 4 || runs[r + 1][0] === runs[r][1]) continue;
      let a = runs[r][0];
      while (a > 0 && (lex.definite.has(s.tokens[a - 1].norm) || lex.organizationNouns.has(s.tokens[a - 1].norm))) a--;
      for (let q = Math.min(runs.length - 1, r + 5); q > r; q--) {
        const g = finder.mentions.organizationGroup(s.tokens, a, runs[q][1]);
        if (g && g.type === 'name' && !usedMentions.some((u) => u.start <= g.start && g.start < u.end)) {
          registry.nameEntity(g.name, null, si);
          r = q;
          break;
        }
      }
    }
    // Named institutions outside any cue ("la préfecture du Lot a interdit…"), for a later "la préfecture a précisé".
    for (const d of finder.mentions.namedOrganizations(s.tokens)) {
      if (!usedMentions.some((u) => u.start <= d.start && d.start < u.end)) registry.noteOrganization(d, si);
    }
    // Documents described in full ("a publié son rapport annuel sur…"), for a later "Le rapport relève".
    if (reportsNothing) for (const d of finder.mentions.documentMentions(s.tokens)) registry.noteDocument(d, si);
  });
  return { outputs, known: registry.entities };
}

/** "X said its…", "X said it…", "X, which…": words after a name that speak of it as a thing. */
function hintsOrganization(tokens: Token[], nameEnd: number, contentFirst: number, lex: LangLexicon): boolean {
  if (!lex.organizationHints.size) return false;
  const first = tokens[contentFirst];
  if (first && first.word && !first.inQuote && lex.organizationHints.has(first.norm)) return true;
  // "X said it had removed the jars from its shelves": "it" alone is too often a dummy ("said it was time").
  if (first && lex.pronouns.get(first.norm)?.neuter) {
    for (let k = contentFirst + 1; k < tokens.length && k < contentFirst + 12; k++) if (!tokens[k].inQuote && lex.organizationHints.has(tokens[k].norm) && !lex.relatives.has(tokens[k].norm)) return true;
  }
  const k = tokens.findIndex((t) => t.start >= nameEnd);
  return k >= 0 && tokens[k].text === ',' && !!tokens[k + 1] && lex.relatives.has(tokens[k + 1].norm) && lex.organizationHints.has(tokens[k + 1].norm);
}

interface Label {
  /** null for the interviewer's own paragraphs. */
  speaker: Mention | null;
  first: number;
  contentStart: number;
  contentEnd: number;
}

/**
 * Q&A transcripts label each paragraph with its speaker ("Q:", "Alvarado:"). A paragraph
 * label counts only when the article reads as a transcript: an interviewer label appears,
 * or the same speaker label opens two paragraphs. A lone "Paris :" dateline does not.
 */
function interviewLabels(sentences: Sentence[], lex: LangLexicon, finder: StatementFinder): Map<number, Label> {
  const found = new Map<number, { key: string; interviewer: boolean; colon: number; si: number }>();
  const counts = new Map<string, number>();
  let interviewer = false;
  sentences.forEach((s, si) => {
    if (found.has(s.paragraph) || (si > 0 && sentences[si - 1].paragraph === s.paragraph)) return;
    const t = s.tokens;
    let k = 0;
    while (k < t.length && k < 4 && t[k].word && t[k].cap && !t[k].inQuote) k++;
    if (k === 0 || t[k]?.text !== ':') return;
    const key = fold(t.slice(0, k).map((x) => x.text).join(' '));
    const isInterviewer = k === 1 && lex.interviewerLabels.has(t[0].norm);
    interviewer ||= isInterviewer;
    found.set(s.paragraph, { key, interviewer: isInterviewer, colon: k, si });
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const out = new Map<number, Label>();
  for (const [paragraph, f] of found) {
    if (!interviewer && (counts.get(f.key) ?? 0) < 2) continue;
    if (f.interviewer) {
      out.set(paragraph, { speaker: null, first: f.si, contentStart: 0, contentEnd: 0 });
      continue;
    }
    const s = sentences[f.si];
    const speaker = finder.mentions.parseSegment(s.tokens, 0, f.colon);
    if (!speaker || speaker.type === 'pronoun') continue;
    let last = f.si;
    while (last + 1 < sentences.length && sentences[last + 1].paragraph === paragraph) last++;
    const contentStart = s.tokens[f.colon + 1]?.start ?? s.end;
    out.set(paragraph, { speaker, first: f.si, contentStart, contentEnd: sentences[last].end });
  }
  return out;
}

/**
 * A whole-sentence quotation with no cue of its own, right after a quoted source, continues
 * that source's words ("«…», a-t-il dit. «…»"): the usual way news stacks quotes.
 */
function continuationQuotes(text: string, s: Sentence, si: number, quotes: QuoteSpan[], significant: (q: QuoteSpan) => boolean, outputs: Output[], previous: Output | null, about: Entity | null) {
  const recent = !!previous?.entity && s.paragraph - previous.paragraph <= 1 && si - previous.sentence <= 3;
  const speaker = recent ? previous!.entity! : about;
  if (!speaker) return;
  const sentenceWords = countWords(text.slice(s.start, s.end));
  for (const t of s.tokens) {
    if (t.quote < 0 || quotes[t.quote].open !== t.start) continue;
    const q = quotes[t.quote];
    if (!significant(q) || q.close < 0) continue;
    let taken = false;
    for (let i = outputs.length - 1; i >= 0 && i >= outputs.length - 8; i--) if (outputs[i].draft.start < q.end && q.start < (outputs[i].draft.tail?.end ?? outputs[i].draft.end)) taken = true;
    if (taken) continue;
    const qWords = countWords(text.slice(q.start, q.end));
    if (qWords < 0.6 * sentenceWords) continue;
    const entity = speaker;
    // "“A,” she said. “B.”" in one paragraph: B finishes the statement A began (one cue, one
    // statement); the span stays on A so that the cue between them is not tinted.
    if (recent && previous && previous.paragraph === s.paragraph && previous.draft.kind === 'direct' && si - previous.sentence <= 1 && (previous.draft.tail?.end ?? previous.draft.end) < q.start) {
      previous.draft.tail = { start: q.start, end: q.end };
      entity.words += qWords;
      continue;
    }
    if (qWords < 5) continue;
    outputs.push({
      draft: { start: q.start, end: q.end, kind: 'direct', cue: null, source: { type: 'inherit' }, via: null, first: 0, last: 0, anonymous: false },
      entity,
      mention: null,
      sentence: si,
      paragraph: s.paragraph,
    });
    entity.count++;
    entity.words += qWords;
  }
}

function assemble(text: string, lang: string, lex: LangLexicon, article: Analysis['article'], outputs: Output[], known: Entity[]): Analysis {
  // The holder of a role may be named only outside any statement ("X, the transport secretary, met…"): every known source counts.
  const merged = mergeRolesIntoNames(known, lex);
  for (const o of outputs) if (o.entity && merged.has(o.entity)) o.entity = merged.get(o.entity)!;
  const entities = [...new Set(outputs.map((o) => o.entity).filter((e): e is Entity => !!e))];
  const { speakers, idMap } = buildSpeakers(entities, lex.anonymousSpeaker);
  outputs.sort((a, b) => a.draft.start - b.draft.start);
  // A statement resumed after its cue ends its span on the first part: drop the comma that led into the cue.
  for (const o of outputs) if (o.draft.tail) while (o.draft.end - 1 > o.draft.start && /[\s,]/.test(text[o.draft.end - 1])) o.draft.end--;
  const quotes: Quote[] = outputs.map((o, i) => ({
    id: `q${i + 1}`,
    start: o.draft.start,
    end: o.draft.end,
    text: text.slice(o.draft.start, o.draft.end),
    kind: o.draft.kind,
    // Spans were read on the cleaned text; their words are given as the caller's text has them.
    cue: o.draft.cue && { ...o.draft.cue, text: text.slice(o.draft.cue.start, o.draft.cue.end) },
    mention: o.mention && { ...o.mention, text: text.slice(o.mention.start, o.mention.end) },
    speakerId: o.entity ? idMap.get(o.entity.id) ?? null : null,
    via: o.draft.via,
  }));
  return { lang, article, quotes, speakers };
}
