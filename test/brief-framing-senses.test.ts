// Loaded words with an everyday sense ("returned to work", "prices fell to", "seized cocaine",
// "the storm destroyed homes", "dock strikes") count as a framing choice only in their loaded
// sense: data/framing.json says which object or subject the sense needs, or which words rule it out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

const event = (ids: string[]) => undatedEvent('ev-s', 'Selma', ids);

async function termsOf(text: string): Promise<string[]> {
  const items = [withAnalysis(article('sx-1', 'Selma Harbour Ledger', 'QS', 'private', 'Selma news', text))];
  const b = await buildBrief(event(['sx-1']), items, { embed: false });
  return b.framing.outlets.flatMap((o) => o.terms.map((t) => `${t.term}:${t.surface.toLowerCase()}`));
}

test('everyday senses of territorial, killing and strike words are not framing choices', async () => {
  const terms = await termsOf(
    [
      'Dockworkers returned to work at the Selma container terminal on Monday after a nine-day stoppage.',
      'Freight prices fell to their lowest level in a year.',
      'Customs officers seized 40 kilograms of cocaine from a trawler.',
      'The storm destroyed 30 homes along the quay.',
      'The dock strikes cost the port authority millions, union leaders said.',
      'Two sailors were freed from a capsized barge.',
      'The suspect was captured on camera near the gates.',
      'Police in Ostrel captured a second suspect.',
      'Rebels destroyed the old bridge over the canal.',
      'The seats occupied by delegates were empty by noon.',
      'Life in the old town returned to normal.',
      'Temperatures in the capital fell to minus ten.',
      'Families were reunited at the quay, and the energy crisis eased.',
      'The family reunification rules were eased.',
    ].join('\n\n'),
  );
  for (const t of ['reunified', 'fell to', 'seized', 'eliminated', 'airstrikes', 'liberated', 'captured', 'crisis', 'occupied'])
    assert.ok(!terms.some((x) => x.startsWith(`${t}:`)), `${t} fired: ${terms.join(', ')}`);
});

test('the loaded senses still count, with the object after or the place before the word', async () => {
  const terms = await termsOf(
    [
      'The disputed Varn valley returned to Kessian control in March.',
      'Ostrel fell to the rebels on Sunday after a week of shelling.',
      'Government troops captured the town of Dunmere on Tuesday.',
      'The airfield was seized by the militia before dawn.',
      'Army units freed the village of Harl, the ministry said.',
      'Air force jets destroyed three militant camps and eliminated 40 fighters.',
      'Fresh strikes on the capital killed nine people.',
      'The hamlets occupied by the militia were shelled overnight.',
      'The crisis in Varn deepened after Kessian reunification was declared.',
    ].join('\n\n'),
  );
  for (const t of ['reunified:returned to', 'fell to:fell to', 'captured:captured', 'seized:seized', 'liberated:freed', 'eliminated:eliminated', 'eliminated:destroyed', 'airstrikes:strikes', 'crisis:crisis', 'reunified:reunification', 'occupied:occupied'])
    assert.ok(terms.includes(t), `${t} missing: ${terms.join(', ')}`);
});
