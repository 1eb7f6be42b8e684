// The protagonists and place of an event: entities most of its articles mention, favouring
// the lead (first sentences), where news states who did what where.
import type { ArticleWithAnalysis, EntityType } from '../types.ts';
import { eventPlaces } from './places.ts';

export interface CoreEntities {
  persons: string[]; // ids, most prominent first
  places: string[];
  others: string[]; // organisations and other named things
  names: Map<string, string>; // id -> canonical name
  types: Map<string, EntityType>;
}

const LEAD_SENTENCES = 3;

export function coreEntities(items: ArticleWithAnalysis[]): CoreEntities {
  const n = items.length;
  const stats = new Map<string, { type: EntityType; name: string; arts: number; mentions: number; lead: number }>();
  for (const it of items) {
    for (const e of it.analysis?.entities ?? []) {
      let s = stats.get(e.id);
      if (!s) stats.set(e.id, (s = { type: e.type, name: e.name, arts: 0, mentions: 0, lead: 0 }));
      s.arts++;
      s.mentions += e.mentions.length;
      if (e.mentions.some((m) => m.sentence < LEAD_SENTENCES)) s.lead++;
    }
  }
  const scored = [...stats.entries()]
    .map(([id, s]) => ({ id, ...s, share: s.arts / n, score: s.arts / n + (0.5 * s.lead) / n + Math.min(1, s.mentions / (3 * n)) * 0.25 }))
    // Core: in at least half the articles, and (for one-article events) repeated or in the lead.
    .filter((s) => s.share >= 0.5 && (n > 1 || s.mentions >= 2 || s.lead > 0))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const out: CoreEntities = { persons: [], places: [], others: [], names: new Map(), types: new Map() };
  for (const s of scored) {
    out.names.set(s.id, s.name);
    out.types.set(s.id, s.type);
    if (s.type === 'person') out.persons.push(s.id);
    else if (s.type !== 'place') out.others.push(s.id);
  }
  // The event's place: where at least half its articles put it (specific places, see places.ts).
  const placed = new Map<string, number>();
  for (const it of items) for (const p of eventPlaces(it).event) placed.set(p, (placed.get(p) ?? 0) + 1);
  for (const [p, c] of [...placed.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    if (c / n < 0.5) continue;
    out.places.push(p);
    out.names.set(p, stats.get(p)?.name ?? p);
    out.types.set(p, 'place');
  }
  return out;
}
