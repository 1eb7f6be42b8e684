// `parallax events`, `timeline` and `why` over a store clustered by clusterStore, run in-process
// through the CLI's main() (output captured), so the test stays fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/index.ts';
import { clusterStore } from '../src/pipeline/cluster.ts';
import { main } from '../src/cli/main.ts';
import { buildItem } from './fixtures/events/build.ts';
import { ENTITIES, SPECS } from './fixtures/events/leaders.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-events-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'p.db');
async function run(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    const status = await main(['node', 'parallax', '--db', db, ...args]);
    return { status, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    process.exitCode = undefined;
  }
}

const store = openStore(db);
for (const it of SPECS.map((s) => buildItem(s, ENTITIES))) {
  store.insertArticle(it.article);
  store.putAnalysis(it.analysis);
}
const set = clusterStore(store, { today: '2026-01-01' });
store.close();

test('clusterStore stores the set it returns', () => {
  const s = openStore(db);
  try {
    assert.deepEqual(s.events().events.map((e) => e.id).sort(), set.events.map((e) => e.id).sort());
    assert.equal(s.events().assignments.length, set.assignments.length);
  } finally {
    s.close();
  }
});

test('events --json lists id, date label, title, article count (duplicates once) and outlets', async () => {
  const r = await run('events', '--json');
  assert.equal(r.status, 0, r.stderr);
  const evs = JSON.parse(r.stdout) as Array<{ id: string; date_label: string; title: string; article_count: number; outlets: string[]; article_ids: string[] }>;
  assert.equal(evs.length, 4);
  const lisbon = evs.find((e) => e.article_ids.includes('lisbon-north'))!;
  assert.equal(lisbon.article_count, 3);
  assert.deepEqual(lisbon.outlets, ['Harbor Ledger', 'Meridian Post', 'Northwind Daily', 'Northwind Weekly']);
  assert.equal(lisbon.date_label, '2022-03-04');
  const table = await run('events');
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /2022-03-04/);
});

test('events filters: entity, outlet, period; a bad date is a usage error', async () => {
  const all = JSON.parse((await run('events', '--json')).stdout) as Array<{ id: string; entity_ids: string[]; outlets: string[]; date: { start: string | null; end: string | null } }>;
  const lisbon = all.find((e) => e.outlets.includes('Harbor Ledger'))!;
  const byOutlet = JSON.parse((await run('events', '--json', '--outlet', 'harbor ledger')).stdout) as Array<{ id: string }>;
  assert.deepEqual(byOutlet.map((e) => e.id), [lisbon.id]);
  const name = lisbon.entity_ids.find((id) => id.startsWith('person:'))!;
  const byEntity = JSON.parse((await run('events', '--json', '--entity', name)).stdout) as Array<{ id: string; entity_ids: string[] }>;
  assert.ok(byEntity.some((e) => e.id === lisbon.id));
  assert.ok(byEntity.length < all.length && byEntity.every((e) => e.entity_ids.includes(name)));
  const day = lisbon.date.start!;
  const inDay = JSON.parse((await run('events', '--json', '--since', day, '--until', day)).stdout) as Array<{ id: string; date: { start: string; end: string } }>;
  assert.ok(inDay.some((e) => e.id === lisbon.id));
  assert.ok(inDay.every((e) => e.date.start <= day && e.date.end >= day));
  const none = await run('events', '--title', 'no-such-word-anywhere');
  assert.equal(none.status, 0);
  assert.match(none.stdout, /none of the \d+ stored events matches/);
  const bad = await run('events', '--since', '2022-02-30');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--since must be a date/);
});

test('outlets: one profile per outlet of the stored events; --outlet narrows; bad format is a usage error', async () => {
  const r = await run('outlets', '--format', 'json', '--no-embed');
  assert.equal(r.status, 0, r.stderr);
  const profiles = JSON.parse(r.stdout) as Array<{ outlet: string; events: Array<{ event_id: string }> }>;
  const events = JSON.parse((await run('events', '--json')).stdout) as Array<{ id: string; outlets: string[] }>;
  const named = new Set(events.flatMap((e) => e.outlets));
  for (const o of named) assert.ok(profiles.some((p) => p.outlet === o), `${o} has a profile`);
  const ledger = profiles.find((p) => p.outlet === 'Harbor Ledger')!;
  assert.deepEqual(ledger.events.map((e) => e.event_id).sort(), events.filter((e) => e.outlets.includes('Harbor Ledger')).map((e) => e.id).sort());
  const one = await run('outlets', '--outlet', 'harbor', '--no-embed');
  assert.equal(one.status, 0, one.stderr);
  assert.match(one.stdout, /\*\*Harbor Ledger\*\*/);
  assert.ok(!one.stdout.includes('**Meridian Post**'));
  assert.equal((await run('outlets', '--format', 'pdf')).status, 2);
});

test('articles --event lists one event\'s articles, --outlet one outlet\'s; an unknown event is a usage error', async () => {
  const events = JSON.parse((await run('events', '--json')).stdout) as Array<{ id: string; article_ids: string[] }>;
  const ev = events.find((e) => e.article_ids.length > 1)!;
  const listed = JSON.parse((await run('articles', '--json', '--event', ev.id.slice(0, 10))).stdout) as Array<{ id: string; outlet: { name: string } | null }>;
  assert.deepEqual(listed.map((a) => a.id).sort(), [...ev.article_ids].sort());
  const ledger = JSON.parse((await run('articles', '--json', '--outlet', 'LEDGER')).stdout) as Array<{ outlet: { name: string } | null }>;
  assert.ok(ledger.length > 0 && ledger.every((a) => a.outlet?.name === 'Harbor Ledger'));
  const bad = await run('articles', '--event', 'ev-none');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /no event "ev-none"/);
});

test('timeline shows the storyline in date order; --storyline filters; unknown id is a usage error', async () => {
  const r = await run('timeline', '--json');
  assert.equal(r.status, 0, r.stderr);
  const t = JSON.parse(r.stdout) as { storylines: Array<{ id: string; events: Array<{ id: string; date: string; start: string | null }> }>; unlinked_events: unknown[] };
  assert.equal(t.storylines.length, 1);
  const dates = t.storylines[0]!.events.map((e) => e.date);
  assert.equal(dates[0], '2016-06-14');
  assert.equal(dates[2], '2022-03-04');
  assert.equal(t.unlinked_events.length, 1);
  const one = await run('timeline', '--storyline', t.storylines[0]!.id);
  assert.equal(one.status, 0, one.stderr);
  assert.match(one.stdout, /Halvard Renn/);
  assert.equal((await run('timeline', '--storyline', 'st-nope')).status, 2);
});

test('why explains an assignment: score, runner-up, shared entities, date gap, date evidence', async () => {
  const r = await run('why', 'oslo');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /rule: /);
  assert.match(r.stdout, /runner-up: /);
  assert.match(r.stdout, /corpus:cross-article-mention \[vienna/);
  const j = JSON.parse((await run('why', 'lisbon-meridian', '--json')).stdout) as { assignment: { shared_entities: string[]; runner_up: { score: number } | null; score: number } };
  assert.ok(j.assignment.shared_entities.includes('person:selma-varga'));
  assert.equal((await run('why', 'no-such-article')).status, 2);
});
