// Dates that are not past references: the end of a period still running and a year naming an
// event. Dating must not read "not earlier than" from them; a past-narrated end point still counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { openEnded } from '../src/analyze/times/open-dates.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'o');
const at = (text: string, phrase: string, yearOnly = true) => {
  const i = text.indexOf(phrase);
  return openEnded(text, i, i + phrase.length, yearOnly);
};

test('the end of a running period or a forecast is open; a past-narrated end is not', () => {
  assert.ok(at('The travelling exhibition is touring the provinces through November 2031.', 'November 2031', false));
  assert.ok(at('Revenue is projected to grow at 9% a year through 2033, the company said.', '2033'));
  assert.ok(at('It covers our forecast period, which extends till 2034.', '2034'));
  assert.ok(!at('The old ferry line ran until 2009, when the bridge opened.', '2009'));
  assert.ok(!at('The inquiry lasted through 2012 and cleared the board.', '2012'));
});

test('a year naming an event is open; a year after a preposition is a time', () => {
  assert.ok(at('Dana Oyelaran to host 2031 Lantern Awards', '2031'));
  assert.ok(at('The studio is aiming for a 2032 release date.', '2032'));
  assert.ok(!at('The studio was founded in 2004 by two brothers.', '2004'));
  assert.ok(!at('Since 2011, the harbour has doubled its traffic.', '2011'));
  assert.ok(!at('Prices rose in 2019 and 2020.', '2020'));
});

test('an undated article is not dated after a forecast year or an event named by its year', () => {
  const text =
    'Dana Oyelaran will host the 2031 Lantern Awards, organisers said on Friday.\n\n' +
    'Oyelaran, who first hosted the show in 2019, said the ceremony budget is projected to stay flat through 2030. ' +
    'The awards were founded in 1988.';
  const d = analyzeArticle(art(text), { today: '2040-01-01' }).published;
  const lower = d?.evidence.find((e) => e.rule === 'latest-mentioned-date');
  assert.ok(lower, 'a past year still bounds the article');
  assert.equal(lower.text, '2019');
  assert.ok(!d!.start || d!.start < '2030-01-01', `article must not be dated from 2030 or 2031: ${d!.start}`);
});

test('"one year since the crash" is an offset of a year after it', () => {
  const a = analyzeArticle(art('Relatives gathered at Vessby airport on Sunday to mark one year since flight KX40 crashed.'), { today: '2040-01-01' });
  const t = a.times.find((x) => x.text === 'one year since');
  assert.ok(t, a.times.map((x) => x.text).join(', '));
  assert.equal(t.symbolic?.relative, '1-year-after');
});
