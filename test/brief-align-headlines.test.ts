// Two headlines of one event are close in meaning by construction (both name its topic): they
// align as one fact by their words, never by sentence embeddings alone (invented Norlen Bank).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { buildUnits, isHeadlineUnit } from '../src/brief/units.ts';
import { similarity } from '../src/brief/similarity.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

const H1 = 'Norlen Bank hit by cyberattack';
const H2 = 'Hackers breach Norlen Bank systems';
const items = [
  withAnalysis(article('b1', 'Orvik Ledger', 'OV', 'private', H1, `${H1}\n\nCustomers were told to change their passwords by Friday, the statement said.`)),
  withAnalysis(article('b2', 'Harbour Signal', 'OV', 'private', H2, `${H2}\n\nThe chief executive will appear before a parliamentary committee next week.`)),
];

test('headlines are recognised: the title line, a first line without closing punctuation', () => {
  const ev = buildUnits(items);
  assert.deepEqual(ev.units.map((u) => isHeadlineUnit(ev, u)), [true, false, true, false]);
});

test('two headlines are not aligned as one fact by embeddings', async () => {
  const ev = buildUnits(items);
  const sim = await similarity(ev, true);
  if (!sim.embedded) return; // without the model there is nothing to guard against
  const [a, b] = ev.units.filter((u) => u.position === 0);
  assert.ok(sim.at(a!.i, b!.i) <= sim.plain[a!.i * sim.n + b!.i]! + 1e-6, 'the embedding lifted a headline pair');
  const brief = await buildBrief(undatedEvent('ev-b', 'Norlen Bank', ['b1', 'b2']), items, { embed: true });
  assert.ok(!brief.facts.some((f) => f.sources.length > 1), JSON.stringify(brief.facts.map((f) => f.text)));
});
