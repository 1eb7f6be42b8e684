// Unknown place names typed by the lower-case place noun next to them ("Tessaly province",
// "the town of Orvan"), so that one place gets one id in every article that names it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/analyze/index.ts';
import type { Article } from '../src/types.ts';

function ids(text: string): string[] {
  const article: Article = {
    id: 'x', input: 'fixture:x', title: 'Quake', text, url: null,
    outlet: null, published: null, language: 'en', duplicate_of: null, content_hash: 'x', warnings: [],
  };
  return analyzeArticle(article, { today: '2031-01-01' }).entities.map((e) => e.id);
}

test('a name before a place noun, or after "the town of", is a place', () => {
  const got = ids(
    'A strong earthquake struck the mountainous Dravic province early on Monday, flattening homes in the town of Sulmer. ' +
      'Boats reached villages near the port of Ketterby, and aid convoys entered the Osk valley on Tuesday.',
  );
  for (const p of ['place:dravic', 'place:sulmer', 'place:ketterby', 'place:osk']) assert.ok(got.includes(p), `${p} in ${got.join(', ')}`);
});

test('a person named before a place noun is not made a place by it', () => {
  const got = ids('Governor Hanne Brodd visited the Lorvan county hospital. "We will rebuild," Brodd said.');
  assert.ok(got.includes('person:hanne-brodd'), got.join(', '));
  assert.ok(!got.some((x) => x.startsWith('place:brodd') || x.startsWith('place:hanne')), got.join(', '));
});
