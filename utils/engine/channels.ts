/**
 * Relaying channels: the outlet or medium a statement went through ("à l'AFP", "told
 * Reuters", "in a statement", "cité par le ministère…"). A channel is never the speaker.
 */
import { PLACES } from '../lang/places';
import type { CueHit } from './cues';
import { wordInfo } from './names';
import type { Token } from './segment';
import { fold, isAllCaps } from './text';
import { SentenceView } from './view';

export class ChannelReader extends SentenceView {
  /** A relaying channel at k: "à l'AFP", "to Reuters", "dans un communiqué", "in a statement". Returns its end or -1. */
  viaAt(tokens: Token[], k: number, end: number): number {
    for (const seq of this.lex.viaPhrases) {
      if (k + seq.length <= end && seq.every((w, j) => tokens[k + j].norm === w)) {
        let e = k + seq.length;
        // "in a statement from the ministry", "sur son compte X"
        if (tokens[e] && (tokens[e].norm === 'on' || tokens[e].cap) && tokens[e + 1]?.cap) e += 2;
        return e;
      }
    }
    const t = tokens[k];
    if (t && this.lex.viaPrepositions.has(t.norm) && (t.norm === 'à' || t.norm === 'to' || t.norm === 'au' || t.norm === 'aux')) {
      let j = k + 1;
      if (tokens[j] && this.lex.definite.has(tokens[j].norm)) j++;
      if (tokens[j] && this.lex.mediaNouns.has(tokens[j].norm)) j++;
      let e = j;
      // The outlet's name: capitalised words, but an acronym stands alone ("à l'AFP Marie Durand")
      // and a first name starts the next noun phrase.
      while (e < end && e < j + 4 && tokens[e].cap && tokens[e].word && !tokens[e].inQuote && !(e > j && wordInfo(tokens[e].text).firstName) && !(e > j && isAllCaps(tokens[j].text) && !isAllCaps(tokens[e].text))) e++;
      if (e > j) {
        // Media and agencies: an acronym ("à l'AFP"), a known organization, or a name after a media noun.
        const first = tokens[j];
        const named = tokens.slice(j, e).map((x) => x.text).join(' ');
        const media = isAllCaps(first.text) || wordInfo(first.text).organization || this.lex.mediaNouns.has(tokens[j - 1].norm);
        if (media && !PLACES.has(fold(named))) return e;
      }
    }
    return -1;
  }

  tellVia(tokens: Token[], h: CueHit): string | null {
    if (h.entry?.lemma !== 'tell') return null;
    const t = tokens[h.after];
    if (!t || !t.word) return null;
    let e = h.after;
    while (e < tokens.length && tokens[e].word && e < h.after + 4 && !(e > h.after && (this.lex.prepositions.has(tokens[e].norm) || this.lex.skippable.has(tokens[e].norm)))) e++;
    return `told ${this.text.slice(t.start, tokens[e - 1].end)}`;
  }

  relayText(tokens: Token[], h: CueHit): string {
    let e = h.after;
    while (e < tokens.length && tokens[e].text !== ',' && !this.isStrongStop(tokens[e]) && e < h.after + 10) e++;
    return this.text.slice(tokens[h.first].start, tokens[Math.max(e - 1, h.first)].end);
  }
}
