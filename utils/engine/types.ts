/**
 * The Analysis: what the engine returns, the popup shows and the CLI prints.
 * Shape agreed in shared/DESIGN.md; plain data so it crosses extension messages as JSON.
 */

export type QuoteKind = 'direct' | 'indirect' | 'mixed' | 'according-to';
export type Tone = 'neutral' | 'loaded';
export type SpeakerKind = 'person' | 'organization' | 'anonymous' | 'document' | 'unknown';

export interface Span {
  text: string;
  /** UTF-16 offsets into the analysed text. */
  start: number;
  end: number;
}

export interface Cue extends Span {
  tone: Tone;
}

export interface Quote {
  id: string;
  /** UTF-16 offsets of the statement's content in the analysed text. */
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  cue: Cue | null;
  /** The words that name the source here ("he", "le ministre", "Choïgou"). */
  mention: Span | null;
  /** null when the statement has no identifiable source. */
  speakerId: string | null;
  /** Relaying channel: "cité par le ministère…", "told Reuters". */
  via: string | null;
}

export interface Speaker {
  id: string;
  /** The fullest name the article gives. */
  name: string;
  /** Other names and descriptors used for the same source. */
  aliases: string[];
  kind: SpeakerKind;
  role: string | null;
  /** ISO 3166-1 alpha-2, when the article says it. */
  country: string | null;
  /** Attributed statements. */
  count: number;
  /** Words inside those statements. */
  words: number;
}

export interface ArticleInfo {
  isArticle: boolean;
  title: string | null;
  confidence: number;
  words: number;
  /** Only with --with-text in the CLI: the exact text that the offsets index. */
  text?: string;
}

export interface Analysis {
  lang: string;
  article: ArticleInfo;
  /** In text order. */
  quotes: Quote[];
  /** Most quoted first. */
  speakers: Speaker[];
}
