import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 's');
const qs = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' }).quantities;

test('a sports score is one quantity keeping both sides, with no bare second number', () => {
  for (const [text, pair] of [
    ['Dunmore Athletic won 2-0 at home on Saturday.', [2, 0]],
    ['Kestrel Rovers beat Ashby 3–1 in the cup.', [3, 1]],
    ['The Pellow Hawks sealed a 24-17 victory over Marsh Bay.', [24, 17]],
    ['The final ended 1 – 1 after extra time in Corvale.', [1, 1]],
  ] as const) {
    const q = qs(text);
    assert.equal(q.length, 1, `${text}: ${JSON.stringify(q)}`);
    assert.equal(q[0].value, pair[0]);
    assert.deepEqual(q[0].score, pair);
    assert.equal(q[0].unit, 'score');
    assert.equal(text.slice(q[0].start, q[0].end), q[0].text);
    assert.match(q[0].text, new RegExp(`^${pair[0]}\\s?[-–]\\s?${pair[1]}$`));
  }
});

test('a vote tally is one quantity marked as a tally', () => {
  const q = qs('The Orland council voted 52-48 to close the depot.');
  assert.equal(q.length, 1);
  assert.deepEqual(q[0].score, [52, 48]);
  assert.equal(q[0].unit, 'tally');
  assert.ok(!q.some((x) => x.value === 48 && !x.score));
});

test('score and tally in one sentence each get their own kind', () => {
  const q = qs('Harlow beat Tamsin 3-1 on Sunday, and the council voted 7-2 to pay for a new stadium.');
  assert.deepEqual(q.map((x) => [x.unit, x.score]), [['score', [3, 1]], ['tally', [7, 2]]]);
  assert.deepEqual(qs('The match ended with a final score of 4-2 to the visitors.').map((x) => x.score), [[4, 2]]);
  assert.ok(qs('After the match, the club kept a ratio of 3-1 between coaches and players.').every((x) => !x.score));
  assert.equal(qs('The court issued a 5-4 ruling on the levy.')[0]?.unit, 'tally');
});

test('ranges, dates, clock times, ratios and page numbers stay what they were', () => {
  assert.ok(qs('Between 10-15 people were hurt when the stand collapsed after the match.').every((x) => !x.score));
  assert.ok(qs('The party won 10-15 seats in the northern districts.').every((x) => !x.score));
  assert.ok(qs('The vote was held on 2021-09-13 in Tarrow.').every((x) => !x.score));
  assert.ok(qs('The match will be played from 10-11 a.m. on Sunday.').every((x) => !x.score));
  assert.ok(qs('After the defeat, the club said pages 10-12 of the report were missing.').every((x) => !x.score));
  assert.ok(qs('The squad won with a 3-1 ratio of coaches to players.').every((x) => !x.score));
  assert.ok(qs('Fans who lost tickets can call 555-123 for a refund.').every((x) => !x.score));
});

test('a range with no score word is still read as its first number', () => {
  assert.equal(qs('Between 10-15 people were hurt.')[0]?.value, 10);
});
