// Distinct outlets of an event's articles, and its article count (duplicates count once).
import type { Event } from '../../types.ts';
import type { Store } from '../../store/store.ts';

export function eventCoverage(store: Store, e: Event): { count: number; outlets: string[] } {
  const outlets = new Set<string>();
  let count = 0;
  for (const id of e.article_ids) {
    const a = store.article(id);
    if (!a) continue;
    if (!a.duplicate_of) count++;
    if (a.outlet?.name) outlets.add(a.outlet.name);
  }
  return { count, outlets: [...outlets].sort() };
}

/** An event as `parallax events --json` and the HTTP API list it: the event, its date label, article count and outlets. */
export function eventRecord(store: Store, e: Event) {
  const { count, outlets } = eventCoverage(store, e);
  return { ...e, date_label: e.date.label, article_count: count, outlets };
}
