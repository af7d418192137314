import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, estimatedJaccard, minhash } from './minhash.js';

const words = (s: string): string[] => s.toLowerCase().split(/\s+/);
const text = 'police in the port town of harlow said on sunday that two men were arrested after a warehouse fire destroyed a grain store on the harbour road late on saturday night and fire crews fought the blaze for six hours';

test('identical texts have identical signatures and share every band', () => {
  const a = minhash(words(text));
  assert.equal(estimatedJaccard(a, minhash(words(text))), 1);
  assert.deepEqual(bandKeys(a), bandKeys(minhash(words(text))));
});

test('a copy with a dateline is close; an unrelated text is not', () => {
  const a = minhash(words(text));
  assert.ok(estimatedJaccard(a, minhash(words(`harlow wire ${text}`))) > 0.7);
  assert.ok(estimatedJaccard(a, minhash(words('the lakers beat the celtics in boston as kobe bryant scored forty points in a game that went to overtime after a late three pointer'))) < 0.2);
});
