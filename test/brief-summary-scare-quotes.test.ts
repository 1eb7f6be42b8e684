// A drug recall (invented Velmar Pharma): a consumer group's "tried to play down the scandal,
// calling it a “precautionary” step" is one side's sneer; the summary prefers the plain report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { loadedCount } from '../src/lexicon/framing.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

test('"played down" is a loaded characterisation; "down" alone is not', () => {
  assert.equal(loadedCount('The company played down the risk.'), 1);
  assert.equal(loadedCount('The company wrote down the value of the plant.'), 0);
});

test('a sentence with scare quotes gives way to a plain one', async () => {
  const items = [
    withAnalysis(
      article(
        'v1',
        'Patients First',
        'VL',
        'private',
        'Recall',
        'Velmar Pharma tried to hide the recall of its drug Orvex, calling it a "precautionary" step.\n\nPatients can claim refunds of up to 45 euros per pack.',
      ),
    ),
    withAnalysis(
      article('v2', 'Wire Nine', 'XX', 'private', 'Recall', 'Velmar Pharma announced the recall of its drug Orvex as a voluntary step on Monday.\n\nShares in Velmar fell 4% in early trading.'),
    ),
  ];
  const b = await buildBrief(undatedEvent('ev-v', 'Recall', ['v1', 'v2']), items, { embed: false, words: 20 });
  assert.ok(b.summary.length > 0);
  assert.ok(!/“|"/.test(b.summary[0]!.text), JSON.stringify(b.summary));
});
