import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../src/analyze/index.ts';
import { combineConstraints } from '../src/analyze/dating/combine.ts';
import { monthDayValue, monthValue, rangeValue, weekdayOf, yearValue } from '../src/util/calendar.ts';
import type { Article, DatedValue } from '../src/types.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/analyze/${name}`, import.meta.url), 'utf8');
const art = (text: string, published: DatedValue | null = null): Article => ({ id: 'd', input: 'd', title: '', text, url: null, outlet: null, published, language: 'en', duplicate_of: null, content_hash: '', warnings: [] });
const date = (text: string, published: DatedValue | null = null) => analyzeArticle(art(text, published), { today: '2026-11-21' }).published!;
const rules = (d: DatedValue) => d.evidence.map((e) => e.rule);

test('dateline month-day + a completed first half of a year => that day, with evidence', () => {
  const d = date(fixture('dateline-span.txt'));
  assert.deepEqual([d.precision, d.start, d.end], ['day', '2022-09-08', '2022-09-08']);
  assert.ok(rules(d).includes('dateline'));
  assert.ok(rules(d).includes('completed-span'));
  for (const e of d.evidence) if (e.start !== undefined && e.text) assert.ok(fixture('dateline-span.txt').slice(e.start, e.end).startsWith(e.text.slice(0, 10)));
});

test('a dateline month-day from metadata (extract stage) is combined the same way', () => {
  const text = fixture('dateline-span.txt').replace('PARIS, September 8. /NORDPRESS/. ', '');
  const meta: DatedValue = { ...monthDayValue(9, 8), evidence: [{ rule: 'dateline', note: 'from extract' }] };
  const d = date(text, meta);
  assert.equal(d.start, '2022-09-08');
  assert.equal(d.precision, 'day');
});

test('an N-year conflict that began in a given month anchors the year; the reporting date gives the day', () => {
  const d = date(fixture('anchored-duration.txt'));
  assert.equal(d.start, '2022-06-05');
  assert.ok(rules(d).includes('duration-anchor'));
  assert.ok(rules(d).includes('reporting-date'));
});

test('weekday + month-day without a year => candidate years only, never one invented year', () => {
  const d = date(fixture('weekday-monthday.txt'));
  assert.equal(d.precision, 'month-day');
  assert.deepEqual([d.month, d.day, d.weekday], [11, 12, 4]);
  assert.ok(d.years && d.years.length >= 2);
  for (const y of d.years!) assert.equal(weekdayOf(y, 11, 12), 4);
  assert.ok(rules(d).includes('weekday+month-day'));
});

test('two reported days and no year => a year-open range label', () => {
  const d = date(fixture('no-date.txt'));
  assert.equal(d.month, 3);
  assert.match(d.label, /21–22 March/);
  assert.match(d.label, /year not stated/);
  assert.equal(d.start, null);
});

test('metadata with a year is kept as is', () => {
  const meta: DatedValue = { ...monthValue(2019, 4), evidence: [{ rule: 'metadata' }] };
  assert.deepEqual(date(fixture('no-date.txt'), meta), meta);
});

test('no date evidence at all => null', () => {
  assert.equal(analyzeArticle(art('Nothing here is dated.'), { today: '2026-01-01' }).published, null);
});

test('combineConstraints drops the weaker of two contradicting constraints and says so', () => {
  const c = combineConstraints([
    { value: yearValue(2020), strength: 50, evidence: { rule: 'a' } },
    { value: yearValue(2021), strength: 10, evidence: { rule: 'b' } },
    { value: rangeValue('2020-03-01', null), strength: 30, evidence: { rule: 'c' } },
  ]);
  assert.deepEqual([c.value?.start, c.value?.end], ['2020-03-01', '2020-12-31']);
  assert.deepEqual(c.dropped.map((x) => x.evidence.rule), ['b']);
});

test('a "former" title gives no role constraint; a current one does', () => {
  const cur = date('Turkish President Recep Tayyip Erdogan met reporters on May 3.');
  assert.ok(rules(cur).includes('role-term'));
  const old = date('Former Turkish President Recep Tayyip Erdogan met reporters on May 3.');
  assert.ok(!rules(old).includes('role-term'));
});

test('a background date is not taken for the article date, nor paired with the event weekday', () => {
  const text = 'Estonian President Alar Karis visited Riga on Tuesday evening for talks on energy.\nThe pipeline project was launched on March 30. Since then, prices have fallen.';
  const d = analyzeArticle(art(text), { today: '2026-11-21' }).published;
  assert.equal(d, null);
});

test('"now in its sixth year" + the start date in the same sentence anchors the year; the dateline gives the day', () => {
  const text = 'TARVIK, June 2. /NORDPRESS/. Leaders met at the lake residence.\nThe dispute, now in its sixth year, was started by a border incident in April 2012, officials say.';
  const d = date(text);
  assert.deepEqual([d.precision, d.start], ['day', '2017-06-02']);
  assert.ok(rules(d).includes('duration-anchor'));
});

test('an N-year war anchored by the one start date given elsewhere in the article', () => {
  const text = 'President Ivo Rask hosted Marta Kell at his residence on Friday, on June 9, and called for an end to the seven-year war.\nMore than 9,000 people have died since the uprising in the south in May 2010, monitors say.';
  const d = date(text);
  assert.equal(d.start, '2017-06-09');
  assert.equal(d.precision, 'day');
  assert.ok(d.evidence.some((e) => e.rule === 'duration-anchor' && /seven-year war … May 2010/.test(e.text ?? '')));
});

test('a dateline day and a reporting weekday near the top keep only years where they agree', () => {
  const text = 'VELMO, March 4. /NORDPRESS/. The two ministers met for three hours, the ministry said on Tuesday.';
  const d = date(text);
  assert.equal(d.precision, 'month-day');
  assert.ok(d.years && d.years.length > 0);
  for (const y of d.years!) assert.equal(weekdayOf(y, 3, 4), 2);
  assert.ok(rules(d).includes('dateline+reporting-weekday'));
});

test('same input on the same day gives identical output; a run-date upper bound is labelled as such', () => {
  const text = 'The reservoir has been dry since March 2019, farmers in the valley said. Talks about a new canal continue.';
  const one = analyzeArticle(art(text), { today: '2026-11-21' });
  const two = analyzeArticle(art(text), { today: '2026-11-21' });
  assert.deepEqual(one, two);
  const d = one.published!;
  assert.equal(d.end, '2026-11-21');
  assert.match(d.label, /run date 2026-11-21/);
  assert.match(d.evidence.find((e) => e.rule === 'not-after-today')!.note!, /run date/);
  // A bound the text gives itself is not labelled as the run date.
  const dated = date('MERIDIAN, March 3, 2024 - The reservoir has been dry since March 2019, farmers said.');
  assert.doesNotMatch(dated.label, /run date/);
});
