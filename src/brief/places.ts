// Places that aligned sentences give for the same happening: "met in Geneva" vs "met in
// Vienna". Only a place named right after the same word ("met in", "talks in") counts, so
// "state media in X" is never taken for where the event happened; a city and the country
// it lies in agree.
import { loadGazetteer } from '../analyze/entities/gazetteer.ts';
import { shareGroup, type UnitGroup } from './align.ts';
import { contentStems } from './tokens.ts';
import type { Conflict } from './types.ts';
import { cite, isProse, type EventText, type Unit } from './units.ts';

interface PlaceMention {
  unit: Unit;
  id: string;
  text: string;
  head: string; // stem of the word before "in"/"at": what happened there
}

function placesOf(ev: EventText, u: Unit): PlaceMention[] {
  const it = ev.items[u.item]!;
  const text = it.article.text;
  const out: PlaceMention[] = [];
  for (const e of it.analysis.entities) {
    if (e.type !== 'place') continue;
    for (const m of e.mentions) {
      if (m.start < u.start || m.end > u.end) continue;
      const before = text.slice(Math.max(u.start, m.start - 60), m.start);
      const hit = before.match(/([\p{L}'’-]+)\s+(?:in|at)\s+(?:the\s+)?(?:\p{L}+\s+){0,2}$/u);
      if (!hit) continue;
      const head = contentStems(hit[1]!)[0];
      if (head) out.push({ unit: u, id: e.id, text: m.text, head });
    }
  }
  return out;
}

function compatiblePlaces(a: string, b: string): boolean {
  if (a === b) return true;
  const gaz = loadGazetteer();
  const A = gaz.byId.get(a);
  const B = gaz.byId.get(b);
  if (!A || !B) return true; // unknown places: cannot tell whether one holds the other
  if (A.kind === 'region' || B.kind === 'region') return true;
  if (A.country === b || B.country === a) return true;
  return false;
}

export function comparePlaces(ev: EventText, groups: UnitGroup[], index: Map<number, number[]>): Conflict[] {
  const out: Conflict[] = [];
  const seen = new Set<string>();
  for (const g of groups) {
    if (new Set(g.units.map((u) => u.source.key)).size < 2) continue;
    const lists = g.units.filter(isProse).map((u) => placesOf(ev, u));
    const places = lists.filter((l) => l.length === 1).map((l) => l[0]!);
    for (let i = 0; i < places.length; i++)
      for (let j = i + 1; j < places.length; j++) {
        const x = places[i]!;
        const y = places[j]!;
        if (x.unit.source.key === y.unit.source.key || x.head !== y.head) continue;
        if (!shareGroup(index, x.unit.i, y.unit.i) || compatiblePlaces(x.id, y.id)) continue;
        const key = [x.unit.i, y.unit.i].sort().join('-');
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          id: '',
          kind: 'place',
          measure: `where it happened ("${x.head}" in/at …)`,
          sides: [x, y].map((p) => ({ text: p.text, sources: [p.unit.source.name], citations: [cite(p.unit)] })),
          note: 'sentences that report the same thing name different places',
        });
      }
  }
  return out;
}
