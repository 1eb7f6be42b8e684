import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { dayValue, weekdayOf } from '../src/util/calendar.ts';
import type { Article, DatedValue } from '../src/types.ts';

const published = (y: number, m: number, d: number): DatedValue => ({ ...dayValue(y, m, d), evidence: [{ rule: 'metadata' }] });
const art = (text: string, pub: DatedValue | null): Article => ({ id: 't', input: 't', title: '', text, url: null, outlet: null, published: pub, language: 'en', duplicate_of: null, content_hash: '', warnings: [] });
const times = (text: string, pub: DatedValue | null) => analyzeArticle(art(text, pub), { today: '2026-01-01' }).times;
const find = (list: ReturnType<typeof times>, s: string) => list.find((t) => t.text === s);

test('relative expressions resolve against a known publication day', () => {
  // 2023-05-18 is a Thursday.
  assert.equal(weekdayOf(2023, 5, 18), 4);
  const list = times('The minister arrived on Tuesday. Last week, talks failed. Yesterday was calm. This year will be hard. The deal was signed on May 2 and in January 2020.', published(2023, 5, 18));
  assert.equal(find(list, 'Tuesday')!.resolved!.start, '2023-05-16');
  const lw = find(list, 'Last week')!.resolved!;
  assert.deepEqual([lw.start, lw.end, lw.precision], ['2023-05-08', '2023-05-14', 'range']);
  assert.equal(find(list, 'Yesterday')!.resolved!.start, '2023-05-17');
  assert.equal(find(list, 'This year')!.resolved!.precision, 'year');
  assert.equal(find(list, 'May 2')!.resolved!.start, '2023-05-02');
  const jan = find(list, 'January 2020')!.resolved!;
  assert.deepEqual([jan.precision, jan.start, jan.end], ['month', '2020-01-01', '2020-01-31']);
});

test('a past-tense month-day later in the year than publication belongs to the previous year', () => {
  const list = times('The agreement was signed on December 20.', published(2023, 1, 5));
  assert.equal(find(list, 'December 20')!.resolved!.start, '2022-12-20');
});

test('without a publication date, expressions stay symbolic', () => {
  const list = times('They met on Tuesday, September 13th. Last week was tense. A month after that, in March 2011, it began.', null);
  const tue = find(list, 'Tuesday')!;
  assert.equal(tue.resolved, null);
  assert.equal(tue.symbolic?.weekday, 2);
  const md = find(list, 'September 13th')!;
  assert.equal(md.resolved?.precision, 'month-day');
  assert.deepEqual([md.symbolic?.month, md.symbolic?.day], [9, 13]);
  assert.equal(find(list, 'Last week')!.resolved, null);
  assert.equal(find(list, 'Last week')!.symbolic?.relative, 'last-week');
  assert.equal(find(list, 'A month after')!.symbolic?.duration?.months, 1);
  assert.equal(find(list, 'March 2011')!.resolved?.precision, 'month');
});

test('spans, durations and decades carry their symbolic form', () => {
  const list = times('In the first half of 2021 trade grew; the 10-year conflict goes on; prices peaked in the 1990s and late 2019.', null);
  const half = find(list, 'the first half of 2021')!;
  assert.deepEqual([half.resolved?.start, half.resolved?.end], ['2021-01-01', '2021-06-30']);
  assert.equal(find(list, '10-year conflict')!.symbolic?.duration?.years, 10);
  assert.equal(find(list, 'the 1990s')!.resolved?.end, '1999-12-31');
  assert.equal(find(list, 'late 2019')!.resolved?.start, '2019-09-01');
});

test('invalid calendar dates are kept unresolved with a warning', () => {
  const a = analyzeArticle(art('It happened on 31 February 2021 and in 0000.', null), { today: '2026-01-01' });
  const feb = a.times.find((t) => t.text.startsWith('31 February'))!;
  assert.equal(feb.resolved, null);
  assert.ok(a.warnings.some((w) => w.code === 'invalid-date'));
});

test('counts are not years: "2000 people" is not a time expression', () => {
  const list = times('Some 2000 people marched in 1999.', null);
  assert.equal(list.length, 1);
  assert.equal(list[0].text, '1999');
});

test('with an article date of month-day + candidate years, month-days get the same candidates', () => {
  const pub: DatedValue = { start: '2019-10-16', end: '2024-10-16', precision: 'month-day', month: 10, day: 16, weekday: 3, years: [2019, 2024], label: 'x', evidence: [] };
  const list = times('The talks were held on October 15. The plan dates from December 2.', pub);
  assert.deepEqual(find(list, 'October 15')!.resolved!.years, [2019, 2024]);
  assert.deepEqual(find(list, 'December 2')!.resolved!.years, [2018, 2023]);
});

test('four-digit numbers that are counts, clock times or sizes are not years; real years are', () => {
  const list = times(
    'Polls closed at 1300 GMT and the navy said the ship was boarded at 1100 hours. The 1000-member congregation met again. ' +
      'The new screen shows 1440 x 900 pixels. He ran for 1098 yards. The model 9600 modem is gone. The town was founded in 1642 and flooded in 1998.',
    null,
  );
  const years = list.filter((t) => t.symbolic?.year !== undefined && t.symbolic.month === undefined).map((t) => t.text);
  assert.deepEqual(years.sort(), ['1642', '1998'], JSON.stringify(list.map((t) => t.text)));
});
