// New kinds of events (invented): a prisoner swap, a data breach, a drug recall, a wildfire.
// Each side's word for the same people or thing is a framing choice ("hostages" / "detainees",
// "political prisoners" / "convicts", "state-backed hackers" / "criminal group",
// "contaminated" / "trace levels"); everyday senses ("held drivers hostage", "criminals" on
// their own, "came under fire") are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

async function uses(text: string) {
  const items = [withAnalysis(article('fx-1', 'Harbour Ledger', 'QS', 'private', 'News', text))];
  const b = await buildBrief(undatedEvent('ev-x', 'News', ['fx-1']), items, { embed: false });
  return b.framing.outlets.flatMap((o) => o.terms);
}

test('the words for captives, prisoners, attackers and contamination are choices, with their voice', async () => {
  const terms = await uses(
    [
      'The Orrin Front freed 14 hostages on Sunday.',
      'Dunmar released 40 convicted prisoners in exchange.',
      'The Front called the men it freed "political prisoners".',
      'State-backed hackers stole the data of four million customers.',
      'The foreign ministry said the attack was the work of a criminal group.',
      'The company said the tablets held trace levels of an impurity.',
      'The inferno spread towards the village overnight.',
    ].join('\n\n'),
  );
  const of = (term: string) => terms.filter((t) => t.term === term).map((t) => t.voice);
  assert.deepEqual(of('hostages'), ['own']);
  assert.deepEqual(of('convicts'), ['own']);
  assert.deepEqual(of('political prisoners'), ['quoted']);
  assert.deepEqual(of('state-backed hackers'), ['own']);
  assert.deepEqual(of('criminal group'), ['attributed']);
  assert.deepEqual(of('trace levels'), ['attributed']);
  assert.deepEqual(of('inferno'), ['own']);
  // "convicted prisoners" is one choice, not also the neutral "prisoners"
  assert.ok(!terms.some((t) => t.term === 'prisoners'), JSON.stringify(terms.map((t) => t.term)));
});

test('everyday senses of these words are not framing choices', async () => {
  const terms = await uses(
    [
      'Traffic on the coast road held drivers hostage for hours.',
      'The mayor came under fire for the slow response.',
      'Police said criminals had broken into two shops.',
      'The union accused the operator of holding the whole region hostage.',
    ].join('\n\n'),
  );
  assert.deepEqual(
    terms.map((t) => t.term),
    [],
  );
});
