// Predicate classes as data (src/lexicon/predicates.ts): two outlets' figures for one class
// compare (and conflict when incompatible) even in sentences worded apart; figures for different
// classes over the same noun ("evacuated 300 residents" / "300 residents missing") never do.
// Invented events, outlets and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { otherPredicates, predicateClass } from '../src/lexicon/predicates.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

async function brief(a: string, b: string) {
  const items = [
    withAnalysis(article('p1', 'Morrow Gazette', 'MR', 'private', 'Floods in the Selva valley', a)),
    withAnalysis(article('p2', 'Tiber Wire', 'TB', 'private', 'Selva valley flooding', b)),
  ];
  return buildBrief(undatedEvent('ev-p', 'Selva floods', ['p1', 'p2']), items, { embed: false });
}
const at = (s: string, n: string): [number, number] => [s.indexOf(n), s.indexOf(n) + n.length];

test('common news predicates have classes', () => {
  const cases: [string, string, string][] = [
    ['Rescuers evacuated 3,000 residents from the valley.', '3,000', 'displaced'],
    ['Police arrested 45 protesters outside the ministry.', '45', 'detained'],
    ['At least 12 hikers are still missing in the hills.', '12', 'missing'],
    ['Divers rescued 27 fishermen off the coast.', '27', 'rescued'],
    ['Troops detained 19 suspects in the raid.', '19', 'detained'],
    ['The blast wounded 31 workers.', '31', 'injured'],
    ['Regulators fined the airline 2 million euros.', '2 million', 'fined'],
    ['The court jailed 4 officials for bribery.', '4', 'sentenced'],
    ['Vela Ostrin won 52% of the vote.', '52%', 'elected'],
    ['The central bank raised rates by 25 basis points.', '25', 'raised'],
    ['The central bank cut rates by 25 basis points.', '25', 'cut'],
    ['Militants freed 14 hostages on Sunday.', '14', 'released'],
  ];
  for (const [s, n, cls] of cases) assert.equal(predicateClass(s, ...at(s, n)), cls, s);
  assert.equal(predicateClass('The valley has 3,000 residents.', ...at('The valley has 3,000 residents.', '3,000')), null);
});

test('different classes are different measured things; unknown ones may be either', () => {
  assert.ok(otherPredicates('displaced', 'missing'));
  assert.ok(otherPredicates('elected', 'voted'));
  assert.ok(!otherPredicates('displaced', 'displaced'));
  assert.ok(!otherPredicates(null, 'missing'));
});

test('two outlets\' evacuation counts in unaligned sentences compare, and conflict', async () => {
  const b = await brief(
    'Emergency crews evacuated 3,000 residents of the Selva valley on Saturday as the river burst its banks.',
    'Some 4,500 residents were evacuated from their homes, the regional civil protection agency said. Schools stayed closed.',
  );
  const c = b.conflicts.find((x) => x.kind === 'quantity');
  assert.ok(c, JSON.stringify(b.figures));
  assert.deepEqual(c.sides.map((s) => s.value).sort((x, y) => x! - y!), [3000, 4500]);
});

test('evacuated residents and missing residents are never compared', async () => {
  const b = await brief(
    'Emergency crews evacuated 3,000 residents of the Selva valley on Saturday as the river burst its banks.',
    'Some 40 residents of the Selva valley were missing on Saturday as the river burst its banks, the agency said.',
  );
  assert.ok(!b.conflicts.some((c) => c.kind === 'quantity'), JSON.stringify(b.conflicts));
  assert.ok(!b.figures.some((f) => f.sides.some((s) => s.value === 3000) && f.sides.some((s) => s.value === 40)), JSON.stringify(b.figures));
});

test('arrests compare across outlets; the arrested and the released do not', async () => {
  const same = await brief('Police arrested 45 protesters outside the ministry on Friday.', 'Officers detained 60 protesters near the ministry, the interior ministry said.');
  const c = same.figures.find((f) => f.sides.some((s) => s.value === 45));
  assert.ok(c && c.sides.some((s) => s.value === 60), JSON.stringify(same.figures));
  const other = await brief('Police arrested 45 protesters outside the ministry on Friday.', 'By Saturday 30 protesters had been released without charge, lawyers said.');
  assert.ok(!other.figures.some((f) => f.sides.some((s) => s.value === 45) && f.sides.some((s) => s.value === 30)), JSON.stringify(other.figures));
});
