// The ROUGE scorer against examples computed by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lcs, rouge, rougeN, rougeTokens, truncateWords } from '../bench/rouge.ts';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('tokens are lower-cased alphanumeric words, no stemming', () => {
  assert.deepEqual(rougeTokens("The Cats' 3.5% rise, (again)!"), ['the', 'cats', '3', '5', 'rise', 'again']);
});

test('ROUGE-1/2/L on a one-word substitution', () => {
  const r = rouge('the cat sat on the mat', 'the cat was on the mat');
  close(r.r1.f, 5 / 6); // the, cat, on, the, mat
  close(r.r2.f, 3 / 5); // "the cat", "on the", "the mat"
  close(r.rl.f, 5 / 6);
});

test('clipped counts and unequal lengths', () => {
  // candidate "the the the" vs reference "the cat": overlap clipped to 1; P=1/3, R=1/2, F=0.4
  const r = rougeN('the the the', 'the cat', 1);
  close(r.p, 1 / 3);
  close(r.r, 1 / 2);
  close(r.f, 0.4);
});

test('LCS keeps order, not contiguity', () => {
  assert.equal(lcs(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd']), 3);
  const r = rouge('police arrested the man', 'the man was arrested by police');
  // LCS: "the man" or "arrested"... longest in order: ["the","man"] = 2 ; P=2/4 R=2/6
  close(r.rl.p, 2 / 4);
  close(r.rl.r, 2 / 6);
});

test('empty candidate scores zero', () => {
  assert.equal(rouge('', 'something here').r1.f, 0);
});

test('ROUGE at N words (-l N) scores only the first N words of the summary', () => {
  assert.equal(truncateWords('one  two\nthree four', 3), 'one two three');
  assert.equal(truncateWords('one two', 5), 'one two');
  const ref = 'the cat sat on the mat';
  // the extra words past the limit would lower precision if they were scored
  close(rouge('the cat sat on the mat and then the dog barked loudly', ref, { limit: 6 }).r1.f, 1);
  assert.ok(rouge('the cat sat on the mat and then the dog barked loudly', ref).r1.f < 1);
  close(rouge('the cat sat', ref, { limit: 60 }).r1.f, rouge('the cat sat', ref).r1.f);
});
