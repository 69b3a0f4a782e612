/**
 * What compromise knows about single words: first names with their gender, places,
 * organizations. We read the lexicons of English `compromise` and French `fr-compromise`
 * (kept as separate instances) instead of running a full parse: a word look-up is all
 * the engine needs from them, and it costs nothing per sentence.
 */
import nlp from 'compromise';
import frNlp from 'fr-compromise';

type Tags = string | string[] | undefined;

let enLex: Record<string, Tags> | null = null;
let frLex: Record<string, Tags> | null = null;

function lexicons(): [Record<string, Tags>, Record<string, Tags>] {
  if (!enLex) enLex = (nlp as unknown as { model(): { one: { lexicon: Record<string, Tags> } } }).model().one.lexicon;
  if (!frLex) frLex = (frNlp as unknown as { model(): { one: { lexicon: Record<string, Tags> } } }).model().one.lexicon;
  return [enLex, frLex];
}

const has = (tags: Tags, tag: string) => (Array.isArray(tags) ? tags.includes(tag) : tags === tag);

export interface WordInfo {
  firstName: 'm' | 'f' | '?' | null;
  lastName: boolean;
  place: boolean;
  organization: boolean;
  /** Known as an ordinary word (verb, adjective, noun…), so capitalised only by position. */
  common: boolean;
}

const cache = new Map<string, WordInfo>();
const NAME_TAGS = ['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'City', 'Country', 'Place', 'Region', 'Organization', 'SportsTeam', 'ProperNoun'];

export function wordInfo(word: string): WordInfo {
  const w = word.toLowerCase();
  const hit = cache.get(w);
  if (hit) return hit;
  const [en, fr] = lexicons();
  const tags = [en[w], fr[w]];
  const any = (tag: string) => tags.some((t) => has(t, tag));
  const info: WordInfo = {
    firstName: any('MaleName') ? 'm' : any('FemaleName') ? 'f' : any('FirstName') ? '?' : null,
    lastName: any('LastName'),
    place: any('City') || any('Country') || any('Place') || any('Region'),
    organization: any('Organization') || any('SportsTeam'),
    common: tags.some((t) => t !== undefined && !NAME_TAGS.some((n) => has(t, n))),
  };
  // Both lexicons disagree on a few names (e.g. "Jean" is a noun in English): the French one wins for French first names.
  if (info.firstName === null && (has(fr[w], 'MaleName') || has(fr[w], 'FemaleName'))) info.firstName = has(fr[w], 'MaleName') ? 'm' : 'f';
  if (cache.size < 50_000) cache.set(w, info);
  return info;
}
