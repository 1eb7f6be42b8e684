// Quotes: one quote in two translations matched, its paraphrase listed; attributions compared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, fixtureEvent, fixtureItems, withAnalysis } from './fixtures/brief/event.ts';

const items = fixtureItems();

for (const embed of [false, true]) {
  test(`two translations of one quote are one group (embeddings ${embed ? 'on' : 'off'})`, async () => {
    const brief = await buildBrief(fixtureEvent(items), items, { embed });
    const groups = brief.quotes.flatMap((s) => s.groups);
    const g = groups.find((x) => x.variants.some((v) => /suffered heavy losses/.test(v.text)));
    assert.ok(g);
    assert.deepEqual(g.variants.map((v) => v.outlet).sort(), ['Coastal Times', 'Northern Herald']);
    assert.ok(g.variants.some((v) => /sustained heavy damage/.test(v.text)));
    assert.ok(g.paraphrases.some((c) => c.article_id === 'radio-1'), 'the unquoted paraphrase is listed');
    const sp = brief.quotes.find((s) => s.groups.includes(g))!;
    assert.equal(sp.speaker_name, 'Oren Vask');
    for (const v of g.variants) {
      const text = items.find((it) => it.article.id === v.citation.article_id)!.article.text;
      assert.equal(text.slice(v.quote_start, v.quote_end).trim(), v.text);
    }
  });
}

test('the same quote attributed to two different speakers is a conflict', async () => {
  const a = withAnalysis(article('x-1', 'Harbour Daily', 'NV', 'private', 'Talks', 'Marshal Oren Vask said: “We will rebuild every bridge in the province before winter comes.”'));
  const b = withAnalysis(article('y-1', 'Hill Courier', 'CS', 'private', 'Talks', '“We will rebuild every bridge in the province before winter comes,” said Lida Sorn.'));
  const brief = await buildBrief({ ...fixtureEvent([a, b]) }, [a, b], { embed: false });
  const c = brief.conflicts.find((x) => x.kind === 'attribution');
  assert.ok(c, JSON.stringify(brief.quotes));
  assert.deepEqual(c.sides.map((s) => s.speaker).sort(), ['Lida Sorn', 'Oren Vask']);
});

test('matching speakers raise no attribution conflict', async () => {
  const brief = await buildBrief(fixtureEvent(items), items, { embed: false });
  assert.ok(!brief.conflicts.some((c) => c.kind === 'attribution'));
});
