// Words inside quotation marks are the speaker's, not the outlet's (an invented ferry sinking off
// the invented island of Holm): a coast guard chief's "bad weather" quoted by one outlet makes
// no framing contrast of that outlet; an outlet's own "extreme weather" does, with the quoting
// outlet shown under attributed/quoted only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

const QUOTING = 'The ferry sank off Holm on Monday. "Bad weather made the rescue impossible," said coast guard chief Ilse Marrow.';

async function framing(second: string) {
  const items = [
    withAnalysis(article('h1', 'Holm Courier', 'HM', 'private', 'Ferry sinks off Holm', QUOTING)),
    withAnalysis(article('h2', 'Island Bulletin', 'HM', 'private', 'Holm ferry', second)),
  ];
  return (await buildBrief(undatedEvent('ev-h', 'Holm ferry', ['h1', 'h2']), items, { embed: false })).framing;
}

test('a loaded word only inside a quote is no framing contrast', async () => {
  const f = await framing('The ferry sank off Holm on Monday, killing nine people.');
  const use = f.outlets.flatMap((o) => o.terms).find((t) => t.group === 'weather');
  assert.equal(use?.voice, 'quoted');
  assert.ok(!f.contrasts.some((c) => c.group === 'weather'), JSON.stringify(f.contrasts));
});

test('another outlet\'s own loaded word makes the contrast; the quote stays attributed', async () => {
  const f = await framing('The ferry sank off Holm on Monday in extreme weather, killing nine people.');
  const c = f.contrasts.find((x) => x.group === 'weather');
  assert.ok(c, JSON.stringify(f.contrasts));
  assert.deepEqual(c.by_outlet.find((r) => r.outlet === 'Holm Courier'), { outlet: 'Holm Courier', own: [], attributed: ['bad weather'] });
  assert.deepEqual(c.by_outlet.find((r) => r.outlet === 'Island Bulletin')?.own, ['extreme weather']);
});
