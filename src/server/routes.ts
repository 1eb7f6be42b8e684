// The HTTP API over one store: read events, briefs, articles and storylines; post articles
// (any input the CLI reads: JSON, JSONL, HTML, text, RSS/Atom) to ingest, analyse and re-cluster.
// Pages for a browser: `/` lists the events in timeline order, `/events/:id` shows one brief
// with its cited sources — the same self-contained HTML as `parallax brief --format html`.
import { Readable } from 'node:stream';
import type { Store } from '../store/store.ts';
import type { Event } from '../types.ts';
import type { OutletProfile } from '../report/outlets.ts';
import { analyzeAndCluster } from '../pipeline/cluster.ts';
import { FeatureCache } from '../pipeline/feature-cache.ts';
import { eventBrief, findEvent } from '../pipeline/event-brief.ts';
import { ingest } from '../pipeline/ingest.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/index.ts';
import { eventCoverage, eventRecord } from '../events/cli/outlets.ts';
import { articleMeta, articleRecord } from '../report/article-record.ts';
import { renderBrief } from '../report/index.ts';
import { page } from '../report/html.ts';
import { esc } from '../report/escape.ts';
import { HttpError, html, intParam, json, readBody, Router } from './http.ts';
import { count } from '../util/count.ts';
import { outletNamed, storedOutletProfiles } from '../pipeline/outlet-profiles.ts';
import { filteredTimeline, FilterError, isFiltering, type EventFilter } from '../pipeline/event-filter.ts';

export interface ServerOptions {
  /** Sentence embeddings for fact alignment in briefs (default true, as in `parallax brief`). */
  embed?: boolean;
  /** Largest POST body in bytes (default 20 MB, the CLI's per-file cap). */
  maxBody?: number;
  registryFiles?: string[];
  /** A shared secret every request must carry (src/server/auth.ts); none = open. */
  token?: string;
}

const BODY_LABEL = 'body';
/** Briefs kept between requests (event × word budget × embeddings). */
const BRIEF_CACHE = 200;

/** The event filters of `parallax events` as query parameters (entity and outlet repeatable). */
function filterOf(query: URLSearchParams): EventFilter {
  const one = (k: string) => query.get(k)?.trim() || undefined;
  return { since: one('since'), until: one('until'), entities: query.getAll('entity'), outlets: query.getAll('outlet'), text: one('title') };
}

/** A plain GET form over the same filters (the pages run no script). */
function filterForm(query: URLSearchParams): string {
  const field = (name: string, label: string, hint: string) =>
    `<label>${label} <input name="${name}" value="${esc(query.get(name) ?? '')}" placeholder="${esc(hint)}"></label>`;
  return `<form method="get" action="/" class="filters">${field('since', 'since', 'YYYY[-MM[-DD]]')} ${field('until', 'until', 'YYYY[-MM[-DD]]')} ${field('entity', 'entity', 'person, place, organisation')} ${field('outlet', 'outlet', 'outlet name')} ${field('title', 'title', 'words')} <button type="submit">Filter</button> <a href="/">clear</a></form>`;
}

/** `?whole=1`: summary lines are whole sentences only (BriefOptions.wholeSentences). */
function wholeParam(query: URLSearchParams): boolean {
  const v = query.get('whole');
  if (v === null || v === '0') return false;
  if (v === '1') return true;
  throw new HttpError(400, `whole must be 0 or 1, got "${v}"`);
}

function eventOr404(store: Store, id: string): Event {
  const found = findEvent(store.events().events, id);
  if ('error' in found) throw new HttpError(found.error === 'ambiguous' ? 400 : 404, found.message);
  return found.event;
}


