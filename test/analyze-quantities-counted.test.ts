import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'n');
const qs = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' }).quantities;

test('a verb after a bare count is never what is counted; the noun before "of" is', () => {
  const a = qs('A throng of 48,500 watched the derby at Velmont Park. Some 9,000 saw the replay, and roughly 1,200 marched to the square.');
  assert.equal(a.find((q) => q.value === 48500)?.counts, 'throng');
  for (const v of [9000, 1200]) {
    const q = a.find((x) => x.value === v);
    assert.ok(q, String(v));
    assert.ok(q.counts === null || !/(?:saw|marched)/.test(q.counts), JSON.stringify(q));
  }
  // Participles that name people still count them.
  assert.equal(qs('Nine died and 14 wounded were flown to Arvik.').find((q) => q.value === 14)?.counts, 'wounded');
  // "a total of" names nothing.
  assert.equal(qs('A total of 350 attended the hearing.').find((q) => q.value === 350)?.counts ?? null, null);
});

test('cents and pence are money in minor units, priced per the thing after "a"/"per"', () => {
  const a = qs('Harnby Mills earned 38 cents a share, against $1.10 per share a year earlier. Bus fares rose by 75 pence.');
  const cents = a.find((q) => q.text.includes('38'));
  assert.deepEqual([cents?.value, cents?.unit, cents?.counts, cents?.text], [0.38, 'USD', 'per share', '38 cents']);
  const dollars = a.find((q) => q.text.includes('1.10'));
  assert.deepEqual([dollars?.unit, dollars?.counts], ['USD', 'per share']);
  const pence = a.find((q) => q.text.includes('75'));
  assert.deepEqual([pence?.value, pence?.unit], [0.75, 'GBP']);
  const euro = qs('The tariff adds 20 cents per litre, the ministry said, or about €4 a month.').find((q) => q.text.includes('20'));
  assert.deepEqual([euro?.unit, euro?.counts], ['EUR', 'per litre']);
});
