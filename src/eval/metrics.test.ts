import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accuracy, addCounts, median, normalizeWhitespace, prf, sameDay, sliceOf, snippetCounts } from './metrics.js';

test('normalizeWhitespace collapses runs and trims', () => {
  assert.equal(normalizeWhitespace('  a\n\n b\t c  '), 'a b c');
});

test('snippetCounts: tp/fp/fn with whitespace normalisation', () => {
  const text = 'The quick\n\nbrown fox jumps.\n\nImpressum';
  const c = snippetCounts(text, ['quick brown fox', 'lazy dog'], ['Impressum', 'Twitter']);
  assert.deepEqual(c, { tp: 1, fp: 1, fn: 1 });
});

test('snippetCounts is case-sensitive substring matching', () => {
  assert.deepEqual(snippetCounts('Hello World', ['hello'], []), { tp: 0, fp: 0, fn: 1 });
});

test('prf: F1 = 2tp/(2tp+fp+fn)', () => {
  const r = prf({ tp: 8, fp: 2, fn: 2 });
  assert.equal(r.f1, 16 / 20);
  assert.equal(r.precision, 0.8);
  assert.equal(r.recall, 0.8);
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: 0, recall: 0, f1: 0 });
});

test('addCounts sums', () => {
  assert.deepEqual(addCounts({ tp: 1, fp: 2, fn: 3 }, { tp: 4, fp: 5, fn: 6 }), { tp: 5, fp: 7, fn: 9 });
});

test('sameDay compares the day literally; null gold needs null prediction', () => {
  assert.ok(sameDay('2016-12-23T23:30:00-05:00', '2016-12-23'));
  assert.ok(!sameDay('2016-12-24', '2016-12-23'));
  assert.ok(sameDay(null, null));
  assert.ok(!sameDay('2016-12-23', null));
  assert.ok(!sameDay(null, '2016-12-23'));
});

test('accuracy and median', () => {
  assert.equal(accuracy(3, 4), 0.75);
  assert.equal(accuracy(0, 0), 0);
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([]), 0);
});

test('sliceOf is deterministic and holds out about a fifth', () => {
  assert.equal(sliceOf('https://example.com/a'), sliceOf('https://example.com/a'));
  let holdout = 0;
  for (let i = 0; i < 2000; i++) if (sliceOf(`https://example.com/${i}`) === 'holdout') holdout++;
  assert.ok(holdout > 330 && holdout < 470, `holdout ${holdout}`);
});
