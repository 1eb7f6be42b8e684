// A court sentence and a dock strike (invented Varesh, invented people and outlets): 12 vs 14
// years for one sentence conflict; the workers counted by the union and by the port authority
// conflict, credited to each, with "dockworkers" and "workers" one count; what the union demands
// (9%) and what the port offers (4%) are two figures, not a conflict; "militant dockers" is no
// word for armed opponents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

async function brief(texts: [string, string][]) {
  const items = texts.map(([outlet, text], k) => withAnalysis(article(`s${k}`, outlet, 'VR', 'private', `Report ${k}`, text)));
  return buildBrief(undatedEvent('ev-s', 'x', items.map((i) => i.article.id)), items, { embed: false });
}

test('12 and 14 years for one prison sentence conflict', async () => {
  const b = await brief([
    ['Varesh Daily Post', 'A court in Delk on Tuesday sentenced former transport minister Oskar Venn to 12 years in prison for taking bribes.'],
    ['Kestrel News Agency', 'A Varesh court sentenced former transport minister Oskar Venn to 14 years in prison on Tuesday after finding him guilty of taking bribes.'],
  ]);
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort((x, y) => x! - y!), [12, 14]);
});

const STRIKE: [string, string][] = [
  ['Varesh Daily Post', "About 3,000 dockworkers walked out at Port Delk on Monday in a dispute over pay, the Dockers' Union said.\n\nUnion leader Ruth Ambers said the workers were demanding a 9% pay rise.\n\nThe port authority said it had offered 4%."],
  ['Kestrel News Agency', "Some 4,500 workers joined a strike at Port Delk on Monday, the port authority said.\n\nThe Dockers' Union is demanding a 9% pay rise; the port authority said it had offered 4%."],
  ['Orlan Broadcast', 'Militant dockers paralysed Port Delk on Monday, with about 3,000 workers on strike according to the union, while 40 ships queued offshore.'],
];

test('the union\'s and the port authority\'s worker counts conflict, each credited', async () => {
  const b = await brief(STRIKE);
  const c = b.conflicts.find((x) => x.sides.some((s) => s.value === 4500));
  assert.ok(c, JSON.stringify(b.figures));
  const small = c.sides.find((s) => s.value === 3000)!;
  assert.deepEqual([...small.sources].sort(), ['Orlan Broadcast', 'Varesh Daily Post']);
  assert.match(c.sides.find((s) => s.value === 4500)!.claimed_by?.join() ?? '', /port authority/);
});

test('the demanded and the offered pay rise are two figures, not a conflict', async () => {
  const b = await brief(STRIKE);
  for (const c of b.conflicts) assert.ok(!(c.sides.some((s) => s.value === 9) && c.sides.some((s) => s.value === 4)), JSON.stringify(c));
});

test('"militant dockers" is no armed-opponents framing', async () => {
  const b = await brief(STRIKE);
  const terms = b.framing.outlets.flatMap((o) => o.terms);
  assert.ok(!terms.some((t) => t.group === 'armed-opponents'), JSON.stringify(terms));
});

test('"militant" before other words still names armed opponents', async () => {
  const b = await brief([
    ['Varesh Daily Post', 'Militant fighters attacked aid workers near Dresk on Monday, killing three.'],
    ['Kestrel News Agency', 'Gunmen attacked aid workers near Dresk on Monday.'],
  ]);
  const terms = b.framing.outlets.flatMap((o) => o.terms).filter((t) => t.group === 'armed-opponents').map((t) => t.term);
  assert.ok(terms.includes('militants'), JSON.stringify(terms));
});
