// `parallax why` names the rule that kept two reports of the same actors in separate events
// (different lede acts on adjacent days, a back-reference, another measure), or that kept a
// report in its event although its day differs (the later report tells the earlier act).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/index.ts';
import { clusterStore } from '../src/pipeline/cluster.ts';
import { main } from '../src/cli/main.ts';
import { apartReasons } from '../src/events/why-apart.ts';
import { analyzeSpec, type PlainSpec } from './fixtures/events/analyzed.ts';
import { ROUND_TWO_SPECS } from './fixtures/events/next-day-happenings.ts';
import { AFTERSHOCK_SPECS, DAM_SPECS } from './fixtures/events/act-continuation.ts';

const TODAY = '2026-01-01';
const dir = mkdtempSync(join(tmpdir(), 'parallax-why-apart-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

function storeOf(name: string, specs: PlainSpec[]): string {
  const db = join(dir, name + '.db');
  const store = openStore(db);
  for (const s of specs) {
    const it = analyzeSpec(s, TODAY);
    store.insertArticle(it.article);
    store.putAnalysis(it.analysis);
  }
  clusterStore(store, { today: TODAY });
  store.close();
  return db;
}

async function why(db: string, ...args: string[]): Promise<string> {
  let stdout = '';
  const out = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  try {
    const status = await main(['node', 'parallax', '--db', db, 'why', ...args]);
    assert.equal(status, 0, stdout);
    return stdout;
  } finally {
    process.stdout.write = out;
    process.exitCode = undefined;
  }
}

test('why names different acts on adjacent days as what kept the talks apart from the signing', async () => {
  const db = storeOf('talks', ROUND_TWO_SPECS);
  const text = await why(db, 'r2-ledger');
  assert.match(text, /kept apart from the runner-up \(score x0\.25\): different acts on adjacent days \(2025-06-04 vs 2025-06-05\): 'resumed' vs 'signed' \[apart:different-acts\]/, text);
  const json = JSON.parse(await why(db, 'sign-dispatch', '--json')) as { apart: { runner_up: Array<{ rule: string; note: string }>; own: unknown[] } };
  assert.deepEqual(json.apart.runner_up.map((r) => r.rule), ['apart:different-acts']);
  assert.deepEqual(json.apart.own, [], 'the signing reports name one day');
});

test('why says the flood report is in the collapse\'s event because it tells the collapse, hours on', () => {
  const items = DAM_SPECS.map((s) => analyzeSpec(s, TODAY));
  const wire = items.find((i) => i.article.id === 'dam-wire')!;
  const tuesday = items.filter((i) => i.article.id === 'dam-post' || i.article.id === 'dam-times');
  const [r] = apartReasons(wire, tuesday, TODAY);
  assert.equal(r?.rule, 'together:continues');
  assert.equal(r.factor, 1);
  assert.match(r.note, /'gave way' as 'collapsed'/);
});

test('why names the other magnitude that keeps an aftershock apart from the quake', () => {
  const items = AFTERSHOCK_SPECS.map((s) => analyzeSpec(s, TODAY));
  const after = items.find((i) => i.article.id === 'after-gazette')!;
  const quake = items.filter((i) => i.article.id.startsWith('quake-'));
  const reasons = apartReasons(after, quake, TODAY);
  const m = reasons.find((r) => r.rule === 'apart:measure');
  assert.ok(m, JSON.stringify(reasons));
  assert.match(m.note, /5\.8 vs 6\.1|6\.1 vs 5\.8/);
  assert.ok(m.factor < 1);
  assert.deepEqual(apartReasons(after, items.filter((i) => i.article.id === 'after-herald'), TODAY), [], 'the same day: nothing to say');
});
