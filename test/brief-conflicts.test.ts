// Conflicts: incompatible values for one measured thing within one event; compatible values,
// running totals and figures from other events are not conflicts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { compatible } from '../src/brief/figures-norm.ts';
import { article, fixtureEvent, fixtureItems, withAnalysis } from './fixtures/brief/event.ts';

const items = fixtureItems();
const brief = await buildBrief(fixtureEvent(items), items, { embed: false });
const textOf = new Map(items.map((it) => [it.article.id, it.article.text]));

test('qualified figures are intervals', () => {
  assert.ok(compatible({ value: 90, qualifier: 'more than' }, { value: 90, qualifier: null }));
  assert.ok(compatible({ value: 10, qualifier: 'at least' }, { value: 12, qualifier: null }));
  assert.ok(compatible({ value: 400, qualifier: 'about' }, { value: 380, qualifier: null }));
  assert.ok(!compatible({ value: 12, qualifier: null }, { value: 20, qualifier: null }));
  assert.ok(!compatible({ value: 100, qualifier: 'fewer than' }, { value: 150, qualifier: 'more than' }));
  assert.ok(!compatible({ value: 50, qualifier: 'nearly' }, { value: 60, qualifier: null }));
});

test('12 vs 20 killed in the same clashes is a conflict with both sides cited', () => {
  const c = brief.conflicts.find((x) => x.kind === 'quantity' && /kill/.test(x.measure));
  assert.ok(c, JSON.stringify(brief.conflicts));
  const values = c.sides.map((s) => s.value).sort((a, b) => a! - b!);
  assert.deepEqual(values, [12, 20]);
  for (const s of c.sides) {
    assert.ok(s.citations.length > 0);
    const cit = s.citations[0]!;
    assert.match(textOf.get(cit.article_id)!.slice(cit.start, cit.end), new RegExp(String(s.value)));
  }
});

test('"85%", "85 percent" and "more than 85%" agree', () => {
  const f = brief.figures.find((x) => x.sides.some((s) => s.unit === '%' || s.text.includes('%')));
  assert.ok(f);
  assert.equal(f.verdict, 'agree');
  assert.equal(new Set(f.sides.flatMap((s) => s.sources)).size, 3);
  assert.ok(!brief.conflicts.some((c) => c.sides.some((s) => s.value === 85)));
});

test('running totals at different values are context, not a conflict', () => {
  const f = brief.figures.find((x) => x.sides.some((s) => s.value === 250000));
  assert.ok(f, 'the totals are compared');
  assert.equal(f.verdict, 'context');
  assert.ok(!brief.conflicts.some((c) => c.sides.some((s) => s.value === 250000 || s.value === 300000)));
});

test('a figure from another event is not compared', async () => {
  const other = withAnalysis(
    article('later-1', 'Coastal Times', 'CS', 'private', 'Second round of talks', 'Marshal Oren Vask met Premier Lida Sorn again in Kalvaro.\n\n30 people were killed in the clashes near Dresk on Sunday.'),
  );
  const ev1 = await buildBrief({ ...fixtureEvent(items), article_ids: ['herald-1'] }, items, { embed: false });
  const ev2 = await buildBrief({ ...fixtureEvent([other]), id: 'ev-2' }, [other], { embed: false });
  assert.equal(ev1.conflicts.length, 0);
  assert.equal(ev2.conflicts.length, 0);
});

test('different dates for the same happening conflict; the day of a report does not', async () => {
  const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'NV', 'private', 'Ceasefire', text));
  const its = [
    mk('d-1', 'Harbour Daily', 'The ceasefire between the two armies took effect on 12 May 2024 across the whole province.'),
    mk('d-2', 'Hill Courier', 'The ceasefire between the two armies took effect on 14 May 2024 across the whole province.'),
    mk('d-3', 'Plains Post', 'Officials reported on 15 May 2024 that the ceasefire between the two armies had taken effect across the whole province.'),
  ];
  const b = await buildBrief({ ...fixtureEvent(its) }, its, { embed: false });
  const dates = b.conflicts.filter((c) => c.kind === 'date');
  assert.equal(dates.length, 1, JSON.stringify(b.conflicts));
  assert.deepEqual(dates[0]!.sides.map((s) => s.text).sort(), ['12 May 2024', '14 May 2024']);
});

test('different places for the same meeting conflict; a city and its country do not', async () => {
  const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'NV', 'private', 'Talks', text));
  const its = [
    mk('p-1', 'Harbour Daily', 'The two foreign ministers met in Geneva on Friday to discuss the prisoner exchange.'),
    mk('p-2', 'Hill Courier', 'The two foreign ministers met in Vienna on Friday to discuss the prisoner exchange.'),
    mk('p-3', 'Plains Post', 'The two foreign ministers met in Switzerland on Friday to discuss the prisoner exchange.'),
  ];
  const b = await buildBrief({ ...fixtureEvent(its) }, its, { embed: false });
  const places = b.conflicts.filter((c) => c.kind === 'place');
  assert.ok(places.length >= 1, JSON.stringify(b.conflicts));
  for (const c of places) assert.ok(c.sides.some((s) => s.text === 'Vienna'), 'Geneva and Switzerland agree; Vienna is the odd one');
  assert.ok(!places.some((c) => c.sides.some((s) => s.text === 'Geneva') && c.sides.some((s) => s.text === 'Switzerland')));
});

test('different figures tied to different named places are different incidents, not a conflict', async () => {
  const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'NV', 'private', 'Shelling', text));
  const its = [
    mk('s-1', 'Harbour Daily', 'Monitors said at least 25 civilians were killed in shelling near Orsk during the offensive.'),
    mk('s-2', 'Hill Courier', 'Monitors said 9 civilians were killed in shelling near Talvi during the offensive.'),
  ];
  const b = await buildBrief({ ...fixtureEvent(its) }, its, { embed: false });
  assert.equal(b.conflicts.filter((c) => c.kind === 'quantity').length, 0, JSON.stringify(b.conflicts));
  const f = b.figures.find((x) => x.sides.some((s) => s.value === 9));
  assert.ok(f, 'the two tolls are still compared');
  assert.equal(f.verdict, 'context');
});
