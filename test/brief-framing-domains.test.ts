// The framing lexicon beyond armed conflict: job cuts, climate and weather, police shootings,
// elections, borders. Each loaded choice is found, and its everyday senses are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import type { Brief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

async function briefOf(text: string): Promise<Brief> {
  const items = [withAnalysis(article('d-1', 'Harlow Gazette', 'HG', 'private', 'Harlow news', text))];
  return buildBrief(undatedEvent('ev-d', 'Harlow', ['d-1']), items, { embed: false });
}
async function termsOf(text: string): Promise<string[]> {
  const b = await briefOf(text);
  return b.framing.outlets.flatMap((o) => o.terms.map((t) => `${t.group}/${t.term}:${t.surface.toLowerCase()}:${t.voice}`));
}
const has = (terms: string[], prefix: string) => terms.some((t) => t.startsWith(prefix));

test('job cuts: mass layoffs, an axe through "1,200 jobs", restructuring and the neutral words', async () => {
  const t = await termsOf(
    [
      'Brackwell Motors announced mass layoffs at its Harlow plant on Tuesday.',
      'The carmaker is axing 1,200 jobs.',
      'The company called it part of a restructuring programme.',
      'About 300 workers at suppliers could lose their jobs.',
    ].join('\n\n'),
  );
  for (const p of ['job-cuts/mass layoffs:mass layoffs', 'job-cuts/mass layoffs:axing', 'job-cuts/restructuring:restructuring', 'job-cuts/job cuts:lose their jobs']) assert.ok(has(t, p), `${p} missing: ${t.join(', ')}`);
});

test('debt restructuring and an axe through a budget line are not job cuts', async () => {
  const t = await termsOf(['The city agreed a debt restructuring with its creditors.', 'The council will axe the festival grant.'].join('\n\n'));
  assert.ok(!t.some((x) => x.startsWith('job-cuts/')), t.join(', '));
});

test('climate and weather: crisis vs change vs bad weather', async () => {
  const t = await termsOf(
    ['Scientists linked the floods to the climate crisis.', 'Global warming makes such rain more likely.', 'Officials blamed bad weather for the damage.', 'The energy crisis deepened.'].join('\n\n'),
  );
  for (const p of ['climate/climate crisis:climate crisis', 'climate/climate change:global warming', 'weather/bad weather:bad weather']) assert.ok(has(t, p), `${p} missing: ${t.join(', ')}`);
  assert.ok(!has(t, 'civil-conflict/'), t.join(', '));
});

test('police shootings: euphemism and killing; a gunman who shot two guards is not the police', async () => {
  const t = await termsOf(
    [
      'An inquiry into the officer-involved shooting was opened on Sunday.',
      'Police shot dead three protesters outside the town hall.',
      'A gunman shot dead two guards at the bank.',
    ].join('\n\n'),
  );
  assert.ok(has(t, 'police-shooting/officer-involved shooting:'), t.join(', '));
  const killings = t.filter((x) => x.startsWith('police-shooting/police killing:'));
  assert.equal(killings.length, 1, t.join(', '));
});

test('elections: a rigged vote with a word between, fraud, a landslide; everyday senses stay out', async () => {
  const t = await termsOf(
    [
      'The opposition rejected the rigged presidential election.',
      'Monitors reported widespread fraud at polling stations.',
      'Ivo Lant won a landslide victory.',
      'The lift had been rigged with a camera.',
    ].join('\n\n'),
  );
  for (const p of ['elections/sham election:rigged', 'vote-fraud/fraud:fraud', 'election-win/landslide:landslide']) assert.ok(has(t, p), `${p} missing: ${t.join(', ')}`);
  assert.equal(t.filter((x) => x.includes(':rigged:')).length, 1, t.join(', '));
  const fin = await termsOf('The former bank director faces tax fraud charges over the invoices.');
  assert.ok(!has(fin, 'vote-fraud/'), fin.join(', '));
});

test('"allegations of ballot stuffing" attribute the charge', async () => {
  const t = await termsOf('The agency could not verify allegations of ballot stuffing.');
  assert.ok(t.some((x) => x.startsWith('vote-fraud/fraud:ballot stuffing:attributed')), t.join(', '));
});

test('borders: illegal migrants, pushbacks and storming; moved dates and a walk-out are not', async () => {
  const t = await termsOf(
    [
      'About 300 illegal migrants tried to storm the border fence near Dolna.',
      'More than 250 people were pushed back across the border.',
      'The group returned to the Carreland side of the border.',
      'Fighting has displaced more than a million people since 2023.',
    ].join('\n\n'),
  );
  for (const p of ['migration/illegal immigrants:illegal migrants', 'border-returns/pushbacks:pushed back', 'border-crossing/stormed:storm']) assert.ok(has(t, p), `${p} missing: ${t.join(', ')}`);
  assert.ok(!has(t, 'territorial-control/'), t.join(', '));
  assert.ok(!has(t, 'migration/refugees:'), t.join(', '));
  const everyday = await termsOf(['The council pushed back the vote to June.', 'The minister stormed out of the meeting.'].join('\n\n'));
  assert.ok(!has(everyday, 'border-'), everyday.join(', '));
});

test('protest unrest is not an armed conflict; thugs are a crowd word only', async () => {
  const t = await termsOf('The unrest began after a rally against the housing levy.\n\nThe mayor said thugs had smashed shop windows.');
  assert.ok(!has(t, 'civil-conflict/'), t.join(', '));
  assert.ok(has(t, 'crowds/rioters:thugs'), t.join(', '));
  assert.ok(!has(t, 'armed-opponents/'), t.join(', '));
});

test('"claimed 19 lives" is not a hedge; "claimed his officers had" is', async () => {
  const b = await briefOf('The floods have claimed 19 lives in the valley.\n\nThe commissioner claimed his officers had shown restraint.');
  const hedges = b.framing.outlets.flatMap((o) => o.hedges.map((h) => h.start));
  assert.equal(hedges.length, 1, JSON.stringify(b.framing.outlets.map((o) => o.hedges)));
  assert.ok(hedges[0]! > 50);
});

test('two auxiliaries before a passive form ("had been seized") are stepped over', { timeout: 20000 }, async () => {
  const t = await termsOf('The lift had been rigged with a camera.\n\nThe town of Dresk had been seized by the rebels.');
  assert.ok(has(t, 'territorial-control/seized:seized'), t.join(', '));
  assert.ok(!t.some((x) => x.includes(':rigged:')), t.join(', '));
});
