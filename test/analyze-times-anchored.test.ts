// "A year earlier", "two days later", "the previous day": offsets from a date named just before
// (same or previous sentence), not from the article date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { dayValue } from '../src/util/calendar.ts';
import type { Article, DatedValue } from '../src/types.ts';

const pub = (y: number, m: number, d: number): DatedValue => ({ ...dayValue(y, m, d), evidence: [{ rule: 'metadata' }] });
const art = (text: string, p: DatedValue | null): Article => ({ id: 't', input: 't', title: '', text, url: null, outlet: null, published: p, language: 'en', duplicate_of: null, content_hash: '', warnings: [] });
const timeOf = (text: string, expr: string, p: DatedValue | null = pub(2031, 6, 2)) => {
  const t = analyzeArticle(art(text, p), { today: '2032-01-01' }).times.find((x) => x.text.toLowerCase() === expr.toLowerCase());
  assert.ok(t, `"${expr}" found in: ${text}`);
  return t.resolved;
};

test('an offset in the next sentence counts from the date named before', () => {
  const y = timeOf('The Ostrava smelter opened on 3 May 2029. A year earlier, the town had voted against it.', 'A year earlier');
  assert.equal(y?.start?.slice(0, 4), '2028');
  assert.equal(y?.precision, 'year');
  const d = timeOf('Engineers sealed the shaft on 12 August 2030. Two days later, the inspectors arrived.', 'Two days later');
  assert.equal(d?.start, '2030-08-14');
  assert.equal(d?.precision, 'day');
});

test('an offset in the same sentence after the date, and symbolic relatives', () => {
  const w = timeOf('The levee failed on 9 March 2030, and a week before, residents had warned the council.', 'a week before');
  assert.ok(w?.start && w.start >= '2030-02-28' && w.start <= '2030-03-02', String(w?.start));
  const p = timeOf('The mayor resigned on 20 January 2031. The previous day, auditors published their report.', 'The previous day');
  assert.equal(p?.start, '2031-01-19');
  const f = timeOf('The ferry sank on 4 October 2030. The following week, divers recovered the hull.', 'The following week');
  assert.ok(f?.start && f.start >= '2030-10-05' && f.end! <= '2030-10-14', `${f?.start}..${f?.end}`);
  const m = timeOf('Strikes began in March 2030. A month later, the port closed.', 'A month later');
  assert.equal(m?.start?.slice(0, 7), '2030-04');
});

test('no date before it: the offset stays unresolved (never the article date)', () => {
  assert.equal(timeOf('The ferry sank. Two days later, divers recovered the hull.', 'Two days later'), null);
  // a date two sentences back is too far
  assert.equal(timeOf('The ferry sank on 4 October 2030. Divers searched the bay. Two days later, they found the hull.', 'Two days later'), null);
  // "before"/"after" followed by an event is anchored on that event, not on the earlier date
  const t = analyzeArticle(art('The vote was held on 8 May 2031. Two days before the vote, the ballots arrived.', pub(2031, 6, 2)), { today: '2032-01-01' }).times;
  assert.ok(!t.some((x) => /before/.test(x.text) && x.resolved));
});
