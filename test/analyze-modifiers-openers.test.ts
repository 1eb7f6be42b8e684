// A capitalised word before a lower-case role noun is a modifier ("the Kelby coach"), generic plural
// nouns opening a sentence are not names ("Workers walked out"), and a verb after "a population of N"
// is not what is counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'm');
const run = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' });

test('"the Kelby coach" links the modifier to the club of the article, never a stray other', () => {
  const a = run('Kelby Rovers lost 2-0 at home to Fenmoor Athletic on Saturday. The Kelby coach said the team would recover before the cup final.');
  assert.ok(!a.entities.some((e) => e.type === 'other'), JSON.stringify(a.entities.map((e) => e.id)));
  const club = a.entities.find((e) => e.id === 'org:kelby-rovers');
  assert.equal(club?.mentions.length, 2);
});

test('a modifier with no known entity is typed a place or organisation by context', () => {
  const a = run('The Dunmere mayor said the bridge would reopen in spring. Traffic has been diverted through the old town.');
  const e = a.entities.find((x) => x.name === 'Dunmere');
  assert.ok(e, JSON.stringify(a.entities));
  assert.equal(e.type, 'place');
  const b = run('The Orvane spokesman said the talks had stalled. The firm employs 300 staff.');
  const o = b.entities.find((x) => x.name === 'Orvane');
  assert.ok(o && o.type !== 'other' && o.type !== 'person', JSON.stringify(b.entities));
});

test('generic plural nouns opening sentences are not names', () => {
  const a = run('Workers walked out of the Brask cannery on Monday. Residents said the smell had lingered for weeks. Officials confirmed the closure. Protesters gathered outside the gates of the Harlow Group.');
  const ids = a.entities.map((e) => e.id);
  for (const w of ['workers', 'residents', 'officials', 'protesters']) assert.ok(!ids.some((id) => id.endsWith(':' + w)), JSON.stringify(ids));
  assert.ok(ids.includes('org:harlow-group'), JSON.stringify(ids));
});

test('a sentence-opening word the text also writes in lower case is not a name', () => {
  const a = run('Stewards closed the east stand. Two stewards were hurt when the barrier gave way.');
  assert.ok(!a.entities.some((e) => /stewards/i.test(e.name)), JSON.stringify(a.entities));
});

test('a verb after "a population of N" is not what is counted', () => {
  const a = run('A population of 1.2 million lives along the Tessaly coast. A crowd of 40,000 packs the stadium every week. A total of 300 lives were lost in the flood.');
  const q = (t: string) => a.quantities.find((x) => x.text === t)?.counts;
  assert.equal(q('1.2 million'), 'population');
  assert.equal(q('40,000'), 'crowd');
  assert.equal(q('300'), 'lives');
});

test('a plural noun followed by its own verb after "a total of N" stays what is counted', () => {
  const a = run('A total of 12 boats sank in the storm. A population of 4,000 people lives on the island.');
  assert.equal(a.quantities.find((x) => x.text === '12')?.counts, 'boats');
  assert.equal(a.quantities.find((x) => x.text === '4,000')?.counts, 'people');
});
