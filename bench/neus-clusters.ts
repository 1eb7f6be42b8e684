// Event clustering on a second real dataset: the NeuS validation clusters read as ONE pile
// (../shared/data/neus-val/clusters.jsonl, 307 AllSides roundups of three outlets each, US
// politics and economy 2016–2021). Titles and texts only — the file has no outlets, urls or
// dates — through extract + analyze + clusterEvents as the CLI would; the roundup a text came
// from is the gold event, used only to score. Harder than ECB+: the same few actors (a president,
// the Senate, the Supreme Court) in many different events, no publication dates, opinion pieces.
// Also reports the largest storyline (a storyline should not chain unrelated events).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, ArticleWithAnalysis, RawDocument } from '../src/types.ts';
import { clusterEvents } from '../src/events/index.ts';
import { bcubed } from '../src/events/metrics.ts';
import { predicted, prf, undated } from './score.ts';

const here = dirname(fileURLToPath(import.meta.url));
const NEUS = join(here, '..', '..', 'shared', 'data', 'neus-val', 'clusters.jsonl');

export async function neusClusters(): Promise<object | null> {
  if (!existsSync(NEUS)) {
    console.log(`NeuS as one pile: ${NEUS} not found, skipped`);
    return null;
  }
  const { extractArticle, loadRegistry } = await import('../src/extract/index.ts');
  const { analyzeArticle, loadGazetteer } = await import('../src/analyze/index.ts');
  const registry = loadRegistry();
  const gazetteer = loadGazetteer();
  const items: ArticleWithAnalysis[] = [];
  const gold = new Map<string, string>();
  for (const line of readFileSync(NEUS, 'utf8').trim().split('\n')) {
    const c = JSON.parse(line) as { cluster_id: string; articles: { title?: string; text?: string }[] };
    c.articles.forEach((a, k) => {
      const id = `${c.cluster_id}-${k}`;
      const raw: RawDocument = { input: id, kind: 'json', body: a.text ?? '', fields: { id, title: a.title ?? '', text: a.text ?? '' }, warnings: [] };
      const r = extractArticle(raw, registry);
      if (!('article' in r)) return; // two items have an empty text
      const article: Article = { ...r.article, id };
      items.push({ article, analysis: analyzeArticle(article, { gazetteer }) });
      gold.set(id, c.cluster_id);
    });
  }
  const set = clusterEvents(items);
  const pred = predicted(set);
  const contentOnly = clusterEvents(items.map(undated));
  const predUndated = predicted(contentOnly);
  const sizes = set.storylines.map((s) => s.event_ids.length).sort((a, b) => b - a);
  const out = {
    documents: items.length,
    gold_events: new Set(gold.values()).size,
    with_text_dates: { bcubed: prf(bcubed(pred, gold)), events: set.events.length },
    content_only: { bcubed: prf(bcubed(predUndated, gold)), events: contentOnly.events.length },
    storylines: set.storylines.length,
    largest_storyline_events: sizes[0] ?? 0,
  };
  const line = (label: string, r: { bcubed: ReturnType<typeof prf>; events: number }) =>
    `  ${label}: B-cubed P ${r.bcubed.precision}  R ${r.bcubed.recall}  F1 ${r.bcubed.f1}  (${r.events} events)`;
  console.log(`NeuS as one pile (${out.documents} texts, ${out.gold_events} gold roundups; no dates, outlets or urls in the file)`);
  console.log(line('with dates read from the texts', out.with_text_dates));
  console.log(line('content alone', out.content_only));
  console.log(`  storylines ${out.storylines}, the largest ${out.largest_storyline_events} events`);
  return out;
}
