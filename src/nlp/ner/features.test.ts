import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caseMode, sentenceFeatures, shapeOf } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { Lexicon } from './lexicon.js';

test('shapes collapse runs of one character class', () => {
  assert.equal(shapeOf('Obama'), 'Xx');
  assert.equal(shapeOf('U.S.'), 'X.X.');
  assert.equal(shapeOf('3.5'), 'd.d');
  assert.equal(shapeOf('McDonald'), 'XxXx');
});

test('headline case is told from running text', () => {
  assert.equal(caseMode('PUTIN MEETS XI IN BEIJING'.split(' ')), 'upper');
  assert.equal(caseMode('Putin Meets Xi in Beijing for Talks'.split(' ')), 'title');
  assert.equal(caseMode('Putin met Xi in Beijing on Tuesday .'.split(' ')), 'normal');
  assert.equal(caseMode(['Angela', 'Merkel']), 'normal');
});

test('gazetteer marks the longest match per list, begin and inside', () => {
  const g = new Gazetteer(['city', 'country'], [
    [0, ['new', 'york']],
    [0, ['new', 'york', 'city']],
    [1, ['france']],
  ]);
  const m = g.marks(['in', 'new', 'york', 'city', 'and', 'france']);
  assert.deepEqual([...m], [0, 1, 2, 2, 0, 4]);
});

test('features are deterministic and per token', () => {
  const lex = new Lexicon(new Map([['paris', { clusters: [1, 2, 3], capBucket: 4 }]]), new Gazetteer([], []));
  const a = sentenceFeatures(['He', 'visited', 'Paris', '.'], lex);
  const b = sentenceFeatures(['He', 'visited', 'Paris', '.'], lex);
  assert.deepEqual(a, b);
  assert.equal(a.offsets.length, 5);
  assert.ok(!a.hashes.includes(0), 'hash 0 is reserved for empty table slots');
});
