/** The speaker table: one row per source that has at least one statement, most quoted first. */
import type { Entity } from './entities';
import type { Speaker } from './types';
import { countWords, fold } from './text';

/** The fullest name: most words, then most letters, then first seen. */
function fullestName(e: Entity): string {
  let best = e.names[0] ?? e.descriptors[0] ?? 'unknown';
  for (const n of e.names) {
    const a = countWords(n);
    const b = countWords(best);
    if (a > b || (a === b && n.length > best.length)) best = n;
  }
  return best;
}

/**
 * All anonymous sources become one speaker ("Anonymous sources"), their descriptions kept as
 * aliases: a reader wants to know how much of the story rests on unnamed people, and no two
 * unnamed descriptions can be told apart or joined reliably.
 */
function groupAnonymous(entities: Entity[], label: string): { list: Entity[]; alias: Map<string, string> } {
  const anonymous = entities.filter((e) => e.kind === 'anonymous' && e.count > 0);
  const alias = new Map<string, string>();
  if (!anonymous.length) return { list: entities, alias };
  const group: Entity = { ...anonymous[0], id: `${anonymous[0].id}-anon`, names: [label], keys: [], descriptors: [], role: null, country: null, count: 0, words: 0 };
  for (const e of anonymous) {
    group.descriptors.push(...e.names, ...e.descriptors);
    group.count += e.count;
    group.words += e.words;
    group.order = Math.min(group.order, e.order);
    alias.set(e.id, group.id);
  }
  return { list: [...entities.filter((e) => e.kind !== 'anonymous'), group], alias };
}

export function buildSpeakers(all: Entity[], anonymousLabel: string): { speakers: Speaker[]; idMap: Map<string, string> } {
  const { list: entities, alias } = groupAnonymous(all, anonymousLabel);
  const quoted = entities.filter((e) => e.count > 0);
  quoted.sort((a, b) => b.count - a.count || b.words - a.words || a.order - b.order);
  const idMap = new Map<string, string>();
  const speakers = quoted.map((e, i) => {
    const id = `s${i + 1}`;
    idMap.set(e.id, id);
    const name = fullestName(e);
    const seen = new Set([fold(name)]);
    const aliases: string[] = [];
    for (const a of [...e.names, ...e.descriptors]) {
      const f = fold(a);
      if (!seen.has(f)) {
        seen.add(f);
        aliases.push(a);
      }
    }
    return { id, name, aliases, kind: e.kind, role: e.role, country: e.country, count: e.count, words: e.words };
  });
  for (const [from, to] of alias) idMap.set(from, idMap.get(to)!);
  return { speakers, idMap };
}
