// Glue: one stored event's brief — find the event by id or unique id prefix, load its articles
// with a current analysis, build the brief. Shared by `parallax brief` and the HTTP server.
import type { Store } from '../store/store.ts';
import type { Article, ArticleWithAnalysis, Event } from '../types.ts';
import { analyzeArticle, ANALYZER_VERSION } from '../analyze/index.ts';
import { buildBrief } from '../brief/index.ts';
import type { Brief, BriefOptions } from '../brief/types.ts';

export type EventLookup = { event: Event } | { error: 'none-stored' | 'not-found' | 'ambiguous'; message: string };

/** The event with this id, else the one event whose id starts with it. */
export function findEvent(events: Event[], idOrPrefix: string): EventLookup {
  const exact = events.find((e) => e.id === idOrPrefix);
  if (exact) return { event: exact };
  if (!events.length) return { error: 'none-stored', message: 'no events stored (run `parallax analyze <inputs…>` first)' };
  const matches = idOrPrefix ? events.filter((e) => e.id.startsWith(idOrPrefix)) : [];
  if (matches.length > 1) return { error: 'ambiguous', message: `event id "${idOrPrefix}" is ambiguous: ${matches.slice(0, 5).map((e) => e.id).join(', ')}…` };
  if (!matches.length) return { error: 'not-found', message: `no event "${idOrPrefix}" (list them with \`parallax events\`)` };
  return { event: matches[0]! };
}

/** The event's stored articles, each with a current analysis (re-analysed when outdated). */
export function loadEventItems(store: Store, event: Event): ArticleWithAnalysis[] {
  const items: ArticleWithAnalysis[] = [];
  for (const id of event.article_ids) {
    const article = store.article(id);
    if (!article) continue;
    let analysis = store.analysis(id);
    if (!analysis || analysis.version !== ANALYZER_VERSION) analysis = analyzeArticle(article);
    items.push({ article, analysis });
  }
  return items;
}

export async function eventBrief(store: Store, event: Event, opts: BriefOptions = {}): Promise<{ brief: Brief; texts: Map<string, Article> }> {
  const items = loadEventItems(store, event);
  const brief = await buildBrief(event, items, opts);
  return { brief, texts: new Map(items.map((it) => [it.article.id, it.article])) };
}
