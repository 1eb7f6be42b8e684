import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../src/store/index.ts';
import { analyzeStored, linkCorpusSurnames } from '../src/pipeline/analyze.ts';
import type { Article } from '../src/types.ts';

const art = (id: string, text: string): Article => ({ id, input: id, title: `Title ${id}`, text, url: null, outlet: null, published: null, language: 'en', duplicate_of: null, content_hash: id, warnings: [] });
const persons = (store: ReturnType<typeof openStore>, id: string) => store.analysis(id)!.entities.filter((e) => e.type === 'person');

test('a surname-only person links to the one full name the corpus gives; idempotent; ambiguous surnames stay', async () => {
  const store = openStore(':memory:');
  try {
    store.insertArticle(art('full', 'Harbour Minister Tomas Ralden opened the new quay in Port Ostra on Friday. Ralden said the quay would double traffic.'));
    store.insertArticle(art('short', 'The quay opened on Friday. “Traffic will double within two years,” Ralden told dock workers in the rain. Ralden left early.'));
    store.insertArticle(art('other', 'Weather officials in Dunmor warned of heavy rain. Ostrova said the roads would close.'));
    const before = store.analysis('short');
    assert.equal(before, null);
    const r = await analyzeStored(store, undefined, { analyze: { today: '2026-01-01' } });
    assert.equal(r.analyzed, 3);
    const p = persons(store, 'short');
    assert.deepEqual(p.map((e) => [e.id, e.name, e.mentions.map((m) => m.text)]), [['person:tomas-ralden', 'Tomas Ralden', ['Ralden', 'Ralden']]]);
    const text = store.article('short')!.text;
    for (const m of p[0].mentions) assert.equal(text.slice(m.start, m.end), 'Ralden', 'offsets kept');
    const q = store.analysis('short')!.quotes[0];
    assert.deepEqual([q.speaker_entity_id, q.speaker_name], ['person:tomas-ralden', 'Tomas Ralden']);
    // Unrelated single names are untouched.
    assert.ok(persons(store, 'other').every((e) => e.id !== 'person:tomas-ralden'));
    // Idempotent: a second pass changes nothing.
    const snapshot = JSON.stringify(store.analysis('short'));
    assert.equal(linkCorpusSurnames(store), 0);
    assert.equal(JSON.stringify(store.analysis('short')), snapshot);
    // Two full names with one surname: new surname-only articles are not linked.
    store.insertArticle(art('second', 'Port engineer Mira Ralden inspected the cranes on Monday.'));
    store.insertArticle(art('short2', 'Cranes were checked on Monday. “All of them pass,” Ralden told the port board.'));
    await analyzeStored(store, undefined, { analyze: { today: '2026-01-01' } });
    assert.deepEqual(persons(store, 'short2').map((e) => e.id), ['person:ralden']);
  } finally {
    store.close();
  }
});
