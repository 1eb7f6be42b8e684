// Glue for the commands that brief many events in a row (`analyze`, `outlets`): before briefing
// event k, the sentences of the next events (EMBED_AHEAD of them at a time) are embedded on
// worker threads (src/brief/embed-pool.ts), so the briefs find them in the embedding cache.
import type { ArticleWithAnalysis, Event } from '../types.ts';
import { briefEmbeddingTexts } from '../brief/index.ts';
import { embedWorkers, prefetchEmbeddings } from '../brief/embed-pool.ts';

/** Sentences embedded ahead at a time: a few seconds of work, well inside the embedding cache. */
const EMBED_AHEAD = 4000;

/** Walks the events in order; `before(k)` embeds ahead when event k is not covered yet. */
export function embedAhead(events: Event[], membersOf: (e: Event) => ArticleWithAnalysis[]): (k: number) => Promise<void> {
  let covered = 0; // events whose sentences are embedded already
  // with one worker or none, the briefs embed as they go: no point building each event's units twice
  if (embedWorkers() < 2) return async () => {};
  return async (k) => {
    if (k < covered) return;
    const texts: string[] = [];
    let j = k;
    for (; j < events.length && texts.length < EMBED_AHEAD; j++) texts.push(...briefEmbeddingTexts(events[j]!, membersOf(events[j]!)));
    await prefetchEmbeddings(texts);
    covered = j;
  };
}
