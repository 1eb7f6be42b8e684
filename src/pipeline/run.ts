// The main job, in the order a reader would draw it: ingest -> analyse -> cluster/date/link
// -> brief each event -> one Report (the shape of `analyze --json` and report.json).
import type { Store } from '../store/store.ts';
import type { Article, ArticleWithAnalysis, DatedValue, Event, Rejection } from '../types.ts';
import { ingest, tally } from './ingest.ts';
import { analyzeStored } from './analyze.ts';
import { clusterStore, storedItems } from './cluster.ts';
import { buildBrief } from '../brief/index.ts';
import { embedAhead } from './embed-ahead.ts';
import type { Report, ReportArticle } from '../report/types.ts';
import { count } from '../util/count.ts';
import { outletProfiles } from '../report/outlets.ts';

export interface RunOptions {
  allowPrivate?: boolean;
  /** Read the linked page of teaser-only feed items (pipeline/follow-links.ts). */
  followLinks?: boolean;
  registryFiles?: string[];
  words?: number;
  /** Summary lines are whole sentences only (BriefOptions.wholeSentences). */
  wholeSentences?: boolean;
  embed?: boolean;
  log?: (line: string) => void;
  /** Called as each long phase advances (articles analysed, events briefed) — for a progress bar. */
  progress?: (phase: 'analysis' | 'briefs', done: number, total: number) => void;
}

export interface RunResult {
  report: Report;
  texts: Map<string, Article>;
  summaryText: string;
  counts: { ingested: number; duplicates: number; rejected: number };
}

/** The best date we hold for an article: the analysis (metadata refined by the text) else metadata. */
export function articleDate(item: ArticleWithAnalysis): DatedValue | null {
  return item.analysis.published ?? item.article.published;
}

export async function runAnalyze(store: Store, inputs: string[], opts: RunOptions = {}): Promise<RunResult> {
  const log = opts.log ?? (() => {});
  const ing = await ingest(store, inputs, { allowPrivate: opts.allowPrivate, followLinks: opts.followLinks, registryFiles: opts.registryFiles });
  for (const r of ing.rejected) log(`rejected: ${r.input}: ${r.reason}`);
  log(tally(ing));
  const stored = store.articleCount();
  await analyzeStored(store, undefined, { onProgress: (done) => opts.progress?.('analysis', done, stored) });
  const items = storedItems(store); // loaded once, for clustering and for the briefs
  const set = clusterStore(store, {}, items);
  const byId = new Map(items.map((it) => [it.article.id, it]));
  const eventOf = new Map<string, string>();
  for (const e of set.events) for (const id of e.article_ids) eventOf.set(id, e.id);

  const events = [];
  const membersOf = (event: Event) => event.article_ids.map((id) => byId.get(id)).filter((x): x is ArticleWithAnalysis => x !== undefined);
  const ahead = embedAhead(set.events, membersOf);
  for (const [k, event] of set.events.entries()) {
    if (opts.embed !== false) await ahead(k);
    const brief = await buildBrief(event, membersOf(event), { words: opts.words, embed: opts.embed, wholeSentences: opts.wholeSentences });
    events.push({ ...event, brief });
    opts.progress?.('briefs', k + 1, set.events.length);
  }
  const articles: ReportArticle[] = items.map((it) => ({
    id: it.article.id,
    input: it.article.input,
    title: it.article.title,
    url: it.article.url,
    outlet: it.article.outlet,
    language: it.article.language,
    published: articleDate(it),
    event_id: eventOf.get(it.article.id) ?? null,
    duplicate_of: it.article.duplicate_of,
    warnings: it.article.warnings,
  }));
  const rejected: Rejection[] = ing.rejected;
  const report: Report = { articles, events, storylines: set.storylines, outlets: outletProfiles(events), rejected };
  const texts = new Map(items.map((it) => [it.article.id, it.article]));
  return {
    report,
    texts,
    summaryText: describe(report),
    counts: { ingested: ing.ingested, duplicates: ing.duplicates, rejected: ing.rejected.length },
  };
}

/** A short plain-text overview for the terminal. */
function describe(report: Report): string {
  const lines = [`${count(report.articles.length, 'article')}, ${count(report.events.length, 'event')}, ${count(report.storylines.length, 'storyline')}`];
  const eventById = new Map(report.events.map((e) => [e.id, e]));
  const placed = new Set<string>();
  for (const s of report.storylines) {
    lines.push('', `storyline ${s.id}: ${s.title}`);
    for (const id of s.event_ids) {
      const e = eventById.get(id);
      if (!e) continue;
      placed.add(id);
      lines.push(`  ${e.date?.label ?? 'date unknown'}  ${e.id}  ${e.title}  (${count(e.article_ids.length, 'article')})`);
    }
  }
  const rest = report.events.filter((e) => !placed.has(e.id));
  if (rest.length) lines.push('', 'other events:');
  for (const e of rest) lines.push(`  ${e.date?.label ?? 'date unknown'}  ${e.id}  ${e.title}  (${count(e.article_ids.length, 'article')})`);
  return lines.join('\n');
}
