// Photo captions left in an article's text never become summary lines (they describe a picture:
// present tense, a trailing date or place, a credit, often printed twice), yet stay evidence.
// Invented people, places and outlets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { captionFlags, captionText, repeatedLines } from '../src/brief/captions.ts';
import { buildBrief } from '../src/brief/index.ts';
import { buildUnits } from '../src/brief/units.ts';
import { article, undatedEvent, withAnalysis } from './fixtures/brief/event.ts';

test('captions by their own words', () => {
  for (const s of [
    'Premier Lida Sorn meets Marshal Oren Vask at the Grey Palace in Kalvaro on March 4.',
    'Rescuers carry an injured man from the rubble in Tarsk on Monday.',
    'Protesters gather outside parliament in Velgrad on Tuesday, March 3, 2025.',
    'Masked riot police stand guard outside the court in Varna, May 4, 2024.',
    'Firefighters battle the blaze in Orsk. (Photo: Nordpress)',
    'Firefighters battled the blaze in Orsk. Photo: Ana Lee/Nordpress',
    'Police officers stand guard near the court in Varna. REUTERS/Ana Lee',
    'President Vask is seen at a rally in Dresk on Sunday.',
  ])
    assert.ok(captionText(s), s);
});

test('statements are no captions', () => {
  for (const s of [
    'Marshal Vask met Premier Sorn in Kalvaro on Monday.',
    'Pelosi and Mnuchin plan to speak again Wednesday.',
    'Sorn later repeated the claim at a rally in Dresk on Sunday.',
    'Vask meets Sorn in Kalvaro on Monday to discuss the war, officials said.',
    'The talks continue in Geneva on Friday.',
    'The photo: a sign of hope.',
    'Watch the full interview with Premier Sorn (video).',
  ])
    assert.ok(!captionText(s), s);
});

test('doubled lines that narrate nothing are captions; a repeated statement is not', () => {
  const line = 'Premier Sorn and Marshal Vask at the Grey Palace, Kalvaro';
  assert.deepEqual(captionFlags([line, line, 'The two leaders met for three hours.']), [true, true, false]);
  // the copy the extraction dropped, as its warning names it
  assert.deepEqual(captionFlags([line, 'The two leaders met for three hours.'], [line.slice(0, 40)]), [true, false]);
  const lead = 'Marshal Vask said on Monday that the talks had gone well.';
  assert.deepEqual(captionFlags([lead, lead]), [false, false]);
  assert.deepEqual(repeatedLines([{ code: 'boilerplate-removed', message: `removed (repeated-line): ${line.slice(0, 30)}...` }, { code: 'boilerplate-removed', message: 'removed (ui-line): Subscribe' }]), [line.slice(0, 30)]);
});

const CAPTIONED = [
  'Premier Lida Sorn meets Marshal Oren Vask at the Grey Palace in Kalvaro on March 4.',
  '',
  'Marshal Oren Vask flew to Kalvaro on Monday for talks with Premier Lida Sorn on the war in the north, her office said.',
  '',
  'The visit had been kept secret until the marshal had returned home.',
].join('\n');
const OTHER = [
  'Marshal Oren Vask held talks with Premier Lida Sorn in Kalvaro at the Grey Palace on March 4, her office said on Tuesday.',
  '',
  'The two leaders discussed the war in the north and humanitarian aid.',
].join('\n');

test('a caption is never a summary line but stays evidence', async () => {
  const items = [
    withAnalysis(article('c1', 'Kalvaro Post', 'KV', 'state', 'Vask in Kalvaro', CAPTIONED)),
    withAnalysis(article('c2', 'Northern Herald', 'NH', 'private', 'Vask and Sorn hold talks', OTHER)),
  ];
  const ev = buildUnits(items);
  const caption = ev.units.find((u) => u.text.startsWith('Premier Lida Sorn meets'))!;
  assert.ok(caption.caption);
  assert.ok(!ev.units.filter((u) => u !== caption).some((u) => u.caption));
  for (const words of [20, 40, 80]) {
    const b = await buildBrief(undatedEvent('ev-c', 'Vask in Kalvaro', ['c1', 'c2']), items, { embed: false, words });
    assert.ok(b.summary.length > 0);
    assert.ok(!b.summary.some((s) => s.text.includes('meets Marshal')), JSON.stringify(b.summary.map((s) => s.text)));
    if (words === 80) assert.ok(b.facts.some((f) => f.citations.some((c) => c.article_id === 'c1' && c.start === caption.start)), 'the caption is still cited as evidence');
  }
});
