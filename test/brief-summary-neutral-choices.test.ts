// A summary speaks neutrally: of two sentences reporting the same thing, the one that uses an
// outlet's loaded choice ("rioters" for the crowd) weighs less than the neutral one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarizeItems } from '../src/brief/index.ts';
import { article, withAnalysis } from './fixtures/brief/event.ts';

test('the summary line is the neutral wording, not the loaded one', async () => {
  const items = [
    article('s1', 'Varnholm State Radio', 'VH', 'state', 'Clashes in Varnholm', 'Police clashed with rioters outside the Varnholm town hall on Saturday night, and 14 officers were injured.'),
    article('s2', 'Coastal Wire', 'CW', 'private', 'Clashes in Varnholm', 'Police clashed with protesters outside the Varnholm town hall on Saturday night, and 14 officers were injured.'),
  ].map(withAnalysis);
  const summary = await summarizeItems(items, 25, { embed: false });
  assert.ok(summary.length >= 1);
  assert.match(summary[0]!.text, /protesters/, summary[0]!.text);
});
