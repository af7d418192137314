import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterScores } from './metrics.js';

const map = (pairs: [string, string][]): Map<string, string> => new Map(pairs);

test('a perfect clustering scores 1 everywhere', () => {
  const gold = map([['a', 'x'], ['b', 'x'], ['c', 'y']]);
  const s = clusterScores(gold, map([['a', '1'], ['b', '1'], ['c', '2']]));
  assert.deepEqual(Object.values(s), [1, 1, 1, 1, 1, 1]);
});

test('merging two gold events costs precision, not recall', () => {
  const gold = map([['a', 'x'], ['b', 'x'], ['c', 'y']]);
  const s = clusterScores(gold, map([['a', '1'], ['b', '1'], ['c', '1']]));
  // B-cubed precision: a, b see 2/3 of their cluster correct; c sees 1/3.
  assert.ok(Math.abs(s.bcubedP - (2 / 3 + 2 / 3 + 1 / 3) / 3) < 1e-9);
  assert.equal(s.bcubedR, 1);
  assert.ok(Math.abs(s.pairP - 1 / 3) < 1e-9);
  assert.equal(s.pairR, 1);
});

test('articles missing from the prediction count as singletons', () => {
  const gold = map([['a', 'x'], ['b', 'x']]);
  const s = clusterScores(gold, map([['a', '1']]));
  assert.equal(s.bcubedP, 1);
  assert.equal(s.bcubedR, 0.5);
  assert.equal(s.pairR, 0);
});
