import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../src/analyze/index.ts';
import { textArticle } from './fixtures/analyze/article.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/analyze/${name}`, import.meta.url), 'utf8');
const art = (text: string) => textArticle(text, 'q');
const quotes = (text: string) => analyzeArticle(art(text), { today: '2026-01-01' }).quotes;
const starting = (list: ReturnType<typeof quotes>, s: string) => list.find((q) => q.text.startsWith(s))!;

test('colon-introduced block quotes: "quoted X as saying:" and "he reportedly cautioned … :" across two paragraphs', () => {
  const text = fixture('quotes-block.txt');
  const list = quotes(text);
  const first = starting(list, 'We stand together');
  assert.deepEqual([first.kind, first.speaker_entity_id], ['speech', 'person:olaf-scholz']);
  const second = starting(list, 'Every system we send');
  assert.deepEqual([second.kind, second.speaker_entity_id], ['speech', 'person:olaf-scholz']);
  assert.match(second.text, /coming weeks\.$/, 'the quote runs on into its second paragraph');
  assert.equal(text.slice(second.start, second.end), second.text);
});

test('a quote paragraph after "X also thanked Y …, the spokesman said." is X speaking (multi-paragraph)', () => {
  const list = quotes(fixture('quotes-block.txt'));
  const q = starting(list, 'Our soldiers know');
  assert.deepEqual([q.kind, q.speaker_entity_id], ['speech', 'person:volodymyr-zelensky']);
  assert.match(q.text, /never forget it\.$/);
});

test('partial quotes: "what he called …" goes to the sentence subject or the last speaker', () => {
  const list = quotes(fixture('quotes-block.txt'));
  const q = starting(list, 'courage of ordinary Germans');
  assert.deepEqual([q.kind, q.speaker_entity_id], ['partial', 'person:volodymyr-zelensky']);
  const b = quotes(fixture('anchored-duration.txt'));
  const tp = starting(b, 'a turning point');
  assert.deepEqual([tp.kind, tp.speaker_entity_id], ['partial', 'person:volodymyr-zelensky']);
});

test('attribution after the quote through a role noun: "…," the Ukrainian president said, according to …', () => {
  const q = starting(quotes(fixture('anchored-duration.txt')), 'We will defend');
  assert.deepEqual([q.kind, q.speaker_entity_id, q.speaker_name], ['speech', 'person:volodymyr-zelensky', 'Volodymyr Zelensky']);
});

test('scare quotes are not speech and have no speaker', () => {
  const q = starting(quotes(fixture('anchored-duration.txt')), 'symbolic');
  assert.equal(q.kind, 'scare');
  assert.equal(q.speaker_entity_id, null);
  const d = starting(quotes(fixture('dateline-span.txt')), 'constructive approach');
  assert.notEqual(d.kind, 'speech');
});

test('straight quotes with "X said" / "X told Y" and unknown speakers by name', () => {
  const list = quotes('"The border stays closed," Interior Minister Lena Brandt told reporters. "We have no choice," she added.');
  assert.equal(list[0].speaker_entity_id, 'person:lena-brandt');
  assert.equal(list[1].speaker_entity_id, 'person:lena-brandt');
  assert.equal(list[1].kind, 'speech');
});

test('tokenised `` … \'\' quotes are recognised', () => {
  const list = quotes("`` We are ready , '' Mayor Tom Okoro said .");
  assert.equal(list.length, 1);
  assert.equal(list[0].speaker_entity_id, 'person:tom-okoro');
});

test('unbalanced quotes: cut at the paragraph end, with a warning', () => {
  const a = analyzeArticle(art('He said "this never closes.\n\nNext paragraph is plain.'), { today: '2026-01-01' });
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].text, 'this never closes.');
  assert.ok(a.warnings.some((w) => w.code === 'unbalanced-quotes'));
});

test('titles and roles before a name are stripped and the person is the speaker', () => {
  const text = [
    '“The ports stay open,” Premier Lida Sorn said.',
    '“Our ships are ready,” Rear Adm. Tomas Vell told reporters.',
    '“We need the trains,” Gov. Hal Brenner said.',
    '“Talks are over,” said Foreign Minister Ana Roth.',
    '“No comment for now,” spokeswoman Elin Sarka said.',
    '“Why now, of all times?” Sen. Ada Quill asked.',
    '“It is done,” President of Veloria Aurel Kastrani said.',
    '“Later, not now,” the Velorian presidential spokesman Dmitar Voss said on Tuesday.',
    '“Our members will stay out,” dockers’ union chair Ona Pell told reporters.',
  ].join(' ');
  const a = analyzeArticle(art(text), { today: '2026-01-01' });
  const speakers = a.quotes.map((q) => [q.kind, q.speaker_entity_id, q.speaker_name]);
  assert.deepEqual(speakers, [
    ['speech', 'person:lida-sorn', 'Lida Sorn'],
    ['speech', 'person:tomas-vell', 'Tomas Vell'],
    ['speech', 'person:hal-brenner', 'Hal Brenner'],
    ['speech', 'person:ana-roth', 'Ana Roth'],
    ['speech', 'person:elin-sarka', 'Elin Sarka'],
    ['speech', 'person:ada-quill', 'Ada Quill'],
    ['speech', 'person:aurel-kastrani', 'Aurel Kastrani'],
    ['speech', 'person:dmitar-voss', 'Dmitar Voss'],
    ['speech', 'person:ona-pell', 'Ona Pell'],
  ]);
  assert.ok(!a.entities.some((e) => /\b(?:adm|gov|sen|premier|minister)\b/i.test(e.name)), 'no title inside an entity name');
});

test('colon block in straight quotes after "X quoted the <role> as saying:" goes to the person named with that role', () => {
  const list = quotes(fixture('quotes-role-block.txt'));
  const a = starting(list, 'Our two countries');
  assert.deepEqual([a.kind, a.speaker_entity_id], ['speech', 'person:lena-havel']);
  assert.match(a.rule, /^colon-block:/);
  const b = starting(list, 'Veloria does not abandon');
  assert.deepEqual([b.kind, b.speaker_entity_id], ['speech', 'person:aurel-kastrani']);
});

test('a role noun that fits two people names no one', () => {
  const text = 'Prime Minister Lena Havel met Prime Minister Ruta Selm on Friday.\n\nThe agency quoted the prime minister as saying:\n\n"We have agreed on every point that matters for the harbour and the rail link."';
  const q = starting(quotes(text), 'We have agreed');
  assert.equal(q.speaker_entity_id, null);
});
