// All-number dates ("26/11/2019") read in the order the article shows, else the outlet's country's;
// fiscal years span the two calendar years they may cover; "the BBC's Today programme" is no day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { pub } from './fixtures/analyze/dated.ts';
import { monthDayValue } from '../src/util/calendar.ts';
import type { Article, DatedValue, OutletRef } from '../src/types.ts';

const outlet = (country: string): OutletRef => ({ name: 'X', id: null, country, evidence: [] });
const art = (text: string, published: DatedValue | null, o: OutletRef | null = null): Article => ({ id: 'n', input: 'n', title: '', text, url: null, outlet: o, published, language: 'en', duplicate_of: null, content_hash: '', warnings: [] });
const times = (text: string, p: DatedValue | null = pub(2031, 3, 14), o: OutletRef | null = null) =>
  analyzeArticle(art(text, p, o), { today: '2033-01-01' }).times.map((t) => [t.text, t.resolved?.label ?? null]);

test('an unambiguous day-first date sets the order for the ambiguous ones of the article', () => {
  assert.deepEqual(times('The fire started on 26/11/2030. The state asked for help on 02/12/2030.'), [
    ['26/11/2030', '2030-11-26'],
    ['02/12/2030', '2030-12-02'],
  ]);
  assert.deepEqual(times('Filed on 11/26/2030, the suit was amended on 02/12/2031.')[1], ['02/12/2031', '2031-02-12']);
});

test("an ambiguous date follows the outlet's country, else only its year is read", () => {
  const text = 'Schools will reopen on 02/08/2031.';
  assert.deepEqual(times(text, pub(2031, 7, 1), outlet('IN')), [['02/08/2031', '2031-08-02']]);
  assert.deepEqual(times(text, pub(2031, 1, 10), outlet('US')), [['02/08/2031', '2031-02-08']]);
  assert.deepEqual(times(text, pub(2031, 1, 10)), [['02/08/2031', '2031']]);
  // a dotted date is day-first
  assert.deepEqual(times('The law takes effect on 16.08.2031.'), [['16.08.2031', '2031-08-16']]);
});

test('a numeric date is neither a quantity nor split into a year', () => {
  const r = analyzeArticle(art('Crews have fought the blaze since 26/11/2030 and 14.12.2030.', pub(2031, 1, 8)), { today: '2033-01-01' });
  assert.equal(r.quantities.length, 0, JSON.stringify(r.quantities));
  assert.deepEqual(r.times.map((t) => t.text), ['26/11/2030', '14.12.2030']);
});

test('a fiscal year may start in the calendar year before the one it is named by', () => {
  assert.deepEqual(times('The company raised its fiscal 2032 forecast; in FY31 sales fell and the 2029-30 budget was cut.'), [
    ['fiscal 2032', '2031-01-01 – 2032-12-31'],
    ['FY31', '2030-01-01 – 2031-12-31'],
    ['2029-30', '2029-01-01 – 2030-12-31'],
  ]);
});

test('a capitalised "Today" after a lower-case word or a possessive is a programme, not the day', () => {
  assert.deepEqual(times("Mr Brackley told the BBC's Today programme that he had appeared on Today before."), []);
  assert.deepEqual(times('"Today the people chose hope," she said.'), [['Today', '2031-03-14']]);
});

test('"by the end of March" is the end of that month in the year the tense gives', () => {
  assert.deepEqual(times('Orbitek will cut 2,300 jobs by the end of March.', pub(2031, 1, 18)), [['the end of March', '2031-03-21 – 2031-03-31']]);
  assert.deepEqual(times('Talks collapsed at the start of December.', pub(2031, 1, 18)), [['the start of December', '2030-12-01 – 2030-12-10']]);
});

test('a run of days is a range from its first day, never its last day alone', () => {
  assert.deepEqual(times('The summit runs from 3 to 5 March. The festival took place 14-16 July 2030. Talks run March 23-25 in Geneva.'), [
    ['3 to 5 March', '2031-03-03 – 2031-03-05'],
    ['14-16 July 2030', '2030-07-14 – 2030-07-16'],
    ['March 23-25', '2031-03-23 – 2031-03-25'],
  ]);
  const r = analyzeArticle(art('The fair ran from 24 to 29 April 2030.', pub(2031, 3, 14)), { today: '2033-01-01' });
  assert.deepEqual(r.times.map((t) => t.resolved?.label), ['2030-04-24 – 2030-04-29']);
  assert.equal(r.quantities.length, 0, 'the first day is no count');
  // two full dates may be a change ("moved from April 24 to April 29"): two days, no span
  assert.deepEqual(times('The launch moved from April 24 to April 29.').map((t) => t[0]), ['April 24', 'April 29']);
});

test('"data showed on Tuesday" is a reporting day: with a yearless dateline it picks the year', () => {
  // the extract stage gives the dateline as the article's month-day
  const dateline: DatedValue = { ...monthDayValue(11, 4), evidence: [{ rule: 'dateline' }] };
  const r = analyzeArticle(art('LONDON, Nov 4 (Meridian) - The jobless rate rose to 4.8% in the three months to September, its highest since 2021, official data showed on Tuesday.', dateline), { today: '2026-11-21' });
  assert.equal(r.published?.start, '2025-11-04');
  assert.equal(r.published?.precision, 'day');
});
