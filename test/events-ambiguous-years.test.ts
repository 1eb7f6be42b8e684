// The same people at the same yearly gathering, in different years: an undated report that
// fits two editions equally well (same actors, same place, the same weekday) must join
// neither — content and date cannot tell which year it reports — while an undated report
// whose content singles out one edition still joins it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleWithAnalysis, DatedValue } from '../src/types.ts';
import { day, analyzeSpec, type PlainSpec } from './fixtures/events/analyzed.ts';
import { AMBIGUOUS_RULE, StreamClusterer, clusterEvents } from '../src/events/index.ts';

const TODAY = '2026-01-01';

// Invented: the Tollmere Dialogue, held every spring in the harbour town of Tollmere.
const SPECS: PlainSpec[] = [
  {
    id: 'y21-wharf',
    outlet: 'Wharf Bulletin',
    published: day('2021-05-13'),
    title: 'Odegard and Ferrant open Tollmere Dialogue with fisheries pact',
    text: `President Sunniva Odegard of Brelland and Prime Minister Lucien Ferrant of Ostmark opened the Tollmere Dialogue on Thursday with a pact on shared fishing quotas in the Grey Sound.

The two leaders talked for two hours in the old lighthouse hall in Tollmere before meeting about 300 business delegates.

"Fish do not carry passports," Odegard told the delegates. Ferrant said Ostmark would fund two new patrol boats.

The Dialogue has brought the two governments together in Tollmere every May since 2009.`,
  },
  {
    id: 'y21-post',
    outlet: 'Ostmark Post',
    published: day('2021-05-14'),
    title: 'Fishing quotas deal agreed at Tollmere Dialogue',
    text: `Prime Minister Lucien Ferrant and President Sunniva Odegard agreed on Thursday to share fishing quotas in the Grey Sound, at the Tollmere Dialogue.

Ferrant said Ostmark would pay for two patrol boats to police the quotas. Odegard called the pact "common sense at sea".

Fishing crews in Tollmere welcomed the deal.`,
  },
  {
    id: 'y23-wharf',
    outlet: 'Wharf Bulletin',
    published: day('2023-05-11'),
    title: 'Odegard and Ferrant launch joint ferry at Tollmere Dialogue',
    text: `President Sunniva Odegard and Prime Minister Lucien Ferrant launched the first joint ferry between Brelland and Ostmark on Thursday, as the Tollmere Dialogue opened in Tollmere.

The leaders cut a ribbon on the quay beside the old lighthouse hall, where the Dialogue meets.

"Two years ago we shared the fish. Today we share a boat," Ferrant said.

Odegard said the ferry would carry 400 passengers a day across the Grey Sound.`,
  },
  {
    id: 'y23-post',
    outlet: 'Ostmark Post',
    published: day('2023-05-11'),
    title: 'First joint ferry sails as Tollmere Dialogue opens',
    text: `The first joint ferry between Ostmark and Brelland sailed from Tollmere on Thursday, launched by Prime Minister Lucien Ferrant and President Sunniva Odegard at the opening of the Tollmere Dialogue.

Odegard said the ferry would carry 400 passengers a day. Ferrant said a second ferry would follow next year.`,
  },
  {
    // Undated, and nothing in it but what every edition shares.
    id: 'undated-generic',
    outlet: 'Coast Weekly',
    published: null,
    title: 'Leaders meet at Tollmere Dialogue',
    text: `President Sunniva Odegard and Prime Minister Lucien Ferrant met at the Tollmere Dialogue on Thursday, talking with business delegates in the old lighthouse hall.

Odegard said relations between Brelland and Ostmark had "never been warmer". Ferrant thanked Tollmere for hosting the Dialogue again.`,
  },
  {
    // Undated, but about one edition's ferry.
    id: 'undated-ferry',
    outlet: 'Coast Weekly',
    published: null,
    title: 'Joint ferry launched in Tollmere',
    text: `President Sunniva Odegard and Prime Minister Lucien Ferrant launched the first joint ferry between Brelland and Ostmark on Thursday at the Tollmere Dialogue.

The ferry will carry 400 passengers a day across the Grey Sound, Odegard said. Ferrant said a second ferry would follow.`,
  },
];

