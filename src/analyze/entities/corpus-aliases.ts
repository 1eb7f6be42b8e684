// Corpus-level surname aliases: "Marek" in an article that never gives the full name is the
// "Jovan Marek" other articles name, when that is the only full name with this surname in the corpus.
// Analysis stays per article (pure); this runs over stored analyses after a batch (pipeline/analyze.ts).
import type { AnalyzedArticle, Entity } from '../../types.ts';
import { foldName, surnameKey } from './normalize.ts';

export interface FullName {
  id: string;
  name: string;
}

const words = (s: string) => foldName(s).split(/\s+/).filter(Boolean);

/** A person entity whose name the text itself wrote in full (not one renamed by this pass). */
function isFullName(e: Entity): boolean {
  if (e.type !== 'person' || words(e.name).length < 2) return false;
  const folded = foldName(e.name);
  return e.mentions.some((m) => foldName(m.text) === folded);
}

function isSurnameOnly(e: Entity): boolean {
  return e.type === 'person' && words(e.name).length === 1;
}

/** surname key -> the one full-name person with that surname across the analyses (ambiguous keys left out). */
export function corpusSurnames(analyses: Iterable<AnalyzedArticle>): Map<string, FullName> {
  const seen = new Map<string, FullName | null>(); // null: two different people share the surname
  for (const a of analyses) {
    for (const e of a.entities) {
      if (!isFullName(e)) continue;
      const key = surnameKey(e.name);
      if (!key) continue;
      const prev = seen.get(key);
      if (prev === undefined) seen.set(key, { id: e.id, name: e.name });
      else if (prev && prev.id !== e.id) seen.set(key, null);
    }
  }
  const out = new Map<string, FullName>();
  for (const [k, v] of seen) if (v) out.set(k, v);
  return out;
}

/**
 * Rewrites surname-only person entities to the corpus full name (mentions and offsets kept;
 * quote speakers follow). Returns a new analysis, or null when nothing changes (idempotent).
 */
export function applyCorpusSurnames(a: AnalyzedArticle, surnames: Map<string, FullName>): AnalyzedArticle | null {
  const renamed = new Map<string, FullName>(); // old id -> full name
  for (const e of a.entities) {
    if (!isSurnameOnly(e)) continue;
    const full = surnames.get(surnameKey(e.name));
    if (full && full.id !== e.id) renamed.set(e.id, full);
  }
  if (!renamed.size) return null;
  const byId = new Map<string, Entity>();
  const entities: Entity[] = [];
  for (const e of a.entities) {
    const full = renamed.get(e.id);
    const id = full ? full.id : e.id;
    const have = byId.get(id);
    if (have) {
      // The article already had that person under the full id: one entity, mentions in text order.
      have.mentions = [...have.mentions, ...e.mentions].sort((x, y) => x.start - y.start || y.end - x.end);
      if (full && words(have.name).length < 2) have.name = full.name;
      continue;
    }
    const copy: Entity = { ...e, id, name: full ? full.name : e.name, mentions: [...e.mentions] };
    byId.set(id, copy);
    entities.push(copy);
  }
  entities.sort((x, y) => y.mentions.length - x.mentions.length || x.mentions[0].start - y.mentions[0].start);
  const quotes = a.quotes.map((q) => {
    const full = q.speaker_entity_id ? renamed.get(q.speaker_entity_id) : undefined;
    if (!full) return q;
    const oldName = a.entities.find((e) => e.id === q.speaker_entity_id)?.name;
    return { ...q, speaker_entity_id: full.id, speaker_name: !q.speaker_name || q.speaker_name === oldName ? full.name : q.speaker_name };
  });
  return { ...a, entities, quotes };
}
