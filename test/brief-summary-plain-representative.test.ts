// The line that stands for a fact several outlets report is its most neutral wording: a tabloid's
// "rioters … brave officers" sentence, aligned with plainer reports of the same injuries, gives
// way to one of them when it is corroborated as widely (invented Brenmoor riot).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarizeItems } from '../src/brief/index.ts';
import { loadedChoiceCount } from '../src/lexicon/framing.ts';
import { article, withAnalysis } from './fixtures/brief/event.ts';

const TABLOID = [
  'Mobs of thugs smashed shop windows across Brenmoor on Friday night.',
  '',
  'Two rioters were killed, and nine brave police officers were hurt when demonstrators threw stones.',
].join('\n');
const WIRE = [
  'At least two people were killed when police fired on a crowd in Brenmoor on Friday, officials said.',
  '',
  'The interior ministry said nine police officers were hurt when demonstrators threw stones.',
].join('\n');
const RADIO = [
  'Two people were killed when police opened fire on protesters in Brenmoor on Friday.',
  '',
  'Residents of Brenmoor described hours of clashes near the bus station on Friday.',
].join('\n');

test('a corroborated fact is represented by its most neutral aligned sentence', async () => {
  const items = [
    article('b1', 'Brenmoor Daily Flag', 'BR', 'private', 'Brenmoor riot: two killed, nine officers injured', TABLOID),
    article('b2', 'Inland Wire', 'IN', 'private', 'Two killed, nine officers injured in Brenmoor', WIRE),
    article('b3', 'Brenmoor Public Radio', 'BR', 'public-service', 'Two killed in Brenmoor clashes', RADIO),
  ].map(withAnalysis);
  const summary = await summarizeItems(items, 50, { embed: false });
  assert.ok(summary.length >= 1);
  const injuries = summary.find((s) => /injured|hurt/.test(s.text));
  assert.ok(injuries, JSON.stringify(summary.map((s) => s.text)));
  assert.equal(loadedChoiceCount(injuries.text), 0, injuries.text);
  assert.ok(injuries.citations.some((c) => c.article_id === 'b1'), 'the tabloid still counts as corroborating');
});
