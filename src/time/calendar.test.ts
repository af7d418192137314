import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, fmtWeek, isoWeekday, parseDay } from './calendar.js';

test('parseDay keeps the written day of a date-time and rejects impossible days', () => {
  assert.deepEqual(parseDay('2026-01-09T23:30:00-05:00'), { y: 2026, m: 1, d: 9 });
  assert.equal(parseDay('2026-02-30'), null);
  assert.equal(parseDay(null), null);
});

test('ISO weeks at the year edges', () => {
  assert.equal(fmtWeek({ y: 2026, m: 1, d: 1 }), '2026-W01');
  assert.equal(fmtWeek({ y: 2024, m: 12, d: 30 }), '2025-W01');
  assert.equal(fmtWeek({ y: 2021, m: 1, d: 3 }), '2020-W53');
});

test('day and month arithmetic', () => {
  assert.equal(isoWeekday({ y: 2026, m: 1, d: 9 }), 5);
  assert.deepEqual(addDays({ y: 2026, m: 1, d: 1 }, -1), { y: 2025, m: 12, d: 31 });
  assert.deepEqual(addMonths({ y: 2026, m: 1, d: 31 }, 1), { y: 2026, m: 2, d: 28 });
});
