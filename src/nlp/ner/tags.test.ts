import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreNer } from './score.js';
import { allowed, entitiesOf, tagIndex } from './tags.js';

test('entitiesOf reads BIO spans; a stray I- opens an entity', () => {
  assert.deepEqual(entitiesOf(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'B-ORG', 'I-MISC']), [
    { from: 0, to: 2, type: 'PER' },
    { from: 3, to: 4, type: 'LOC' },
    { from: 4, to: 5, type: 'LOC' },
    { from: 5, to: 6, type: 'ORG' },
    { from: 6, to: 7, type: 'MISC' },
  ]);
});

test('I-X may only follow B-X or I-X', () => {
  assert.ok(allowed(tagIndex('B-PER'), tagIndex('I-PER')));
  assert.ok(!allowed(tagIndex('B-PER'), tagIndex('I-ORG')));
  assert.ok(!allowed(-1, tagIndex('I-LOC')));
  assert.ok(allowed(tagIndex('O'), tagIndex('B-LOC')));
});

test('strict scoring needs exact span and type', () => {
  const gold = [['B-PER', 'I-PER', 'O', 'B-LOC']];
  const s = scoreNer(gold, [['B-PER', 'O', 'O', 'B-LOC']]);
  assert.equal(s.overall.precision, 0.5);
  assert.equal(s.overall.recall, 0.5);
  assert.equal(s.byType.LOC.f1, 1);
  assert.equal(s.byType.PER.f1, 0);
  assert.equal(scoreNer(gold, [['B-ORG', 'I-ORG', 'O', 'B-LOC']], ['LOC']).overall.f1, 1);
});
