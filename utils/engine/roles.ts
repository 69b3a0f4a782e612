/**
 * A role met before its holder's name: "The supplier's chief executive said… The chief
 * executive, Nora Vance, …", "La directrice de l'usine a affirmé… Claire Martin, directrice
 * de l'usine, …". While reading, the role-only source cannot know the name that comes later;
 * once the article is read, a role-only person whose role the article binds to exactly one
 * named person is that person.
 */
import type { LangLexicon } from '../lang/types';
import { type Entity, stripDeterminer } from './entities';
import { fold } from './text';

/** The words of a role as compared: folded, without determiner or possessive ending. */
function roleWords(role: string, lex: LangLexicon): string[] {
  return fold(stripDeterminer(role, lex))
    .replace(/['’]s\b/g, '')
    .split(/[\s'’]+/)
    .filter(Boolean);
}

/** Role nouns folded like the role words they are compared with ("présidente" → "presidente"). */
const foldedRoles = new WeakMap<LangLexicon, Set<string>>();
function roleNouns(lex: LangLexicon): Set<string> {
  let set = foldedRoles.get(lex);
  if (!set) {
    set = new Set([...lex.roleNouns].map((w) => fold(w)));
    foldedRoles.set(lex, set);
  }
  return set;
}

/** One role is the other or the other with a possessor or complement ("chief executive" / "supplier's chief executive"). */
function sameRole(a: string[], b: string[], lex: LangLexicon): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const roles = roleNouns(lex);
  if (!short.length || !short.some((w) => roles.has(w) || roles.has(w.replace(/s$/, '')))) return false;
  const at = (off: number) => short.every((w, i) => long[off + i] === w);
  if (at(0) || at(long.length - short.length)) return true;
  // "Acme's chief executive" / "chief executive of Acme": the same words around a preposition.
  const content = (ws: string[]) => [...new Set(ws.filter((w) => !lex.prepositions.has(w) && !lex.nameParticles.has(w) && !lex.definite.has(w)))].sort().join(' ');
  return content(short) === content(long);
}

/** Role-only person sources folded into the one named person holding that role; returns old → new. */
export function mergeRolesIntoNames(entities: Entity[], lex: LangLexicon): Map<Entity, Entity> {
  const merged = new Map<Entity, Entity>();
  const named = entities.filter((e) => e.kind === 'person' && e.keys.length > 0 && !e.plural);
  for (const e of entities) {
    if (e.kind !== 'person' || e.keys.length > 0 || e.plural || !e.role) continue;
    const mine = roleWords(e.role, lex);
    const holders = named.filter((n) => [n.role, ...n.descriptors].some((r) => !!r && sameRole(mine, roleWords(r, lex), lex)));
    // Two named holders of the role ("the two ministers"): no telling which one spoke.
    if (holders.length !== 1) continue;
    const target = holders[0];
    if (e.gender && target.gender && e.gender !== target.gender) continue;
    target.count += e.count;
    target.words += e.words;
    target.order = Math.min(target.order, e.order);
    for (const n of e.names) if (!target.descriptors.includes(n)) target.descriptors.push(n);
    merged.set(e, target);
  }
  return merged;
}
