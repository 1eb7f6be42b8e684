// A sentence with several figures ("won 3–1 after Orm scored twice") joins the fact whose figure
// it shares in its main clause, not the first fact that shares any figure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'QF', 'private', 'Cup final', text));

test('a score sentence that also counts goals joins the score fact', async () => {
  const items = [
    mk('f1', 'Fenwick Sports Daily', 'Fenwick Rovers beat Dallow Town 3–1 in the cup final at Marle Park on Saturday.\n\nStriker Pavel Orm scored twice in the second half.'),
    mk('f2', 'Marle Echo', 'Fenwick Rovers won the cup final 3–1 against Dallow Town at Marle Park after Orm scored twice in the second half.\n\nA crowd of 41,000 watched the game.'),
    mk('f3', 'Dallow Radio', 'Dallow Town lost the cup final 3–1 to Fenwick Rovers at Marle Park.\n\nOrm scored two goals after the break for the winners.'),
  ];
  const b = await buildBrief(undatedEvent('ev-f', 'Cup final', ['f1', 'f2', 'f3']), items, { embed: false });
  const holding = (id: string) => b.facts.find((f) => f.citations.some((c) => c.article_id === id && items.find((i) => i.article.id === id)!.article.text.slice(c.start, c.end).includes("won the cup final 3–1")));
  const f = holding('f2');
  assert.ok(f, JSON.stringify(b.facts.map((x) => x.text)));
  const texts = f.citations.map((c) => items.find((i) => i.article.id === c.article_id)!.article.text.slice(c.start, c.end));
  assert.ok(texts.some((t) => /beat Dallow Town 3–1|lost the cup final 3–1/.test(t)), texts.join(' | '));
  assert.ok(!texts.some((t) => /^Striker Pavel Orm scored twice|^Orm scored two goals/.test(t)), texts.join(' | '));
});
