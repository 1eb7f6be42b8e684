// End to end on the invented demo corpus (examples/): what examples/EXPECTED.md says a careful
// analyst concludes, checked through the same pipeline `parallax analyze` runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../src/store/index.ts';
import { runAnalyze, type RunResult } from '../src/pipeline/run.ts';

const store = openStore(':memory:');
const options = { registryFiles: ['examples/outlets.json'], embed: false };
let cached: Promise<RunResult> | null = null;
function demo(): Promise<RunResult> {
  cached ??= runAnalyze(store, ['examples/corpus'], options);
  return cached;
}

/** Event id of the article read from an input whose name contains `part` (and item/line suffix). */
async function eventOf(part: string): Promise<string> {
  const { report } = await demo();
  const a = report.articles.find((x) => String(x.input).includes(part));
  assert.ok(a, `no article from an input matching ${part}`);
  const id = (a.event_id as string | null) ?? null;
  if (id) return id;
  const dup = report.articles.find((x) => x.id === a.duplicate_of);
  assert.ok(dup?.event_id, `article ${a.id} (${part}) has no event`);
  return dup.event_id as string;
}

test('demo: the four real-world events are told apart', async () => {
  const A = await Promise.all(['vpa-kastrani-marek-velgrad', 'ont-marek-velgrad-visit', 'meridian-archive.jsonl:1', 'aldmark-radio-feed.xml#item-1', 'free-ostavia-monitor', 'velgrad-ledger'].map(eventOf));
  const B = await Promise.all(['aldmark-radio-kalmora', 'vpa-kalmora'].map(eventOf));
  const C = await Promise.all(['ont-marek-first-visit', 'meridian-archive.jsonl:3'].map(eventOf));
  const D = await Promise.all(['cws-brenholm', 'aldmark-radio-feed.xml#item-2', 'meridian-archive.jsonl:2'].map(eventOf));
  for (const [name, group] of Object.entries({ A, B, C, D })) {
    assert.equal(new Set(group).size, 1, `event ${name} is split: ${group.join(', ')}`);
  }
  assert.equal(new Set([A[0], B[0], C[0], D[0]]).size, 4, 'two different events were merged');
});

test('demo: event dates are as precise as the evidence allows, and no more', async () => {
  const { report } = await demo();
  const date = async (part: string) => {
    const id = await eventOf(part);
    return report.events.find((e) => e.id === id)!.date!;
  };
  const a = await date('vpa-kastrani-marek-velgrad');
  assert.equal(a.precision, 'day');
  assert.equal(a.start, '2024-10-15');
  const b = await date('vpa-kalmora');
  assert.ok(b.start === '2019-05-23' || (b.years ?? []).includes(2019), `event B dated ${b.label}`);
  assert.ok(b.start === null || b.start >= '2019-01-01', `event B starts before 2019: ${b.label}`);
  const c = await date('ont-marek-first-visit');
  assert.ok((c.start ?? '').startsWith('2017-11') || (c.years ?? []).includes(2017), `event C dated ${c.label}`);
  for (const e of report.events) assert.ok(Array.isArray((e.date as { evidence?: unknown[] }).evidence), `event ${e.id} date has no evidence list`);
});

test('demo: the three meetings form one storyline in date order, the strike is not in it', async () => {
  const { report } = await demo();
  const [a, b, c, d] = await Promise.all(['vpa-kastrani-marek-velgrad', 'vpa-kalmora', 'ont-marek-first-visit', 'cws-brenholm'].map(eventOf));
  const line = report.storylines.find((s) => s.event_ids.includes(a!));
  assert.ok(line, 'event A is in no storyline');
  assert.deepEqual(line.event_ids.filter((id) => [a, b, c].includes(id)), [c, b, a]);
  assert.ok(!line.event_ids.includes(d!), 'the strike joined the leaders storyline');
});

test('demo: copies are stored once or marked as copies of the earliest', async () => {
  const { report, counts } = await demo();
  assert.equal(counts.rejected, 0);
  const d1 = report.articles.find((x) => String(x.input).includes('cws-brenholm'))!;
  const d3 = report.articles.find((x) => String(x.input).includes('aldmark-radio-feed.xml#item-2'))!;
  assert.equal(d3.duplicate_of, d1.id, 'the syndicated rewrite is not marked as a copy');
  assert.ok(!report.articles.some((x) => String(x.input).includes('newsroll-repost') && !x.duplicate_of), 'the exact re-post counts as a new source');
});

test('demo: every summary sentence is cited to real text', async () => {
  const { report, texts } = await demo();
  let n = 0;
  for (const e of report.events) {
    for (const s of e.brief!.summary) {
      assert.ok(s.citations.length > 0, `uncited summary sentence in ${e.id}`);
      for (const c of s.citations) {
        const text = texts.get(c.article_id)?.text ?? '';
        assert.ok(c.end > c.start && text.slice(c.start, c.end).length > 0, `citation ${c.article_id}:${c.start}-${c.end} resolves to nothing`);
      }
      const first = s.citations[0]!;
      assert.equal(texts.get(first.article_id)!.text.slice(first.start, first.end), s.text);
      n++;
    }
  }
  assert.ok(n >= 4);
});

test('demo: the agreements count is a conflict, the territory share is agreement', async () => {
  const { report } = await demo();
  const a = await eventOf('vpa-kastrani-marek-velgrad');
  const brief = report.events.find((e) => e.id === a)!.brief!;
  const values = brief.conflicts.filter((c) => c.kind === 'quantity').map((c) => c.sides.map((s) => s.value).sort((x, y) => (x ?? 0) - (y ?? 0)));
  assert.ok(values.some((v) => v.includes(7) && v.includes(12)), `no 12-vs-7 conflict: ${JSON.stringify(values)}`);
  assert.ok(!values.some((v) => v.includes(85)), 'the 85% / more than 85% agreement was reported as a conflict');
});

test('demo: running the main job again on the same inputs stores nothing new and gives the same events', async () => {
  const first = await demo();
  const again = await runAnalyze(store, ['examples/corpus'], options);
  assert.equal(again.counts.ingested, 0);
  const shape = (r: RunResult) => r.report.events.map((e) => `${e.id}:${[...e.article_ids].sort().join(',')}:${e.date?.label}`).sort();
  assert.deepEqual(shape(again), shape(first));
});
