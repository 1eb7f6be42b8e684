// "returned to <Name>" is loaded ("reunified") only when the name is a place the analysis typed as
// one, or a territory noun follows: a stadium, an airline or a person is not territory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'QN', 'private', 'Tarn news', text));

async function termsOf(items: ReturnType<typeof mk>[]): Promise<string[]> {
  const b = await buildBrief(undatedEvent('ev-n', 'Tarn', items.map((i) => i.article.id)), items, { embed: false });
  return b.framing.outlets.flatMap((o) => o.terms.map((t) => `${o.outlet}|${t.term}:${t.surface.toLowerCase()}`));
}

test('organisations, venues and people after "returned to" are not territory', async () => {
  const terms = await termsOf([
    mk('n1', 'Tarn Evening Star', 'After the final whistle the Tarn Rovers players returned to Harbour Gate stadium to greet the fans.\n\nCaptain Ilse Morrow was cheered by thousands.'),
    mk('n2', 'Coastline Wire', 'Former chief executive Ilse Brandvik returned to Velmora Airways on Monday as chair.\n\nThe airline said she had accepted the post.'),
    mk('n3', 'Quay Bulletin', 'The striker returned to Coach Amos Terrell after the match and thanked him.'),
  ]);
  assert.ok(!terms.some((t) => t.includes('reunified:')), terms.join(', '));
});

test('a place name or a territory noun after "returned to" still counts', async () => {
  const terms = await termsOf([
    mk('p1', 'Tarn Evening Star', 'The Varn valley returned to Kessian control in March, the ministry said.'),
    mk('p2', 'Coastline Wire', 'The disputed Lusk district returned to Kessian rule after the vote.'),
  ]);
  assert.ok(terms.includes('Tarn Evening Star|reunified:returned to'), terms.join(', '));
  assert.ok(terms.includes('Coastline Wire|reunified:returned to'), terms.join(', '));
});
