// "strikes" in an article about a labour dispute are stoppages even in a sentence with no labour
// word; in an article about a bombing campaign they stay air strikes, even if it mentions workers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBrief } from '../src/brief/index.ts';
import { article, withAnalysis, undatedEvent } from './fixtures/brief/event.ts';

const mk = (id: string, outlet: string, text: string) => withAnalysis(article(id, outlet, 'QK', 'private', 'Port news', text));

async function strikeTerms(items: ReturnType<typeof mk>[]): Promise<string[]> {
  const b = await buildBrief(undatedEvent('ev-k', 'Port', items.map((i) => i.article.id)), items, { embed: false });
  return b.framing.outlets.flatMap((o) => o.terms.filter((t) => t.group === 'strikes' && /strikes/i.test(t.surface)).map((t) => `${o.outlet}|${t.surface}`));
}

test('strikes in an article about a dock dispute are not air strikes', async () => {
  const terms = await strikeTerms([
    mk('k1', 'Brennmouth Gazette', 'Dockers at Brennmouth walked out on Monday after the union rejected a pay offer.\n\nThe strikes closed three ports for a week.\n\nShipping firms diverted cargo to the north.'),
    mk('k2', 'Northsea Courier', 'Port workers ended their walkout on Friday.\n\nThe strikes had closed three ports for a week, stranding 40 vessels.'),
  ]);
  assert.deepEqual(terms, []);
});

test('strikes in an article about bombing still read as air strikes', async () => {
  const terms = await strikeTerms([
    mk('a1', 'Brennmouth Gazette', 'Jets bombed the Orlan depot overnight, the army said.\n\nThe strikes destroyed three bridges and killed nine people.'),
    mk('a2', 'Northsea Courier', 'Missiles hit the Orlan depot before dawn, and dock workers fled the area.\n\nThe strikes were the heaviest this year.'),
  ]);
  assert.ok(terms.includes('Brennmouth Gazette|strikes'), terms.join(', '));
  assert.ok(terms.includes('Northsea Courier|strikes'), terms.join(', '));
});
