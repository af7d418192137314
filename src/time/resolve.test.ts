import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fmtAt, weekdayNear, yearNear } from './resolve.js';
import { tenseAt } from './tense.js';
import { parseCount } from './lexicon.js';

const friday = { y: 2026, m: 1, d: 9 };

test('weekdayNear: past by default, next in the future tense, "last" never today', () => {
  assert.deepEqual(weekdayNear(friday, 4, null, null), { y: 2026, m: 1, d: 8 });
  assert.deepEqual(weekdayNear(friday, 5, 'past', null), friday);
  assert.deepEqual(weekdayNear(friday, 4, 'future', null), { y: 2026, m: 1, d: 15 });
  assert.deepEqual(weekdayNear(friday, 5, null, 'last'), { y: 2026, m: 1, d: 2 });
});

test('yearNear: bare months follow the tense, month-days the nearest', () => {
  assert.equal(yearNear(friday, 12, null, 'past'), 2025);
  assert.equal(yearNear(friday, 3, null, 'future'), 2026);
  assert.equal(yearNear(friday, 12, 30, null), 2025);
  assert.equal(yearNear({ y: 2025, m: 10, d: 26 }, 10, 31, 'past'), 2025);
});

test('fmtAt prints every granularity', () => {
  assert.equal(fmtAt(friday, 'quarter'), '2026-Q1');
  assert.equal(fmtAt(friday, 'decade'), '202');
  assert.equal(fmtAt(friday, 'week'), '2026-W02');
});

test('tenseAt: the nearest cue wins; passives are not past', () => {
  const s = 'Ministers said they will meet on Thursday.';
  assert.equal(tenseAt(s, s.indexOf('Thursday'), s.indexOf('Thursday') + 8), 'future');
  const p = 'Elections will be held in March.';
  assert.equal(tenseAt(p, p.indexOf('March'), p.indexOf('March') + 5), 'future');
  assert.equal(tenseAt('Nothing here', 0, 7), null);
});

test('parseCount reads digits and words', () => {
  assert.equal(parseCount('twenty-five'), 25);
  assert.equal(parseCount('3'), 3);
  assert.equal(parseCount('a couple of'), 2);
  assert.equal(parseCount('umpteen'), null);
});
