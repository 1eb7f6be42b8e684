// A time of day on a date line ("Published: 2 May 2023, 16:40 GMT") is kept as the publication
// timestamp (a UTC instant when the zone is known), and date-only lines stay date-only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, RawDocument } from '../src/types.ts';
import { extractArticle } from '../src/extract/index.ts';
import { loadRegistry } from '../src/extract/registry.ts';
import { clockTimestamp } from '../src/extract/clock.ts';

const registry = loadRegistry();
const STORY = 'Workers at the Dunmarsh glassworks voted to end their strike after the owners agreed to restore the night-shift bonus and hire twelve apprentices.';
function art(body: string, fields: RawDocument['fields'] = {}): Article {
  const r = extractArticle({ input: 'mem', kind: 'text', body, fields, warnings: [] }, registry);
  assert.ok('article' in r, 'rejection' in r ? r.rejection.reason : '');
  return r.article;
}
const stamped = (line: string) => art(`Glassworks strike ends\n\n${line}\n\n${STORY}\n\n${STORY}`);

test('day-first date line with a 24-hour time and GMT', () => {
  const a = stamped('Published: 2 May 2023, 16:40 GMT');
  assert.equal(a.published?.start, '2023-05-02');
  assert.equal(a.published?.precision, 'day');
  assert.equal(a.published?.timestamp, '2023-05-02T16:40:00Z');
  assert.equal(a.published?.evidence[0]?.rule, 'date-stamp');
  assert.ok(!a.text.includes('16:40'), 'the date line is removed from the text');
});

test('US style "Updated 3:21 p.m. ET, June 4, 2025": ET follows daylight saving', () => {
  const summer = stamped('Updated 11:05 p.m. ET, July 9, 2021');
  assert.equal(summer.published?.start, '2021-07-09');
  assert.equal(summer.published?.timestamp, '2021-07-10T03:05:00Z');
  const winter = stamped('Posted January 17, 2022 at 7:05 am ET');
  assert.equal(winter.published?.start, '2022-01-17');
  assert.equal(winter.published?.timestamp, '2022-01-17T12:05:00Z');
  assert.ok(!winter.text.includes('7:05'));
});

test('named offsets, numeric offsets and no zone', () => {
  assert.equal(stamped('Published 30 November 2020, 10:15 CET').published?.timestamp, '2020-11-30T09:15:00Z');
  assert.equal(stamped('Published 30 November 2020 10:15 UTC+3').published?.timestamp, '2020-11-30T07:15:00Z');
  assert.equal(stamped('Published 30 November 2020 12:00 a.m.').published?.timestamp, '2020-11-30T00:00:00');
  assert.equal(stamped('Published 30 November 2020 18:02').published?.timestamp, '2020-11-30T18:02:00');
});

test('date-only lines keep day precision and no timestamp', () => {
  const a = stamped('Published: 2 May 2023');
  assert.equal(a.published?.start, '2023-05-02');
  assert.equal(a.published?.timestamp, undefined);
  const b = stamped('Updated June 4, 2025');
  assert.equal(b.published?.start, '2025-06-04');
  assert.equal(b.published?.timestamp, undefined);
});

test('a metadata date string in US form with a time gets a timestamp', () => {
  const a = art(STORY, { published: 'June 4, 2025 3:21 PM EDT' });
  assert.equal(a.published?.start, '2025-06-04');
  assert.equal(a.published?.timestamp, '2025-06-04T19:21:00Z');
});

test('clockTimestamp refuses impossible clock readings and needs a clock mark', () => {
  assert.equal(clockTimestamp('June 4, 2025', '2025-06-04'), null);
  assert.equal(clockTimestamp('at 25:10 GMT', '2025-06-04'), null);
  assert.equal(clockTimestamp('at 9 pm', '2025-06-04'), '2025-06-04T21:00:00');
});
