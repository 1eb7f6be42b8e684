// `parallax serve` with a token: every request must carry it (Bearer for scripts, the Basic
// password for browsers); without it nothing is read or stored. And the brief cache: a POST
// that leaves an event as it was does not rebuild that event's brief.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authorized } from '../src/server/auth.ts';
import { listen } from './fixtures/server/listen.ts';
import { openStore } from '../src/store/index.ts';
import type { Store } from '../src/store/store.ts';

const TOKEN = 'kettle-orchard-42';
const dir = mkdtempSync(join(tmpdir(), 'parallax-auth-'));
let store: Store;
let close: () => Promise<void>;
let base = '';
// store reads per article id, to see which briefs were built
const reads = new Map<string, number>();

before(async () => {
  const real = openStore(join(dir, 'auth.db'));
  store = new Proxy(real, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (prop === 'article') return (id: string) => (reads.set(id, (reads.get(id) ?? 0) + 1), target.article(id));
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  ({ base, close } = await listen(store, { embed: false, token: TOKEN }));
});

after(async () => {
  await close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const bearer = { authorization: `Bearer ${TOKEN}` };
const basic = (user: string, pass: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` });

test('authorized() takes the token as Bearer or as the Basic password, nothing else', () => {
  assert.equal(authorized(bearer, TOKEN), true);
  assert.equal(authorized({ authorization: `bearer ${TOKEN}` }, TOKEN), true, 'scheme names are case-insensitive');
  assert.equal(authorized(basic('anyone', TOKEN), TOKEN), true);
  assert.equal(authorized(basic(TOKEN, 'x'), TOKEN), false, 'the token as user name is not the password');
  assert.equal(authorized({ authorization: `Bearer ${TOKEN}x` }, TOKEN), false);
  assert.equal(authorized({ authorization: TOKEN }, TOKEN), false, 'no scheme');
  assert.equal(authorized({}, TOKEN), false);
});

test('without the token: 401 with a Basic challenge, and a POST stores nothing', async () => {
  for (const path of ['/api/health', '/api/events', '/']) {
    const res = await fetch(base + path);
    assert.equal(res.status, 401, path);
    assert.match(res.headers.get('www-authenticate') ?? '', /^Basic realm="parallax"/);
    assert.match(((await res.json()) as { error: string }).error, /needs its token/);
  }
  const wrong = await fetch(base + '/api/health', { headers: { authorization: 'Bearer nope' } });
  assert.equal(wrong.status, 401);
  const body = JSON.stringify({ title: 'Ferry service resumes', text: 'The Halvor ferry service resumed on Monday after a week of storms closed the crossing, the operator said.' });
  const post = await fetch(base + '/api/articles', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  assert.equal(post.status, 401);
  await post.text();
  assert.equal(store.articleCount(), 0, 'nothing stored');
});

test('with the token: reads and posts work, by Bearer or Basic', async () => {
  const h = await fetch(base + '/api/health', { headers: basic('', TOKEN) });
  assert.equal(h.status, 200);
  assert.deepEqual(await h.json(), { ok: true, articles: 0, events: 0 });
  const strike = ['cws-brenholm-dockworkers-strike.txt', 'brenholm-evening-post-strike-talks.txt'];
  const docs = strike.map((f) => ({ title: f.replace(/\.txt$/, '').replace(/-/g, ' '), text: readFileSync(join('examples', 'corpus', f), 'utf8') }));
  const post = await fetch(base + '/api/articles', { method: 'POST', body: JSON.stringify(docs), headers: { ...bearer, 'content-type': 'application/json' } });
  assert.equal(post.status, 201);
  assert.equal(((await post.json()) as { ingested: number }).ingested, 2);
});

test('a POST that leaves an event unchanged keeps its cached brief; the changed event gets a new one', async () => {
  const events = async () => (await (await fetch(base + '/api/events', { headers: bearer })).json()) as { id: string; article_ids: string[] }[];
  const strike = (await events()).find((e) => e.article_ids.length >= 2)!;
  assert.ok(strike, 'the two strike reports are one event');
  const brief = async (id: string) => {
    const res = await fetch(`${base}/api/events/${id}/brief`, { headers: bearer });
    assert.equal(res.status, 200);
    return res.json();
  };
  const first = await brief(strike.id);
  const readsOf = (ids: string[]) => ids.reduce((s, id) => s + (reads.get(id) ?? 0), 0);
  // an unrelated report: its own event, the strike event untouched
  const other = { title: 'Lighthouse restored', text: 'Volunteers in Ostmere finished restoring the old harbour lighthouse on Saturday, two years after a storm damaged its lamp room, the town council said.' };
  const post = await fetch(base + '/api/articles', { method: 'POST', body: JSON.stringify(other), headers: { ...bearer, 'content-type': 'application/json' } });
  assert.equal(post.status, 201);
  const newId = ((await post.json()) as { article_ids: string[] }).article_ids[0]!;
  const now = await events();
  assert.ok(now.some((e) => e.id === strike.id), 'the strike event keeps its id');
  const before = readsOf(strike.article_ids);
  assert.deepEqual(await brief(strike.id), first, 'the same brief');
  assert.equal(readsOf(strike.article_ids), before, 'served from the cache: its articles were not loaded again');
  const lighthouse = now.find((e) => e.article_ids.includes(newId))!;
  const b = (await brief(lighthouse.id)) as { coverage: { outlets: { article_ids: string[] }[] } };
  assert.ok(b.coverage.outlets.some((o) => o.article_ids.includes(newId)), 'the new event has its own brief');
});
