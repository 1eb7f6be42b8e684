// "Turned the centre into a war zone" is a figure of speech about a riot, not an armed conflict:
// the neutral "conflict" choice must not be read from it, while a real war still counts
// (invented town of Oskel).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { loadedCount } from '../src/lexicon/framing.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

async function termsOf(text: string): Promise<string[]> {
  const items = [withAnalysis(article('w-1', 'Oskel Evening Bugle', 'OK', 'private', 'Oskel news', text))];
  const b = await buildBrief(undatedEvent('ev-w', 'Oskel', ['w-1']), items, { embed: false });
  return b.framing.outlets.flatMap((o) => o.terms.map((t) => `${t.group}/${t.term}:${t.surface.toLowerCase()}`));
}

test('"a war zone" and "a war of words" are not the neutral word for an armed conflict', async () => {
  const t = await termsOf(['Hooligans turned the centre of Oskel into a war zone on Friday night.', 'The mayor and the police chief were locked in a war of words.'].join('\n\n'));
  assert.ok(!t.some((x) => x.startsWith('civil-conflict/')), t.join(', '));
});

test('a war is still the neutral word for an armed conflict', async () => {
  const t = await termsOf('The war in the hills above Oskel entered its third year on Friday.');
  assert.ok(t.includes('civil-conflict/conflict:war'), t.join(', '));
});

test('"war zone" weighs as a loaded word in a summary line', () => {
  assert.equal(loadedCount('Hooligans turned the centre of Oskel into a war zone.'), 1);
});

test('"a trade war" and "a price war" are rivalries, not an armed conflict', async () => {
  const t = await termsOf(['Oskel and its neighbour drifted into a trade war over fish quotas on Friday.', 'The two bakeries started a price war that halved the cost of bread.'].join('\n\n'));
  assert.ok(!t.some((x) => x.startsWith('civil-conflict/')), t.join(', '));
  // the same sentence about a real war still counts
  const w = await termsOf('Oskel and its neighbour drifted into a war over the river valley on Friday.');
  assert.ok(w.includes('civil-conflict/conflict:war'), w.join(', '));
});
