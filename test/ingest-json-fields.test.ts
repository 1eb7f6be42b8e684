// JSON exports from scrapers and CMSs: a body given as a list of paragraphs stays paragraphs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickFields } from '../src/ingest/fields.ts';

test('a text field that is an array of strings is paragraphs; an author array is names', () => {
  const f = pickFields({
    headline: 'Ferry timetable changes',
    body: ['The island ferry will run two extra sailings on weekdays.', '', 'Fares will stay the same, the operator said.'],
    authors: ['Ana Lee', 'Bo Ek'],
  });
  assert.equal(f.text, 'The island ferry will run two extra sailings on weekdays.\n\nFares will stay the same, the operator said.');
  assert.equal(f.author, 'Ana Lee, Bo Ek');
  // paragraphs that are markup go to html, still one paragraph each
  const h = pickFields({ content: ['<p>First part of the story.</p>', '<p>Second part.</p>'] });
  assert.equal(h.html, '<p>First part of the story.</p>\n\n<p>Second part.</p>');
});
