// An election count (invented Varesh, invented candidates and outlets): a share "with 62% of
// ballots counted" and the final share differ because the count went on — a revision shown
// stage by stage, not a conflict; "62% of ballots counted" is no result of its own. Two final
// results that differ still conflict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { countStage, isCountProgress, otherStage } from '../src/brief/figure-count-progress.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

const EARLY = [
  "With 62% of ballots counted in Sunday's presidential election, incumbent Tomas Rand had 48.2% of the vote, the electoral commission said.",
  '',
  'His challenger Ines Brodny had 44.9%, according to the preliminary results.',
].join('\n');
const FINAL = [
  "Tomas Rand won Sunday's presidential election with 51.3% of the vote, final results published by the electoral commission showed.",
  '',
  'Ines Brodny took 43.1% of the vote, the commission said.',
].join('\n');
const FINAL_OTHER = "Tomas Rand won Sunday's presidential election with 53.9% of the vote, according to the final results.";

async function brief(a: string, b: string) {
  const items = [withAnalysis(article('v1', 'Varesh Daily Post', 'VR', 'private', 'Rand leads', a)), withAnalysis(article('v2', 'Kestrel News Agency', 'MV', 'private', 'Rand wins', b))];
  return buildBrief(undatedEvent('ev-v', 'Varesh election', ['v1', 'v2']), items, { embed: false });
}

test('a partial and a final share are stages of one count, not a conflict', async () => {
  const b = await brief(EARLY, FINAL);
  assert.ok(!b.conflicts.some((c) => c.kind === 'quantity'), JSON.stringify(b.conflicts));
  const rand = b.figures.find((f) => f.sides.some((s) => s.value === 48.2));
  assert.ok(rand, JSON.stringify(b.figures));
  assert.equal(rand.verdict, 'context');
  assert.match(rand.note, /partial, 62% counted: 48\.2% \(Varesh Daily Post\) → final: 51\.3% \(Kestrel News Agency\)/);
  assert.ok(!b.figures.some((f) => f.sides.some((s) => s.value === 62)), 'the count progress is a figure');
});

test('two different final shares conflict', async () => {
  const b = await brief(FINAL, FINAL_OTHER);
  const c = b.conflicts.find((x) => x.sides.some((s) => s.value === 53.9));
  assert.ok(c, JSON.stringify(b.figures));
});

test('count stages', () => {
  assert.equal(countStage('With 62% of ballots counted, Rand led.'), 'partial:62');
  assert.equal(countStage('after all ballots were counted'), 'final');
  assert.equal(countStage('according to preliminary results'), 'partial');
  assert.equal(countStage('Rand won 51.3%.'), null);
  assert.equal(otherStage('partial', 'partial:62'), false);
  assert.equal(otherStage('partial:62', 'final'), true);
  const s = 'With 62% of ballots counted, Rand had 48.2%.';
  assert.equal(isCountProgress(s, s.indexOf('62%')), true);
  assert.equal(isCountProgress(s, s.indexOf('48.2%')), false);
});

test('a share "of the vote in the race" is no count progress', () => {
  const s = 'Mara Velt secured 52 percent of the vote in the Dorn mayoral race.';
  assert.equal(isCountProgress(s, s.indexOf('52')), false);
  assert.equal(countStage(s), null);
});
