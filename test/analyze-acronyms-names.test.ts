import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import { spellsInitials } from '../src/analyze/entities/acronyms.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const art = (text: string) => textArticle(text, 'n');
const run = (text: string) => analyzeArticle(art(text), { today: '2031-01-01' });
const entityOf = (a: ReturnType<typeof run>, mention: string) => a.entities.find((e) => e.mentions.some((m) => m.text === mention));

test('an acronym the article defines in parentheses is the same organisation, whatever cue follows it', () => {
  const a = run('Inspectors from the Bureau of Harbour Safety (BHS) boarded the ferry at dawn. The BHS said in a statement that two crew members were questioned. Later the BHS told reporters the ship could sail.');
  const e = entityOf(a, 'Bureau of Harbour Safety');
  assert.ok(e, JSON.stringify(a.entities));
  assert.equal(e.type, 'organisation');
  assert.equal(e.mentions.filter((m) => m.text === 'BHS').length, 3);
  assert.ok(!a.entities.some((x) => x.type === 'person' && x.name === 'BHS'));
});

test('acronym initials skip "of"/"for" and may split hyphenated words; other letters do not match', () => {
  assert.ok(spellsInitials('KITM', 'Kessler Institute for Tropical Medicine'));
  assert.ok(spellsInitials('TPC', 'Trans-Pacific Council'));
  assert.ok(!spellsInitials('NGA', 'Northern Water Authority'));
});

test('names with initials and particles stay one person, and the surname links to them', () => {
  const a = run('Her captain, J. R. Tolland, played on. Tolland scored twice. The coach, Marisol de la Fuente, was pleased. De la Fuente said little. Dr. Amara N. Kessu led the study, and Kessu said it was small.');
  const tolland = entityOf(a, 'J. R. Tolland');
  assert.equal(tolland?.type, 'person');
  assert.ok(tolland?.mentions.some((m) => m.text === 'Tolland'));
  assert.equal(entityOf(a, 'Marisol de la Fuente')?.type, 'person');
  const kessu = entityOf(a, 'Amara N. Kessu');
  assert.equal(kessu?.type, 'person', JSON.stringify(a.entities.map((e) => e.name)));
  assert.ok(kessu?.mentions.some((m) => m.text === 'Kessu'));
});

test('a bare surname two named people share is the first one the article named, not the last', () => {
  const a = run('Every morning Omar al-Sayegh opens his shop. Al-Sayegh came to Brenvik in 1999. His daughter, Rania al-Sayegh, runs the second shop.');
  const father = entityOf(a, 'Omar al-Sayegh');
  assert.equal(father?.type, 'person');
  assert.ok(father?.mentions.some((m) => m.text === 'Al-Sayegh'), JSON.stringify(a.entities));
  assert.notEqual(entityOf(a, 'Rania al-Sayegh')?.id, father?.id);
});

test('"the chief executive" after "the company\'s chief executive, Mara Lindel," is her; a role two people hold is no one', () => {
  const a = run("Orvik Systems reported a loss. The company's chief executive, Mara Lindel, said demand had weakened. The chief executive said the company would cut jobs.");
  const lind = entityOf(a, 'Mara Lindel');
  assert.ok(lind?.mentions.some((m) => m.text === 'The chief executive'), JSON.stringify(a.entities));
  const b = run('His lawyer, Dana Whitlow, spoke first. Her lawyer, Tomas Brell, spoke next. The lawyer then left.');
  assert.ok(!b.entities.some((e) => e.mentions.some((m) => m.text === 'The lawyer')));
});
