// Measurement-only summary options (bench/summary-oracles.ts): a target text mixed into the
// event's word distribution, and per-article weights on it. The product never sets them; the
// bench uses them to measure what better knowledge of the wanted words or article is worth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { similarity } from '../src/brief/similarity.ts';
import { summarize } from '../src/brief/summary.ts';
import { wordCount } from '../src/brief/tokens.ts';
import { buildUnits } from '../src/brief/units.ts';
import { article, withAnalysis } from './fixtures/brief/event.ts';

// Three invented outlets on one invented event: the leads agree, the second sentences are each
// outlet's own detail.
function damItems() {
  return [
    article('dam-1', 'Vell Ledger', 'VL', 'private', 'Orsk reservoir gates opened after heavy rain', [
      'Engineers opened the gates of the Orsk reservoir on Friday after three days of heavy rain.',
      'Anglers downstream were told to keep away from the riverbanks until Sunday.',
    ].join('\n\n')),
    article('dam-2', 'Plain Herald', 'VL', 'public-service', 'Heavy rain forces Orsk reservoir gates open', [
      'After three days of heavy rain, engineers opened the Orsk reservoir gates on Friday.',
      'The reservoir was built in 1974 and supplies water to two hundred villages.',
    ].join('\n\n')),
    article('dam-3', 'Ridge Bulletin', 'VL', 'state', 'Orsk reservoir releases water as rain continues', [
      'The Orsk reservoir gates were opened by engineers on Friday following three days of heavy rain.',
      'A school in Tamar closed its playground because of mud.',
    ].join('\n\n')),
  ].map(withAnalysis);
}

async function dam() {
  const ev = buildUnits(damItems());
  return { ev, sim: await similarity(ev, false) };
}

const texts = (s: { text: string }[]) => s.map((x) => x.text);

test('without a target the shared fact leads; a target text steers the choice to the sentence saying its words', async () => {
  const { ev, sim } = await dam();
  const plain = summarize(ev, sim, 20, { fill: false });
  assert.equal(plain.length, 1);
  assert.match(plain[0]!.text, /gates/, 'the fact all outlets report');
  const target = 'A school closed its playground in Tamar because of the mud.';
  const steered = summarize(ev, sim, 20, { target: { text: target, mix: 1 }, fill: false });
  assert.ok(texts(steered).some((t) => /playground/.test(t)), texts(steered).join(' | '));
  assert.ok(steered.reduce((n, s) => n + wordCount(s.text), 0) <= 20, 'the budget still holds');
  // mix 0 (or an empty text) leaves the event's own distribution
  assert.deepEqual(texts(summarize(ev, sim, 20, { target: { text: target, mix: 0 }, fill: false })), texts(plain));
  assert.deepEqual(texts(summarize(ev, sim, 20, { target: { text: '', mix: 1 }, fill: false })), texts(plain));
});

test("weighting one article's words makes its own detail win the room the shared fact leaves", async () => {
  const { ev, sim } = await dam();
  const detail = [/riverbanks/, /villages/, /playground/];
  for (let k = 0; k < 3; k++) {
    const weights = [1, 1, 1];
    weights[k] = 30;
    const s = texts(summarize(ev, sim, 30, { articleWeights: weights }));
    assert.ok(s.some((t) => detail[k]!.test(t)), `article ${k}: ${s.join(' | ')}`);
    for (let j = 0; j < 3; j++) if (j !== k) assert.ok(!s.some((t) => detail[j]!.test(t)), `article ${k} weighted, ${j}'s detail chosen`);
  }
});
