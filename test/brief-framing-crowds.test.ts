// Framing on protest and strike coverage: the label for the crowd and the label for the police
// action are separate choices; `so-called "X"` is the outlet's own distance; "rebel fighters"
// is one choice (rebels), not two; "could not independently verify" is a hedge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import type { ArticleWithAnalysis } from '../src/types.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

const A = withAnalysis(
  article('st-1', 'Orvel State Radio', 'OV', 'state', 'Order restored in Pellan', [
    'Police restored order in Pellan on Friday after a mob of rioters burned two buses.',
    '',
    'The so-called "peaceful" march had been called by the Union of Drivers.',
    '',
    'Rebel fighters were not involved, officials said.',
  ].join('\n')),
);
const B = withAnalysis(
  article('fp-1', 'Pellan Free Voice', 'OV', 'private', 'Crackdown in Pellan', [
    'A police crackdown in Pellan on Friday left dozens of demonstrators injured.',
    '',
    'The Pellan Free Voice could not independently verify the number of injured.',
    '',
    'Armed fighters were seen near the depot.',
  ].join('\n')),
);
const items: ArticleWithAnalysis[] = [A, B];
const event = undatedEvent('ev-p', 'Pellan', ['st-1', 'fp-1']);
const brief = await buildBrief(event, items, { embed: false });
const outlet = (name: string) => brief.framing.outlets.find((o) => o.outlet === name)!;

test('the crowd label and the police-action label are contrasted separately', () => {
  const crowds = brief.framing.contrasts.find((c) => c.group === 'crowds');
  const policing = brief.framing.contrasts.find((c) => c.group === 'policing');
  assert.ok(crowds && policing, JSON.stringify(brief.framing.contrasts));
  const row = (c: typeof crowds, o: string) => c!.by_outlet.find((r) => r.outlet === o)!;
  assert.deepEqual(row(policing, 'Orvel State Radio').own, ['restoring order']);
  assert.deepEqual(row(policing, 'Pellan Free Voice').own, ['crackdown']);
  assert.deepEqual(row(crowds, 'Orvel State Radio').own, ['rioters']);
  assert.deepEqual(row(crowds, 'Pellan Free Voice').own, ['protesters']);
});

test('so-called "X" with nobody quoted is listed as the outlet\'s scare quote', () => {
  assert.deepEqual(
    outlet('Orvel State Radio').scare_quotes.map((s) => s.text),
    ['peaceful'],
  );
});

test('"rebel fighters" is the choice "rebels"; plain "fighters" is the neutral choice', () => {
  const terms = (o: string) => outlet(o).terms.filter((t) => t.group === 'armed-opponents').map((t) => t.term);
  assert.deepEqual(terms('Orvel State Radio'), ['rebels']);
  assert.deepEqual(terms('Pellan Free Voice'), ['fighters']);
  assert.ok(outlet('Pellan Free Voice').terms.find((t) => t.term === 'fighters')!.neutral);
});

test('"could not independently verify" is a hedge', () => {
  assert.ok(outlet('Pellan Free Voice').hedges.some((h) => /independently verify/.test(h.word)));
});