function items(): ArticleWithAnalysis[] {
  return SPECS.map((s) => analyzeSpec(s, TODAY));
}

test('an undated report that fits two editions of a yearly meeting equally joins neither', () => {
  const set = clusterEvents(items(), { today: TODAY });
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  assert.equal(of('y21-wharf').id, of('y21-post').id, 'two reports of the 2021 edition');
  assert.equal(of('y23-wharf').id, of('y23-post').id, 'two reports of the 2023 edition');
  assert.notEqual(of('y21-wharf').id, of('y23-wharf').id, 'the editions are different events');
  const generic = of('undated-generic');
  assert.deepEqual(generic.article_ids, ['undated-generic'], 'in neither edition');
  assert.notEqual(generic.date.precision, 'day', `not dated to one edition's day: ${generic.date.label}`);
  // ...but to the two days it can be: both editions' Thursdays.
  assert.equal(generic.date.label, '2021-05-13 or 2023-05-11');
  assert.deepEqual(generic.date.years, [2021, 2023]);
  const a = set.assignments.find((x) => x.article_id === 'undated-generic')!;
  assert.equal(a.rule, AMBIGUOUS_RULE);
  assert.ok(a.runner_up && a.runner_up.score >= 0.25, 'the runner-up it was kept out of is named');
  // its date says which two events it fits
  const why = generic.date.evidence.find((e) => e.rule === AMBIGUOUS_RULE);
  assert.ok(why, JSON.stringify(generic.date.evidence));
  assert.ok(why.note!.includes(of('y21-wharf').id) && why.note!.includes(of('y23-wharf').id), why.note);
  assert.ok(why.note!.includes('2021-05-13') && why.note!.includes('2023-05-11'), why.note);
  // Content that singles out one edition still decides.
  assert.equal(of('undated-ferry').id, of('y23-wharf').id, 'the ferry report joins the 2023 edition');
  assert.equal(of('y23-wharf').date.start, '2023-05-11');
  assert.equal(of('y21-wharf').date.start, '2021-05-13');
});

test('streaming: an undated report arriving after two editions is kept out of both', () => {
  const all = items();
  const sc = new StreamClusterer({ prefit: all });
  const byId = new Map(all.map((x) => [x.article.id, x]));
  for (const id of ['y21-wharf', 'y21-post', 'y23-wharf', 'y23-post']) sc.add(byId.get(id)!);
  const a = sc.add(byId.get('undated-generic')!);
  assert.equal(a.rule, AMBIGUOUS_RULE);
  sc.consolidate();
  const groups = sc.groups().map((g) => [...g].sort().join(','));
  assert.ok(groups.includes('undated-generic'), groups.join(' | '));
  const ferry = sc.add(byId.get('undated-ferry')!);
  assert.equal(ferry.rule, 'joined');
});

test('why: a kept-apart report says it fits two events, not that it scored too low', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { openStore } = await import('../src/store/index.ts');
  const { clusterStore } = await import('../src/pipeline/cluster.ts');
  const { main } = await import('../src/cli/main.ts');
  const dir = mkdtempSync(join(tmpdir(), 'parallax-why-'));
  try {
    const db = join(dir, 'p.db');
    const store = openStore(db);
    for (const it of items()) {
      store.insertArticle(it.article);
      store.putAnalysis(it.analysis);
    }
    clusterStore(store, { today: TODAY });
    store.close();
    let out = '';
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((c: string | Uint8Array) => ((out += String(c)), true)) as typeof process.stdout.write;
    try {
      assert.equal(await main(['node', 'parallax', '--db', db, 'why', 'undated-generic']), 0);
    } finally {
      process.stdout.write = write;
    }
    assert.match(out, /kept apart: it fits .* nearly equally well, and their dates contradict/);
    assert.ok(!out.includes('below the join threshold'), out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
