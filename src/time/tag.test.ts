import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleDoc } from '../core/document.js';
import { timesStage } from '../stages/times.js';
import { refOf, tagTimes } from './tag.js';
import { sentenceBounds } from './sentences.js';

const SEED = [
  'Russia warned on Thursday that any Western troops in Ukraine would be legitimate targets.',
  'The warning comes just two days after a high-level meeting in Paris.',
  'At a meeting in Paris on January 6, Britain and France signed a declaration.',
  'The nearly four-year war goes on, nearly three years after Russia’s full-scale invasion of Ukraine in February 2022.',
  'The Kremlin said in December that 91 drones were used.',
].join(' ');

test('the seed article resolves against its publication day', () => {
  const values = Object.fromEntries(tagTimes(SEED, { dct: '2026-01-09' }).map((t) => [t.text, t.value]));
  assert.equal(values['Thursday'], '2026-01-08');
  assert.equal(values['January 6'], '2026-01-06');
  assert.equal(values['nearly four-year'], 'P4Y');
  assert.equal(values['February 2022'], '2022-02');
  assert.equal(values['December'], '2025-12');
});

test('offsets index into the text', () => {
  for (const t of tagTimes(SEED, { dct: '2026-01-09' })) assert.equal(SEED.slice(t.start, t.end), t.text);
});

test('refOf reads points back from values', () => {
  assert.deepEqual(refOf('2026-W02'), { day: { y: 2026, m: 1, d: 5 }, gran: 'week' });
  assert.deepEqual(refOf('2025-Q3'), { day: { y: 2025, m: 7, d: 1 }, gran: 'quarter' });
  assert.equal(refOf('P3D'), null);
});

test('sentence bounds do not split at "Jan." or "U.S."', () => {
  assert.equal(sentenceBounds('On Jan. 6 the U.S. envoy came. He left.').length, 2);
});

test('times stage fills times and eventDate, and skips other languages', () => {
  const doc = new ArticleDoc({ source: 'a.txt', format: 'text', fallbackId: 'a' });
  Object.assign(doc.data, { text: SEED, published: '2026-01-09', language: 'en' });
  void timesStage().run(doc, {});
  assert.equal(doc.data.eventDate, '2026-01-08');
  assert.ok((doc.data.times ?? []).length >= 5);
  const fr = new ArticleDoc({ source: 'b.txt', format: 'text', fallbackId: 'b' });
  Object.assign(fr.data, { text: 'Jeudi, la Russie a averti.', published: '2026-01-09', language: 'fr' });
  void timesStage().run(fr, {});
  assert.equal(fr.data.times, undefined);
});
