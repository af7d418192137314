import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clash } from './conflicts.js';
import { quantitiesOf } from './quantities.js';
import { DEFAULT_CLAIM_OPTIONS } from './rules.js';
import { wordsOf } from './words.js';

const q = (s: string) => quantitiesOf(s, wordsOf(s), DEFAULT_CLAIM_OPTIONS.contextWindow);

test('numbers with what they count: digits, words, hyphenated durations, percents', () => {
  assert.deepEqual(q('The Kremlin said 91 drones were used.').map((x) => [x.value, x.unit, x.duration]), [[91, 'drone', false]]);
  assert.deepEqual(q('peace talks to end the nearly four-year war').map((x) => [x.value, x.unit, x.text]), [[4, 'year', 'four-year']]);
  assert.deepEqual(q('a deal nearly three years after the invasion').map((x) => [x.value, x.unit]), [[3, 'year']]);
  assert.deepEqual(q('an agreement is 90% done').map((x) => [x.value, x.unit]), [[90, 'percent']]);
  assert.deepEqual(q('twenty-six countries and 1,200 soldiers').map((x) => [x.value, x.unit]), [[26, 'country'], [1200, 'soldier']]);
});

test('years, ages, ordinals and a pronoun "one" are not counts', () => {
  assert.deepEqual(q('It annexed Crimea in 2014 and invaded in February 2022.'), []);
  assert.deepEqual(q('The 78-year-old adviser and the 44th brigade; no one doubts it.'), []);
});

test('figures clash on the same unit and context, not across units or beyond rounding', () => {
  const [three] = q('The administration is trying to broker a peace deal nearly three years after the invasion.');
  const [four] = q('Kushner said the talks were a milestone in peace talks to end the nearly four-year war.');
  const [drones] = q('Officials said four drones hit the depot.');
  assert.ok(three && four && drones);
  assert.equal(clash(three, four, DEFAULT_CLAIM_OPTIONS), true);
  assert.equal(clash(three, drones, DEFAULT_CLAIM_OPTIONS), false);
  const [a] = q('Crews fought the fire for 90 minutes.');
  const [b] = q('Crews fought the fire for 91 minutes.');
  assert.ok(a && b);
  assert.equal(clash(a, b, DEFAULT_CLAIM_OPTIONS), false, 'within rounding');
  const [c] = q('26 countries pledged security guarantees.');
  const [d] = q('At least seven countries are ready to host a meeting.');
  assert.ok(c && d);
  assert.equal(clash(c, d, DEFAULT_CLAIM_OPTIONS), false, 'about different things');
});
