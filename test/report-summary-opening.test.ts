// A summary line that is only the opening words of its sentence (the budget ran out) is shown
// followed by " …" in markdown and HTML, while its JSON text stays exactly the cited span.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderBrief } from '../src/report/index.ts';
import { buildBrief } from '../src/brief/index.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

const sentences = (topic: string) => [
  `The harbour of Selwick reopened to fishing boats on Thursday after six weeks of repairs to its ${topic} sea wall.`,
  'Engineers rebuilt forty metres of the wall with granite blocks shipped from a quarry near Dunmere in barges.',
  'The repairs cost the town council about two million crowns, more than twice the first estimate it gave.',
  'Fishermen said the closure had forced them to land their catch at ports farther along the coast for weeks.',
];

test('an opening line is marked " …" in markdown and HTML, its JSON text is the cited span', async () => {
  const items = [
    article('op-1', 'Quay Ledger', 'QL', 'private', 'Selwick harbour reopens', sentences('storm-damaged').join('\n\n')),
    article('op-2', 'Coastline Post', 'QL', 'public-service', 'Boats return to Selwick', sentences('broken').join('\n\n')),
  ].map(withAnalysis);
  const event = undatedEvent('ev-op', 'Selwick harbour', items.map((it) => it.article.id));
  const brief = await buildBrief(event, items, { embed: false, words: 30 });
  const opening = brief.summary.find((s) => s.opening);
  assert.ok(opening, `a 30-word budget over 70-word articles ends in an opening: ${JSON.stringify(brief.summary)}`);
  const c = opening.citations[0]!;
  const text = items.find((it) => it.article.id === c.article_id)!.article.text;
  assert.equal(text.slice(c.start, c.end), opening.text, 'the JSON text is exactly the cited words');
  const texts = new Map(items.map((it) => [it.article.id, it.article]));
  assert.ok(renderBrief(brief, 'md', texts).includes(`${opening.text} …`), 'markdown shows the mark');
  assert.ok(renderBrief(brief, 'html', texts).includes(`${opening.text} …`), 'HTML shows the mark');
  for (const s of brief.summary.filter((x) => !x.opening)) assert.ok(!renderBrief(brief, 'md', texts).includes(`${s.text} …`), 'whole lines are not marked');
});
