// Progress of the main job: runAnalyze reports each long phase up to its total, and the bar never
// writes to a stream that is not a terminal (pipes, logs, CI).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../src/store/index.ts';
import { runAnalyze } from '../src/pipeline/run.ts';
import { progressBar } from '../src/cli/progress.ts';

test('runAnalyze reports analysis per article and briefs per event, each up to its total', async () => {
  const store = openStore(':memory:');
  const seen = new Map<string, { done: number; total: number; calls: number }>();
  const { report } = await runAnalyze(store, ['examples/corpus'], {
    registryFiles: ['examples/outlets.json'],
    embed: false,
    progress: (phase, done, total) => {
      const s = seen.get(phase) ?? { done: 0, total, calls: 0 };
      assert.ok(done >= s.done, `${phase} goes forward`);
      seen.set(phase, { done, total, calls: s.calls + 1 });
    },
  });
  assert.deepEqual(seen.get('analysis')?.done, report.articles.length);
  assert.equal(seen.get('analysis')?.total, report.articles.length);
  assert.equal(seen.get('briefs')?.done, report.events.length);
  assert.equal(seen.get('briefs')?.calls, report.events.length);
  store.close();
});

test('the bar writes nothing when stderr is not a terminal', async () => {
  let written = '';
  const stream = { isTTY: false, write: (s: string) => ((written += s), true) } as unknown as NodeJS.WriteStream;
  const bar = progressBar(stream);
  await new Promise((r) => setTimeout(r, 1600));
  bar.update('briefs', 1, 3);
  bar.stop();
  assert.equal(written, '');
});
