// The HTTP API end to end on a real server (ephemeral port, temporary SQLite store): posting
// articles ingests, analyses and clusters them; events, briefs (json/md/html), articles and
// storylines read back; bad requests get a specific status and message.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen } from './fixtures/server/listen.ts';
import { openStore } from '../src/store/index.ts';
import type { Store } from '../src/store/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-server-'));
let store: Store;
let close: () => Promise<void>;
let base = '';

before(async () => {
  store = openStore(join(dir, 'api.db'));
  ({ base, close } = await listen(store, { embed: false, maxBody: 64 * 1024 }));
});

after(async () => {
  await close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

// replies are checked field by field below; their shape is what the tests assert
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const get = async (path: string) => {
  const res = await fetch(base + path);
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
};
const getJson = async (path: string) => {
  const r = await get(path);
  return { status: r.status, body: JSON.parse(r.text) as Json };
};
const post = async (body: string, type = 'application/json') => {
  const res = await fetch(base + '/api/articles', { method: 'POST', body, headers: { 'content-type': type } });
  return { status: res.status, body: (await res.json()) as Json };
};

// invented reports of one dockworkers' strike from three outlets (the demo corpus)
const strike = ['cws-brenholm-dockworkers-strike.txt', 'brenholm-evening-post-strike-talks.txt', 'velgrad-ledger-trade-deals.txt'];

test('an empty store says so, and the index page tells how to add articles', async () => {
  const h = await getJson('/api/health');
  assert.equal(h.status, 200);
  assert.deepEqual(h.body, { ok: true, articles: 0, events: 0 });
  const page = await get('/');
  assert.match(page.type, /text\/html/);
  assert.match(page.text, /POST articles to <code>\/api\/articles<\/code>/);
  const none = await getJson('/api/events/ev-anything');
  assert.equal(none.status, 404);
  assert.match(none.body.error, /no events stored/);
});

test('POST /api/articles ingests a batch, names each rejected item, and re-clusters', async () => {
  const docs = strike.map((f) => ({ title: f.replace(/\.txt$/, '').replace(/-/g, ' '), text: readFileSync(join('examples', 'corpus', f), 'utf8') }));
  const r = await post(JSON.stringify([...docs, { title: 'no text here' }]));
  assert.equal(r.status, 207, 'some items rejected: multi-status');
  assert.equal(r.body.ingested, 3);
  assert.equal(r.body.rejected.length, 1);
  assert.equal(r.body.rejected[0].input, 'body#item-4');
  assert.match(r.body.rejected[0].reason, /no article text field/);
  assert.ok(r.body.events >= 1);
  // the same batch again: nothing new, nothing lost
  const again = await post(JSON.stringify(docs));
  assert.equal(again.status, 201);
  assert.equal(again.body.ingested, 0);
  assert.equal(again.body.duplicates, 3);
  assert.equal((await getJson('/api/health')).body.articles, 3);
});

test('a JSONL body with one broken line stores the good lines and names the bad one', async () => {
  const good = JSON.stringify({ title: 'Ferry service resumes', text: 'The Halvor ferry service resumed on Monday after a week of storms closed the crossing, the operator said.' });
  const r = await post(`${good}\n{"title": "broken"\n`, 'application/x-ndjson');
  assert.equal(r.status, 207);
  assert.equal(r.body.ingested, 1);
  assert.equal(r.body.rejected[0].input, 'body:2');
  assert.deepEqual(r.body.not_english, {});
  const empty = await post('   ');
  assert.equal(empty.status, 400);
  const junk = await post('{"title": "only a title"}');
  assert.equal(junk.status, 422, 'nothing usable: unprocessable');
});

test('events list; an event and its brief read back with citations into the stored text', async () => {
  const list = await getJson('/api/events');
  assert.equal(list.status, 200);
  assert.ok(list.body.length >= 2);
  const biggest = [...list.body].sort((a: { article_count: number }, b: { article_count: number }) => b.article_count - a.article_count)[0];
  assert.ok(biggest.article_count >= 2, 'the strike reports form one event');
  const byTitle = await getJson(`/api/events?title=${encodeURIComponent(biggest.title)}`);
  assert.ok(byTitle.body.some((e: { id: string }) => e.id === biggest.id));
  assert.ok(byTitle.body.length < list.body.length, 'a title filter narrows the list');
  assert.equal((await getJson('/api/events?since=2020-99')).status, 400);
  const outlets = await getJson('/api/outlets?embed=0');
  assert.equal(outlets.status, 200);
  for (const o of biggest.outlets) assert.ok(outlets.body.some((p: { outlet: string }) => p.outlet === o), `${o} profiled`);
  const one = await getJson(`/api/events/${biggest.id.slice(0, 9)}`); // a unique prefix is enough
  assert.equal(one.status, 200);
  assert.equal(one.body.id, biggest.id);
  assert.equal(one.body.articles.length, biggest.article_ids.length);
  assert.equal(one.body.articles[0].text, undefined, 'event listing leaves the texts out');

  const brief = await getJson(`/api/events/${biggest.id}/brief?words=60`);
  assert.equal(brief.status, 200);
  assert.ok(brief.body.summary.length > 0);
  for (const s of brief.body.summary) {
    const c = s.citations[0];
    const art = await getJson(`/api/articles/${c.article_id}`);
    assert.equal(art.status, 200);
    assert.equal(art.body.text.slice(c.start, c.end), s.text, 'citation offsets point into the article text');
    assert.ok(art.body.sentences.some((x: { index: number }) => x.index === c.sentence));
  }
  const words = brief.body.summary.map((s: { text: string }) => s.text).join(' ').split(/\s+/).length;
  assert.ok(words <= 60, `summary within the word budget (${words})`);

  const md = await get(`/api/events/${biggest.id}/brief?format=md`);
  assert.match(md.type, /text\/markdown/);
  assert.match(md.text, /## Summary/);
  const html = await get(`/events/${biggest.id}`);
  assert.match(html.type, /text\/html/);
  assert.match(html.text, /<h2>Sources<\/h2>/);
  const index = await get('/');
  assert.ok(index.text.includes(`/events/${biggest.id}`), 'the index links each event page');
  assert.match(index.text, /<form method="get" action="\/"/);
  const other = list.body.find((e: { id: string; title: string }) => e.id !== biggest.id && !e.title.includes(biggest.title));
  const filtered = await get(`/?title=${encodeURIComponent(biggest.title)}`);
  assert.ok(filtered.text.includes(`/events/${biggest.id}`));
  if (other) assert.ok(!filtered.text.includes(`/events/${other.id}"`), 'the page shows only the matching events');
  assert.match(filtered.text, /\d+ events? of \d+ match/);
  const bad = await get('/?until=tomorrow');
  assert.equal(bad.status, 400);
  assert.match(bad.text, /until must be a date/);
  assert.ok(bad.text.includes('value="tomorrow"'), 'the form keeps what was typed');
});

test('articles page through; storylines list; unknown ids, bad parameters and wrong methods are specific errors', async () => {
  const page1 = await getJson('/api/articles?limit=2');
  assert.equal(page1.body.total, 4);
  assert.equal(page1.body.articles.length, 2);
  const page2 = await getJson('/api/articles?limit=2&offset=2');
  assert.equal(page2.body.articles.length, 2);
  assert.notEqual(page2.body.articles[0].id, page1.body.articles[0].id);
  assert.ok(Array.isArray((await getJson('/api/storylines')).body));

  assert.equal((await getJson('/api/articles/a-missing')).status, 404);
  const badWords = await getJson(`/api/events/${(await getJson('/api/events')).body[0].id}/brief?words=abc`);
  assert.equal(badWords.status, 400);
  assert.match(badWords.body.error, /words must be an integer/);
  const badFormat = await getJson(`/api/events/${(await getJson('/api/events')).body[0].id}/brief?format=pdf`);
  assert.equal(badFormat.status, 400);
  const ambiguous = await getJson('/api/events/ev-');
  assert.equal(ambiguous.status, 400);
  assert.match(ambiguous.body.error, /ambiguous/);
  assert.equal((await getJson('/api/nothing')).status, 404);
  const del = await fetch(base + '/api/events', { method: 'DELETE' });
  assert.equal(del.status, 405);
  assert.equal(del.headers.get('allow'), 'GET');
});

test('a body over the size limit is refused with 413 and stores nothing', async () => {
  const before = (await getJson('/api/health')).body.articles;
  const big = JSON.stringify({ title: 'Too long', text: 'word '.repeat(20000) });
  const r = await post(big);
  assert.equal(r.status, 413);
  assert.match(r.body.error, /limit/);
  assert.equal((await getJson('/api/health')).body.articles, before);
});

test('a posted article in another language is stored and reported as not English', async () => {
  const text = 'Die Bewohner der kleinen Stadt Korlin mussten in der Nacht ihre Häuser verlassen, nachdem der Fluss einen Damm durchbrochen hatte. Nach Angaben des Stadtrats wurden rund 340 Wohnungen geräumt.';
  const r = await post(JSON.stringify({ title: 'Hochwasser in Korlin', text }));
  assert.equal(r.status, 201);
  assert.deepEqual(r.body.not_english, { de: 1 });
  const art = await getJson(`/api/articles/${r.body.article_ids[0]}`);
  assert.equal(art.body.language, 'de');
  assert.ok(art.body.warnings.some((w: { code: string }) => w.code === 'language-not-english'));
});

test('a brief read again after a POST reflects the new article (a duplicate joining changes the cached brief)', async () => {
  const strikeEvent = async () => {
    const list = (await getJson('/api/events')).body as { id: string; article_ids: string[] }[];
    return list.find((e) => e.article_ids.length >= 2)!;
  };
  const before = await strikeEvent();
  const b1 = await getJson(`/api/events/${before.id}/brief`);
  const again = await getJson(`/api/events/${before.id}/brief`);
  assert.deepEqual(again.body, b1.body, 'the same brief twice');
  const repost = readFileSync(join('examples', 'corpus', 'newsroll-repost-brenholm-strike.txt'), 'utf8');
  const r = await post(JSON.stringify({ title: 'Repost: dockworkers strike', text: repost }));
  assert.equal(r.status, 201);
  const after = (await getJson('/api/events')).body.find((e: { article_ids: string[] }) => e.article_ids.includes(r.body.article_ids[0]));
  assert.ok(after, 'the repost joined an event');
  const b2 = await getJson(`/api/events/${after.id}/brief`);
  const covered = b2.body.coverage.outlets.flatMap((o: { article_ids: string[] }) => o.article_ids);
  assert.ok(covered.includes(r.body.article_ids[0]), 'the new article is in the brief read after the POST');
});

test('outlet profiles are reused until a POST changes an event, then include the new outlet', async () => {
  const o1 = await getJson('/api/outlets?embed=0');
  const o2 = await getJson('/api/outlets?embed=0');
  assert.deepEqual(o2.body, o1.body, 'the same profiles twice');
  assert.ok(!o1.body.some((p: { outlet: string }) => p.outlet === 'Harbour Lantern'), 'not profiled before it is posted');
  const text =
    'Brenholm port workers stayed off the job for a third day on Thursday, the Harbour Lantern learned, as talks between the dockworkers union and the port authority broke up without a deal.';
  const r = await post(JSON.stringify({ title: 'Dock strike enters third day', text, outlet: 'Harbour Lantern', published: '2024-03-14' }));
  assert.equal(r.status, 201);
  const o3 = await getJson('/api/outlets?embed=0');
  assert.ok(o3.body.some((p: { outlet: string }) => p.outlet === 'Harbour Lantern'), 'the new outlet is profiled after the POST');
});

test('?whole=1 gives a brief of whole-sentence summary lines; a bad value is a 400', async () => {
  const list = (await getJson('/api/events')).body as { id: string }[];
  let openings = 0;
  for (const e of list) openings += (await getJson(`/api/events/${e.id}/brief?words=30`)).body.summary.filter((s: { opening?: true }) => s.opening).length;
  assert.ok(openings > 0, 'by default some brief of these long reports ends in an opening');
  for (const e of list) {
    const b = await getJson(`/api/events/${e.id}/brief?whole=1&words=30`);
    assert.equal(b.status, 200);
    assert.ok(b.body.summary.every((s: { opening?: true }) => !s.opening), JSON.stringify(b.body.summary));
  }
  const bad = await getJson(`/api/events/${list[0]!.id}/brief?whole=yes`);
  assert.equal(bad.status, 400);
  assert.match(bad.body.error, /whole must be 0 or 1/);
});
