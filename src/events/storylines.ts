// Storylines: events that share their protagonists, linked over time (union of linked pairs),
// events in timeline order.
import type { Event, Storyline } from '../types.ts';
import type { CoreEntities } from './core-entities.ts';
import { stableId } from './ids.ts';
import { byTimeline } from './order.ts';

/** Two events continue one story when they share two protagonists, or one plus a place/organisation. */
export function sameStory(a: CoreEntities, b: CoreEntities): boolean {
  const persons = a.persons.filter((p) => b.persons.includes(p)).length;
  if (persons >= 2) return true;
  if (persons === 0) return false;
  const others = [...a.others, ...a.places].filter((x) => b.others.includes(x) || b.places.includes(x)).length;
  return others >= 1;
}

export function linkStorylines(events: Event[], cores: Map<string, CoreEntities>): Storyline[] {
  const parent = new Map(events.map((e) => [e.id, e.id]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) {
      parent.set(x, parent.get(parent.get(x)!)!);
      x = parent.get(x)!;
    }
    return x;
  };
  // Only compare events that share a core person (an index keeps this near-linear).
  const byPerson = new Map<string, string[]>();
  for (const e of events) for (const p of cores.get(e.id)?.persons ?? []) (byPerson.get(p) ?? byPerson.set(p, []).get(p)!).push(e.id);
  for (const ids of byPerson.values()) {
    if (ids.length > 200) continue; // a ubiquitous person is not a storyline on their own
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        if (find(ids[i]!) === find(ids[j]!)) continue;
        if (sameStory(cores.get(ids[i]!)!, cores.get(ids[j]!)!)) parent.set(find(ids[i]!), find(ids[j]!));
      }
  }
  const groups = new Map<string, Event[]>();
  for (const e of events) (groups.get(find(e.id)) ?? groups.set(find(e.id), []).get(find(e.id))!).push(e);
  const out: Storyline[] = [];
  for (const evs of groups.values()) {
    if (evs.length < 2) continue;
    evs.sort(byTimeline);
    const ids = evs.map((e) => e.id);
    const count = new Map<string, number>();
    for (const e of evs) for (const x of e.entity_ids) count.set(x, (count.get(x) ?? 0) + 1);
    const names = new Map<string, string>();
    for (const e of evs) for (const [k, v] of cores.get(e.id)?.names ?? []) names.set(k, v);
    const people = new Set(evs.flatMap((e) => cores.get(e.id)?.persons ?? []));
    const shared = [...count.entries()]
      .filter(([, c]) => c >= Math.max(2, Math.ceil(evs.length / 2)))
      .sort((a, b) => Number(people.has(b[0])) - Number(people.has(a[0])) || b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k]) => k);
    const titleIds = shared.filter((k) => people.has(k)).slice(0, 3);
    const title = (titleIds.length ? titleIds : shared.slice(0, 2)).map((k) => names.get(k) ?? k).join(' – ');
    out.push({ id: stableId('st', ids), title: title || evs[0]!.title, event_ids: ids, entity_ids: shared });
  }
  return out;
}
