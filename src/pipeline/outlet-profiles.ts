// Glue: outlet profiles over every stored event — each event's brief (built, or taken from the
// caller's cache), then src/report/outlets.ts. Shared by `parallax outlets` and GET /api/outlets.
import type { Brief } from '../brief/types.ts';
import type { Store } from '../store/store.ts';
import type { Article, Event } from '../types.ts';
import { outletProfiles, type OutletProfile } from '../report/outlets.ts';
import { eventBrief, loadEventItems } from './event-brief.ts';
import { embedAhead } from './embed-ahead.ts';

export type BriefSource = (e: Event) => Promise<{ brief: Brief; texts: Map<string, Article> }>;

/** Profiles of every outlet in the store, with the texts their citations point into. */
export async function storedOutletProfiles(
  store: Store,
  briefOf: BriefSource = (e) => eventBrief(store, e, { embed: true }),
  opts: { embedAhead?: boolean } = {},
): Promise<{ profiles: OutletProfile[]; texts: Map<string, Article> }> {
  const events = [];
  const texts = new Map<string, Article>();
  const stored = store.events().events;
  // briefs built here (not taken from a cache) embed their sentences ahead, on every core
  const ahead = opts.embedAhead ? embedAhead(stored, (e) => loadEventItems(store, e)) : null;
  for (const [k, e] of stored.entries()) {
    await ahead?.(k);
    const { brief, texts: t } = await briefOf(e);
    for (const [id, a] of t) texts.set(id, a);
    events.push({ id: e.id, title: e.title, date: e.date, brief });
  }
  return { profiles: outletProfiles(events), texts };
}

/** Profiles whose outlet name holds `query` (case-insensitive). */
export function outletNamed(profiles: OutletProfile[], query: string): OutletProfile[] {
  const q = query.trim().toLowerCase();
  return profiles.filter((p) => p.outlet.toLowerCase().includes(q));
}
