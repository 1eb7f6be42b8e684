// Events of the same people weeks apart: a vote and the court ruling on it. The ruling's
// reports recall the vote's day in passing; that must neither date the ruling nor pull its
// reports into the vote's event, and three weeks apart is not "nearly the same time".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleWithAnalysis, DatedValue } from '../src/types.ts';
import { day, analyzeSpec } from './fixtures/events/analyzed.ts';
import { clusterEvents } from '../src/events/index.ts';
import { dateFromMembers } from '../src/events/dating.ts';
import { CONTRADICTION_DAYS, timeFactor } from '../src/events/time-feature.ts';
import { VOTE_SPECS } from './fixtures/events/vote-and-ruling.ts';

const TODAY = '2031-01-01';

function items(): ArticleWithAnalysis[] {
  return VOTE_SPECS.map((s) => analyzeSpec({ ...s, published: day(s.published) }, TODAY));
}

test('the ruling three weeks after the vote is its own event, dated by its lede', () => {
  const set = clusterEvents(items(), { today: TODAY });
  const of = (id: string) => set.events.find((e) => e.article_ids.includes(id))!;
  assert.equal(of('ruling-gazette').id, of('ruling-courier').id, 'two reports of the ruling');
  assert.notEqual(of('vote-gazette').id, of('ruling-gazette').id, 'the vote is another event');
  assert.equal(of('ruling-gazette').date.start, '2030-06-26');
  assert.equal(of('ruling-gazette').date.precision, 'day');
  assert.equal(of('vote-gazette').date.start, '2030-06-02');
  // `why` must agree with the result: no article scores higher with another event than with its own.
  for (const a of set.assignments) {
    if (a.runner_up && set.events.find((e) => e.id === a.event_id)!.article_ids.length > 1) {
      assert.ok(a.score >= a.runner_up.score, `${a.article_id}: own ${a.score} < runner-up ${a.runner_up.score}`);
    }
  }
});

test('a day named in the lede outweighs a background day named later in the same article', () => {
  const ruling = items().find((i) => i.article.id === 'ruling-gazette')!;
  const { date } = dateFromMembers([ruling], TODAY);
  assert.equal(date.start, '2030-06-26');
  assert.equal(date.end, '2030-06-26');
});

test('the time factor fades to 0 at the contradiction limit instead of dropping there', () => {
  const f = (days: number) => timeFactor({ days, exact: true });
  assert.ok(f(CONTRADICTION_DAYS) < 0.05, `at the limit: ${f(CONTRADICTION_DAYS)}`);
  assert.ok(f(24) < f(7) / 2, 'three weeks apart is much weaker evidence than one week');
  for (let d = 1; d <= CONTRADICTION_DAYS; d++) assert.ok(f(d) <= f(d - 1) + 1e-12, `monotone at ${d}`);
  assert.ok(f(1) > 1, 'the next day is still close');
});

test('an event title is not one side quoted when a plain headline exists', async () => {
  const { eventTitle } = await import('../src/events/title.ts');
  const { coreEntities } = await import('../src/events/core-entities.ts');
  const all = items();
  const quoted = all.find((i) => i.article.id === 'ruling-courier')!;
  const q = { ...quoted, article: { ...quoted.article, title: 'Brodd on Estmark ruling: "Phantom voters chose this governor"' } };
  const plain = all.find((i) => i.article.id === 'ruling-gazette')!;
  assert.equal(eventTitle([q, plain], coreEntities([q, plain])), plain.article.title);
  assert.equal(eventTitle([q], coreEntities([q])), q.article.title, 'only quoted headlines: the central one stays');
});

test('an event title avoids loaded wording when a plainer headline of a central article exists', async () => {
  const { eventTitle } = await import('../src/events/title.ts');
  const { coreEntities } = await import('../src/events/core-entities.ts');
  const all = items();
  const base = all.find((i) => i.article.id === 'ruling-courier')!;
  const plain = all.find((i) => i.article.id === 'ruling-gazette')!;
  const loaded = { ...base, article: { ...base.article, title: 'Disgraceful Estmark ruling hands Brodd a corrupt victory' } };
  const question = { ...base, article: { ...base.article, title: 'Did the Estmark court just hand Brodd the governorship?' } };
  assert.equal(eventTitle([loaded, plain], coreEntities([loaded, plain])), plain.article.title);
  assert.equal(eventTitle([question, plain], coreEntities([question, plain])), plain.article.title);
  // a plain headline ranked far down does not replace the central ones
  const far = [loaded, question, { ...question, article: { ...question.article, id: 'x3' } }, plain];
  assert.notEqual(eventTitle(far, coreEntities(far)), plain.article.title);
  assert.equal(eventTitle([loaded], coreEntities([loaded])), loaded.article.title, 'only loaded headlines: the central one stays');
});

test('a title that is only a date line is no headline; the lead gives the title', async () => {
  const { eventTitle, isHeadline } = await import('../src/events/title.ts');
  const { coreEntities } = await import('../src/events/core-entities.ts');
  const plain = items().find((i) => i.article.id === 'ruling-gazette')!;
  for (const title of ['THURSDAY, JUNE 30, 2005', 'Saturday, August 24, 2013', 'Updated: Mon 3 May 2031 10:42', 'Posted at 3:21 PM ET, 01/5/2031', '18 September 2031 Last updated at 13:59 GMT', '3/27/2031 @ 10:05AM']) {
    const dated = { ...plain, article: { ...plain.article, title } };
    assert.equal(isHeadline(dated), false, title);
    const got = eventTitle([dated], coreEntities([dated]));
    assert.notEqual(got, title);
    assert.ok(plain.article.text.startsWith(got.replace(/…$/, '')), got);
  }
});
