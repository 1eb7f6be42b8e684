// The protagonists and place of an event: entities most of its articles mention, favouring
// the lead (first sentences), where news states who did what where.
import type { ArticleWithAnalysis, EntityType } from '../types.ts';
import { eventPlaces } from './places.ts';
import { contentTokens, stem } from './tokens.ts';

export interface CoreEntities {
  persons: string[]; // ids, most prominent first
  places: string[];
  others: string[]; // organisations and other named things
  names: Map<string, string>; // id -> canonical name
  types: Map<string, EntityType>;
  /** Topic words (stems, names left out) most of its articles use: what the event is about. */
  topics?: string[];
  /** How prominent each core entity is in the event: its mentions per article. */
  prominence?: Map<string, number>;
}

// Counts tell events apart (see features.ts) but say nothing about what kind of story it is.
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|first|second|third|half)$/;

/** Topic words kept per event. */
const TOPICS = 15;

/**
 * Words (stems) at least half the articles use, names and numbers left out, most used first:
 * "strike, wage, walkout, union" tell what kind of story an event belongs to.
 */
function topicWords(items: ArticleWithAnalysis[]): string[] {
  const arts = new Map<string, number>();
  const total = new Map<string, number>();
  for (const it of items) {
    const names = new Set<string>();
    for (const e of it.analysis?.entities ?? []) {
      for (const w of contentTokens(e.name)) names.add(stem(w));
      for (const m of e.mentions) for (const w of contentTokens(m.text)) names.add(stem(w));
    }
    const seen = new Set<string>();
    for (const w of contentTokens((it.article.title ?? '') + '\n' + (it.article.text ?? ''))) {
      if (/\d/.test(w) || w.length < 3 || NUMBER_WORD.test(w)) continue;
      const t = stem(w);
      if (names.has(t)) continue;
      total.set(t, (total.get(t) ?? 0) + 1);
      if (!seen.has(t)) arts.set(t, (arts.get(t) ?? 0) + 1), seen.add(t);
    }
  }
  const n = items.length;
  return [...total.entries()]
    .filter(([t]) => arts.get(t)! / n >= 0.5)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOPICS)
    .map(([t]) => t);
}

const LEAD_SENTENCES = 3;

/** `withTopics`: also the topic words (storylines need them; dating one article does not). */
export function coreEntities(items: ArticleWithAnalysis[], withTopics = true): CoreEntities {
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
  const out: CoreEntities = { persons: [], places: [], others: [], names: new Map(), types: new Map(), topics: withTopics ? topicWords(items) : undefined, prominence: new Map() };
  for (const s of scored) {
    out.prominence!.set(s.id, s.mentions / n);
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
    if (!out.prominence!.has(p)) out.prominence!.set(p, (stats.get(p)?.mentions ?? c) / n);
    out.names.set(p, stats.get(p)?.name ?? p);
    out.types.set(p, 'place');
  }
  return out;
}
