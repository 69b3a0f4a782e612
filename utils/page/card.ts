import type { Analysis, Quote, QuoteKind, Speaker, Tone } from '../engine/types';
import type { Scheme } from './palette';

/**
 * The hover card: what it says (a plain model, testable without a DOM) and how it is built.
 * Every string that comes from the page or the engine is set with textContent: a speaker
 * named `<img onerror=…>` shows those characters, it never becomes markup.
 */

/** UI words, from i18n in the extension and from a stub in tests. */
export interface CardStrings {
  unattributed: string;
  anonymous: string;
  named: string;
  kind: Record<QuoteKind, string>;
  tone: Record<Tone, string>;
  cue: (verb: string, tone: string) => string;
  statements: (count: number) => string;
  via: (channel: string) => string;
  /** ISO 3166-1 alpha-2 → a country name in the UI language. */
  country: (code: string) => string;
}

export interface CardModel {
  quoteId: string;
  speakerId: string | null;
  /** Speaker name, or the "unattributed" label. */
  title: string;
  /** Role and country, when known. */
  subtitle: string | null;
  /** Kind of statement · named or anonymous. */
  facts: string;
  cue: string | null;
  count: string | null;
  via: string | null;
  anonymous: boolean;
}

/** Longest text we put on a line: a card is a glance, and a page can hold anything. */
const MAX_LINE = 160;
function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_LINE ? `${flat.slice(0, MAX_LINE - 1)}…` : flat;
}

export function cardModel(quote: Quote, analysis: Pick<Analysis, 'speakers'>, strings: CardStrings): CardModel {
  const speaker: Speaker | null =
    quote.speakerId == null ? null : analysis.speakers.find((s) => s.id === quote.speakerId) ?? null;
  const anonymous = !speaker || speaker.kind === 'anonymous';
  const where = [speaker?.role, speaker?.country ? strings.country(speaker.country) : null].filter(
    (part): part is string => !!part && part.trim().length > 0,
  );
  const source = !speaker ? strings.unattributed : anonymous ? strings.anonymous : strings.named;
  return {
    quoteId: quote.id,
    speakerId: speaker?.id ?? null,
    title: clip(speaker?.name || quote.mention?.text || strings.unattributed),
    subtitle: where.length ? clip(where.join(' · ')) : null,
    facts: `${strings.kind[quote.kind] ?? quote.kind} · ${source}`,
    cue: quote.cue ? clip(strings.cue(quote.cue.text, strings.tone[quote.cue.tone] ?? quote.cue.tone)) : null,
    count: speaker ? strings.statements(speaker.count) : null,
    via: quote.via ? clip(strings.via(quote.via)) : null,
    anonymous,
  };
}

/** The card's lines as shown, top to bottom. */
export function cardLines(model: CardModel): string[] {
  return [model.title, model.subtitle, model.facts, model.cue, model.count, model.via].filter(
    (line): line is string => line != null,
  );
}

const COLOURS: Record<Scheme, { bg: string; fg: string; muted: string; border: string }> = {
  light: { bg: '#ffffff', fg: '#1b1b1b', muted: '#555555', border: 'rgba(0,0,0,0.18)' },
  dark: { bg: '#1f2124', fg: '#f1f1f1', muted: '#b4b4b4', border: 'rgba(255,255,255,0.22)' },
};

/**
 * Build the card element in `doc`. Styles are set through the CSSOM (style.cssText), which
 * a page's Content-Security-Policy does not block, unlike a <style> element.
 */
export function renderCard(doc: Document, model: CardModel, scheme: Scheme, lang: string): HTMLElement {
  const colours = COLOURS[scheme];
  const card = doc.createElement('div');
  card.setAttribute('role', 'tooltip');
  card.setAttribute('lang', lang);
  card.style.cssText =
    `position: fixed; left: 0; top: 0; box-sizing: border-box; max-width: 340px; min-width: 180px; ` +
    `padding: 10px 12px; border-radius: 8px; border: 1px solid ${colours.border}; ` +
    `background: ${colours.bg}; color: ${colours.fg}; box-shadow: 0 4px 18px rgba(0,0,0,0.25); ` +
    `font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: start; ` +
    `pointer-events: none; white-space: normal; overflow-wrap: anywhere; color-scheme: ${scheme};`;
  const line = (text: string | null, css: string) => {
    if (text == null) return;
    const el = doc.createElement('div');
    el.textContent = text;
    el.style.cssText = css;
    card.append(el);
  };
  line(model.title, `font-weight: 600; font-size: 14px;${model.anonymous ? ' font-style: italic;' : ''}`);
  line(model.subtitle, `color: ${colours.muted};`);
  line(model.facts, 'margin-top: 4px;');
  line(model.cue, '');
  line(model.count, `color: ${colours.muted};`);
  line(model.via, `color: ${colours.muted}; font-style: italic;`);
  return card;
}
