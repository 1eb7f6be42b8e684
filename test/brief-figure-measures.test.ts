// Figures whose counted noun says little ("killed 12 people", "detained about 200 people"),
// tolls named with different words ("arrested" / "detained", "dead" / "killed"), and figures
// that are background (dated before the event, or an earlier value) rather than the event's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { buildBrief } from '../src/brief/index.ts';
import { isPriorValue } from '../src/brief/figure-time.ts';
import type { ArticleWithAnalysis, Event } from '../src/types.ts';
import { article } from './fixtures/brief/event.ts';

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const, label: d, evidence: [] });

function item(id: string, outlet: string, text: string, published = '2031-06-10'): ArticleWithAnalysis {
  const a = { ...article(id, outlet, 'QX', 'private', 'Strike on Ferrow', text), published: day(published) };
  return { article: a, analysis: analyzeArticle(a, { today: '2031-12-31' }) };
}

function event(items: ArticleWithAnalysis[], date: string): Event {
  return { id: 'ev-f', title: 'Strike on Ferrow', date: day(date), article_ids: items.map((i) => i.article.id), entity_ids: [], storyline_id: null };
}

// 2031-06-09 is a Monday; the articles come out the next day.
const STRIKE = [
  item('a', 'Ferrow Daily', 'An air strike on the village of Ferrow on Monday killed 12 people, the district doctor said.\n\nA strike on the town of Moss in February killed 48 people, according to monitors.'),
  item('b', 'Cindral News', 'An air strike killed 25 people in the village of Ferrow on Monday, the mayor said.\n\nThe strike came months after the bombing of Moss, which killed 48 people.'),
  item('c', 'Harbour Gazette', 'The army said the raid on Ferrow on Monday left 30 dead.\n\nLocal people said the school was hit twice.'),
];

test('a toll stated with the verb before the number is compared: 12 vs 25 vs 30 killed conflict', async () => {
  const b = await buildBrief(event(STRIKE, '2031-06-09'), STRIKE, { embed: false });
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort((x, y) => x! - y!), [12, 25, 30]);
  assert.match(c.measure, /killed/);
});

test('a death toll from an earlier strike is background, not a side of the conflict', async () => {
  const b = await buildBrief(event(STRIKE, '2031-06-09'), STRIKE, { embed: false });
  assert.ok(!b.conflicts.some((c) => c.sides.some((s) => s.value === 48)), JSON.stringify(b.conflicts));
  const bg = b.figures.find((f) => f.sides.some((s) => s.value === 48));
  assert.ok(bg, 'the two outlets giving the earlier toll are still compared');
  assert.equal(bg.verdict, 'context');
});

test('one value counted as different people ("30 militants" / "30 civilians") is said in the note', async () => {
  const items = [
    item('m1', 'Ferrow Daily', 'The army said its jets hit Ferrow on Monday, killing 30 militants.'),
    item('m2', 'Cindral News', 'Jets hit Ferrow on Monday, killing 30 civilians, the health ministry said.'),
  ];
  const b = await buildBrief(event(items, '2031-06-09'), items, { embed: false });
  const f = b.figures.find((x) => x.sides.some((s) => s.value === 30));
  assert.ok(f, JSON.stringify(b.figures));
  assert.equal(f.verdict, 'agree');
  assert.match(f.note, /30 is counted as .*militants \(Ferrow Daily\).*civilians \(Cindral News\)|30 is counted as .*civilians \(Cindral News\).*militants \(Ferrow Daily\)/);
});

const PROTEST = [
  item('p1', 'Ferrow Daily', 'Police detained about 200 people after the march in Ferrow on Saturday.\n\nIn 2027, 40 people were arrested at a similar march.', '2031-06-08'),
  item('p2', 'Cindral News', '200 people were detained in Ferrow on Saturday, the ministry said.\n\nOrganisers said more than 350 people had been arrested.', '2031-06-08'),
  item('p3', 'Harbour Gazette', 'Ferrow has seen protests since 2027, when 40 people were arrested.', '2031-06-08'),
];

test('"about 200" and "200" detained agree; "more than 350 arrested" is the same toll and conflicts', async () => {
  const b = await buildBrief(event(PROTEST, '2031-06-07'), PROTEST, { embed: false });
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  const values = c.sides.map((s) => `${s.qualifier ?? ''} ${s.value}`.trim()).sort();
  assert.deepEqual(values, ['200', 'about 200', 'more than 350']);
  assert.ok(!c.sides.some((s) => s.value === 40), 'the 2027 arrests are background');
});

test('a day next to the event\'s date is still the event\'s own time', async () => {
  const items = [
    item('n1', 'Ferrow Daily', 'Police detained 200 people in Ferrow late on Sunday, the ministry said.'),
    item('n2', 'Cindral News', 'Police detained 350 people in Ferrow on Monday, organisers said.'),
  ];
  const b = await buildBrief(event(items, '2031-06-09'), items, { embed: false });
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort(), [200, 350]);
});

test('an earlier value in the same sentence is not compared with the new one', async () => {
  const items = [
    item('e1', 'Ferrow Daily', 'The deficit will narrow to 3.1% of GDP this year, the ministry said on Monday.'),
    item('e2', 'Cindral News', 'The ministry said on Monday that the deficit would narrow to 3.1 percent of GDP, down from 3.6 percent of GDP.'),
  ];
  const b = await buildBrief(event(items, '2031-06-09'), items, { embed: false });
  assert.equal(b.conflicts.length, 0, JSON.stringify(b.conflicts));
  const prior = (s: string, q: string) => isPriorValue(s, s.indexOf(q), s.indexOf(q) + q.length);
  assert.ok(prior('growth of 3.5 percent, up from an earlier forecast of 2.9 percent', '2.9 percent'));
  assert.ok(!prior('growth of 3.5 percent, up from an earlier forecast of 2.9 percent', '3.5 percent'));
  assert.ok(!prior('output rose from 3 to 5 percent', '5 percent'));
});

test('a rate that "rose to" different levels for the same earlier month is a conflict, not a running total', async () => {
  const items = [
    item('u1', 'Ferrow Daily', 'Unemployment rose to 6.2% in May, the statistics office said on Monday.'),
    item('u2', 'Cindral News', 'Unemployment rose to 6.7 percent in May, the statistics office said on Monday.'),
  ];
  const b = await buildBrief(event(items, '2031-06-09'), items, { embed: false });
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort(), [6.2, 6.7]);
});

test('"$1.2bn" and "1,200 million dollars" are the same amount', () => {
  const qs = item('m', 'Ferrow Daily', 'The $1.2bn package replaces one worth 1,200 million dollars; a 5m wall is not money.').analysis.quantities;
  const money = qs.filter((q) => q.unit === 'USD').map((q) => q.value);
  assert.deepEqual(money, [1.2e9, 1.2e9]);
  assert.ok(!qs.some((q) => q.value === 5e6));
});
