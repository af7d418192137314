import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadBackground } from './background.js';
import { Vocabulary } from './vocab.js';

test('the background tells common words from rare names while the stream is young', () => {
  const v = new Vocabulary(loadBackground(), 100);
  const ids = ['official', 'troop', '@volkova'].map((k) => v.id(k));
  v.add(ids);
  v.add(ids);
  const [official, troop, volkova] = ids.map((id) => v.idf(id));
  assert.ok((official ?? 0) < (troop ?? 0), 'a common word weighs less than a rarer one');
  assert.ok((troop ?? 0) < (volkova ?? 0), 'an unseen name weighs most');
});

test('without a background, IDF is the stream\'s own', () => {
  const v = new Vocabulary();
  const a = v.id('quake');
  const b = v.id('aceh');
  v.add([a, b]);
  v.add([a]);
  assert.equal(v.idf(a), Math.log(3) - Math.log(3) + 1);
  assert.ok(v.idf(b) > v.idf(a));
});
