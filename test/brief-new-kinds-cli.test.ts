// End to end over invented corpora of event kinds the briefs were not tuned on (a plane crash
// whose toll is revised, a prisoner swap, a wildfire in hectares and acres): the conflicts a
// fact-checker would report, and none of the false ones (lexical alignment only, so the run does
// not depend on the embedding model). Fixtures: test/fixtures/brief/new-kinds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Brief } from '../src/brief/index.ts';

const root = join(import.meta.dirname, '..');
const fx = join(root, 'test', 'fixtures', 'brief', 'new-kinds');

interface Out {
  events: { title: string; article_ids: string[]; brief: Brief }[];
}

function analyze(): Out {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-kinds-'));
  try {
    const r = spawnSync(
      process.execPath,
      [join(root, 'bin', 'parallax.mjs'), '--db', join(dir, 'x.db'), 'analyze', join(fx, 'crash'), join(fx, 'swap'), join(fx, 'fire'), '--registry', join(fx, 'outlets.json'), '--fresh', '--no-embed', '--json'],
      { encoding: 'utf8', timeout: 120000 },
    );
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as Out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const out = analyze();
const brief = (re: RegExp) => {
  const e = out.events.find((x) => re.test(x.title) && x.article_ids.length > 1);
  assert.ok(e, out.events.map((x) => x.title).join(' / '));
  return e.brief;
};
const values = (sides: { value?: number }[]) => sides.map((s) => s.value!).sort((a, b) => a - b);

test('crash: the crew-and-passenger counts conflict; the passengers alone do not; the toll is a revision', () => {
  const b = brief(/Norvik|Castel Vardo/);
  // without embeddings the two crew-and-passenger sentences may not be aligned; whatever is
  // compared, "108 passengers and six crew" is never a side
  for (const c of b.conflicts.filter((x) => x.kind === 'quantity')) assert.deepEqual(values(c.sides), [112, 114]);
  const toll = b.figures.find((f) => f.measure === 'people killed');
  assert.ok(toll && toll.verdict === 'context', JSON.stringify(b.figures));
});

test('swap: the prisoner counts conflict, the freed captives are no side of it', () => {
  const b = brief(/swap|hostages|Kerem/i);
  const q = b.conflicts.filter((c) => c.kind === 'quantity');
  assert.equal(q.length, 1, JSON.stringify(b.figures));
  assert.deepEqual(values(q[0]!.sides), [40, 43]);
  const palek = b.quotes.find((s) => s.speaker_name === 'Dorin Palek');
  assert.ok(palek);
  assert.ok(!palek.groups.some((g) => g.variants.some((v) => v.outlet === 'Kerem Voice')), JSON.stringify(palek.groups));
  const groups = new Set(b.framing.contrasts.map((c) => c.group));
  assert.ok(groups.has('captives') && groups.has('prisoners'), [...groups].join(', '));
});

test('wildfire: acres are converted, not a side of their own; no date conflict from a dateline or "by Monday"', () => {
  const b = brief(/[Ww]ildfire|Green Ridge/);
  assert.ok(!b.conflicts.some((c) => c.kind === 'date'), JSON.stringify(b.conflicts.filter((c) => c.kind === 'date')));
  const area = b.figures.find((f) => f.measure.startsWith('area'));
  assert.ok(area, JSON.stringify(b.figures));
  assert.match(area.note, /24,700 acres ≈ 9,996 hectares/);
  const temp = b.figures.find((f) => f.measure.startsWith('temperature'));
  assert.ok(temp && temp.verdict === 'agree', JSON.stringify(b.figures));
  for (const o of b.framing.outlets) assert.ok(!o.unique_context.some((c) => /^Saronia wildfire scorches/.test(c.text)), 'a headline listed as context');
});
