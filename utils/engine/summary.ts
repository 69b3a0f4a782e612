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

export function buildSpeakers(entities: Entity[]): { speakers: Speaker[]; idMap: Map<string, string> } {
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
  return { speakers, idMap };
}
