// A disputed election (invented country of Osmark): turnout stated as "Turnout was N%" or "a
// turnout of N%", shares held by a candidate named with her party, and claimants that are
// really prepositional phrases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { claimantOf } from '../src/brief/figure-source.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'OS', 'private', 'Osmark votes', text));

const STATE = mk('st', 'Osmark Television', [
  'President Ivo Lant won 61.4% of the vote in Sunday\'s election, the election commission said.',
  '',
  'His main challenger, Rada Venn of the Civic Alliance, received 31.2%.',
  '',
  'Turnout was 58.7%, the commission said.',
].join('\n'));
const RADIO = mk('rd', 'Coastal Radio', [
  'Observers said Sunday\'s vote in Osmark was neither free nor fair.',
  '',
  'Incumbent Ivo Lant was officially credited with 61.4% of the vote and Rada Venn with 31.2%, on a turnout of 58.7%.',
].join('\n'));
const OPPOSITION = mk('op', 'Free Osmark', [
  'The Civic Alliance refused to recognise the result of Sunday\'s election.',
  '',
  'Its own count gave Rada Venn 44%.',
  '',
  'Independent monitors said real turnout was closer to 45%.',
].join('\n'));
const items = [STATE, RADIO, OPPOSITION];
const brief = await buildBrief(undatedEvent('ev-e', 'Osmark election', items.map((i) => i.article.id)), items, { embed: false });

test('"Turnout was 58.7%" and "real turnout was closer to 45%" conflict as one measure', () => {
  const c = brief.conflicts.find((x) => x.kind === 'quantity' && x.sides.some((s) => s.value === 45));
  assert.ok(c, JSON.stringify(brief.figures));
  assert.match(c.measure, /turnout/i);
  assert.deepEqual([...new Set(c.sides.map((s) => s.value))].sort(), [45, 58.7]);
});

test('a turnout "of 58.7%" after a candidate\'s share is not her figure', () => {
  for (const c of brief.conflicts) {
    const values = c.sides.map((s) => s.value);
    assert.ok(!(values.includes(58.7) && values.includes(31.2)), JSON.stringify(c));
    assert.ok(!(values.includes(58.7) && values.includes(44)), JSON.stringify(c));
  }
});

test('a candidate named with her party holds her share in every outlet', () => {
  const f = brief.figures.find((x) => x.sides.some((s) => s.value === 31.2));
  assert.ok(f, JSON.stringify(brief.figures));
  const side = f.sides.find((s) => s.value === 31.2)!;
  assert.deepEqual([...side.sources].sort(), ['Coastal Radio', 'Osmark Television']);
});

test('a prepositional phrase before "reports" is not a claimant', () => {
  assert.equal(claimantOf('The count, based on reports from 4,100 polling stations, gave him 48%.', 61), null);
  assert.equal(claimantOf('The ministry said 62 people were detained.', 21), 'the ministry');
});

test('labels: the share conflict names its holder, a counted phrase does not end on "and"', () => {
  const share = brief.conflicts.find((x) => x.kind === 'quantity' && x.sides.some((s) => s.value === 44));
  assert.ok(share, JSON.stringify(brief.conflicts));
  assert.match(share.measure, /Venn/);
  for (const f of brief.figures) assert.doesNotMatch(f.measure, /\s(?:and|of|the)$/, f.measure);
});

test('"the floods have claimed 19 lives" names no claimant', () => {
  const s = 'Severe weather caused flooding that has claimed 19 lives.';
  assert.equal(claimantOf(s, s.indexOf('19')), null);
});