export function routes(store: Store, opts: ServerOptions = {}): Router {
  const embed = opts.embed !== false;
  const maxBody = opts.maxBody ?? DEFAULT_MAX_BYTES;
  const r = new Router();
  // article features between POSTs: a POST re-clusters the whole store, mostly unchanged articles
  const features = new FeatureCache();
  // Briefs are the slow part of a request (alignment, embeddings). A brief depends on the
  // event's articles (duplicates included: the id hashes originals only), its date, the budget
  // and the mode: events a POST leaves as they were keep their briefs; a changed one gets a new key.
  const briefs = new Map<string, ReturnType<typeof eventBrief>>();
  const briefKey = (e: Event, words: number, withEmbed: boolean, whole = false) =>
    `${e.id}|${e.article_ids.join(',')}|${JSON.stringify(e.date)}|${words}|${withEmbed}|${whole}`;
  const briefOf = (e: Event, words: number, withEmbed: boolean, whole = false) => {
    const key = briefKey(e, words, withEmbed, whole);
    let b = briefs.get(key);
    if (b) {
      // most recently used last, so eviction drops the least recently used
      briefs.delete(key);
      briefs.set(key, b);
    } else {
      b = eventBrief(store, e, { words, embed: withEmbed, wholeSentences: whole });
      b.catch(() => briefs.delete(key));
      if (briefs.size >= BRIEF_CACHE) briefs.delete(briefs.keys().next().value!);
      briefs.set(key, b);
    }
    return b;
  };

  /** The stored events the query asks for, in timeline order (a malformed filter is a 400). */
  const timeline = (query: URLSearchParams): Event[] => {
    try {
      return filteredTimeline(store, filterOf(query));
    } catch (e) {
      if (e instanceof FilterError) throw new HttpError(400, e.message);
      throw e;
    }
  };

  r.on('GET', '/api/health', () => json({ ok: true, articles: store.articleCount(), events: store.events().events.length }));

  r.on('GET', '/api/events', ({ query }) => json(timeline(query).map((e) => eventRecord(store, e))));

  r.on('GET', '/api/events/:id', ({ params }) => {
    const e = eventOr404(store, params.id!);
    const articles = e.article_ids.map((id) => store.article(id)).filter((a) => a !== null);
    return json({ ...eventRecord(store, e), articles: articles.map(articleMeta) });
  });

  r.on('GET', '/api/events/:id/brief', async ({ params, query }) => {
    const e = eventOr404(store, params.id!);
    const format = query.get('format') ?? 'json';
    if (format !== 'json' && format !== 'md' && format !== 'html') throw new HttpError(400, `format must be json, md or html, got "${format}"`);
    const words = intParam(query, 'words', 80, 10, 2000);
    const { brief, texts } = await briefOf(e, words, embed && query.get('embed') !== '0', wholeParam(query));
    if (format === 'json') return json(brief);
    const body = renderBrief(brief, format, texts, e.title || `Event ${e.id}`);
    return { status: 200, type: format === 'md' ? 'markdown' : 'html', body };
  });

  // Outlet profiles read every event's brief, more than the LRU above holds on a big store: the
  // last build's briefs are kept by key (one per event), so after a POST only changed events are
  // rebuilt, and the profiles themselves are reused until an event changes.
  let outlets: { key: string; profiles: Promise<OutletProfile[]>; briefs: Map<string, ReturnType<typeof eventBrief>> } | null = null;
  const outletProfilesOf = (withEmbed: boolean): Promise<OutletProfile[]> => {
    const keys = new Map(store.events().events.map((e) => [e.id, briefKey(e, 80, withEmbed)]));
    const key = [...keys.values()].join('\n');
    if (outlets?.key === key) return outlets.profiles;
    const prev = outlets?.briefs ?? new Map<string, ReturnType<typeof eventBrief>>();
    const kept = new Map<string, ReturnType<typeof eventBrief>>();
    const profiles = storedOutletProfiles(store, (e) => {
      const k = keys.get(e.id)!;
      const b = prev.get(k) ?? briefOf(e, 80, withEmbed);
      kept.set(k, b);
      return b;
    }).then((r) => r.profiles);
    const entry = { key, profiles, briefs: kept };
    // a failed build is forgotten, unless a newer one has replaced it meanwhile
    profiles.catch(() => {
      if (outlets === entry) outlets = null;
    });
    outlets = entry;
    return profiles;
  };

  r.on('GET', '/api/outlets', async ({ query }) => {
    const profiles = await outletProfilesOf(embed && query.get('embed') !== '0');
    const name = query.get('outlet');
    return json(name ? outletNamed(profiles, name) : profiles);
  });

  r.on('GET', '/api/storylines', () => json(store.events().storylines));

  r.on('GET', '/api/articles', ({ query }) => {
    const limit = intParam(query, 'limit', 100, 1, 10000);
    const offset = intParam(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
    return json({ total: store.articleCount(), offset, limit, articles: store.articlesPage(offset, limit).map(articleMeta) });
  });

  r.on('GET', '/api/articles/:id', ({ params }) => {
    const a = store.article(params.id!);
    if (!a) throw new HttpError(404, `no article "${params.id}"`);
    const analysis = store.analysis(a.id);
    return json({ ...articleRecord(a), sentences: analysis?.sentences ?? [] });
  });

  r.on('POST', '/api/articles', async ({ raw }) => {
    const body = await readBody(raw, maxBody);
    if (!body.toString('utf8').trim()) throw new HttpError(400, 'empty request body: send JSON, JSONL, HTML, plain text or an RSS/Atom feed');
    const ing = await ingest(store, ['-'], { stdin: Readable.from([body]), registryFiles: opts.registryFiles, maxBytes: maxBody });
    if (ing.ingested > 0) {
      await analyzeAndCluster(store, features);
    }
    const rejected = ing.rejected.map((x) => ({ input: x.input.replace(/^-/, BODY_LABEL), reason: x.reason }));
    const accepted = ing.ingested + ing.duplicates;
    // every item stored (201), some rejected (207), none usable (422)
    const status = rejected.length === 0 ? 201 : accepted > 0 ? 207 : 422;
    return json({ ingested: ing.ingested, duplicates: ing.duplicates, near_duplicates: ing.nearDuplicates, article_ids: ing.articleIds, not_english: ing.otherLanguages, rejected, events: store.events().events.length }, status);
  });

  r.on('GET', '/', ({ query }) => {
    const total = store.events().events.length;
    if (!total)
      return html(page('Parallax', '<h1>Parallax</h1><p>No events stored yet: POST articles to <code>/api/articles</code> or run <code>parallax analyze</code> on this database.</p>'));
    let events: Event[] = [];
    let error = '';
    try {
      events = timeline(query);
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      error = e.message;
    }
    const items = events.map((e) => {
      const { count: n, outlets } = eventCoverage(store, e);
      return `<li><a href="/events/${encodeURIComponent(e.id)}">${esc(e.date.label)} — ${esc(e.title || e.id)}</a> <span class="muted">(${count(n, 'article')}: ${esc(outlets.join(', ') || 'outlet unknown')})</span></li>`;
    });
    const shown = isFiltering(filterOf(query)) && !error ? `${count(events.length, 'event')} of ${total} match` : count(total, 'event');
    const list = error ? `<p class="flag">${esc(error)}</p>` : items.length ? `<ol class="timeline">${items.join('\n')}</ol>` : '<p>No event matches.</p>';
    const body = `<h1>Parallax</h1><p class="muted">${count(store.articleCount(), 'article')} · ${shown}</p>${filterForm(query)}<h2>Timeline</h2>${list}`;
    return html(page('Parallax', body), error ? 400 : 200);
  });

  r.on('GET', '/events/:id', async ({ params, query }) => {
    const e = eventOr404(store, params.id!);
    const words = intParam(query, 'words', 80, 10, 2000);
    const { brief, texts } = await briefOf(e, words, embed, wholeParam(query));
    return html(renderBrief(brief, 'html', texts, e.title || `Event ${e.id}`));
  });

  return r;
}
