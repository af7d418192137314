import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, foldSpelling, skeleton, stripTitles } from './names.js';
import { loadVariantTable, sameName, sameWord } from './variants.js';

const table = loadVariantTable();

test('spelling folds transliteration digraphs and doubled letters', () => {
  assert.equal(foldSpelling('Zelenskyy'), foldSpelling('Zelenskiy'));
  assert.equal(foldSpelling('Qadhafi'), 'kadafi');
  assert.equal(skeleton(foldSpelling('Zaporizhzhia')), skeleton(foldSpelling('Zaporizhia')));
  assert.equal(editDistance('kiev', 'kyiv'), 2);
});

test('titles come off the front of a name', () => {
  assert.deepEqual(stripTitles('prime minister benjamin netanyahu'), { name: 'benjamin netanyahu', titles: ['prime minister'] });
  assert.deepEqual(stripTitles('president'), { name: 'president', titles: [] });
});

test('variants match; look-alikes do not', () => {
  assert.ok(sameWord('kiev', 'kyiv', table));
  assert.ok(sameWord('zelensky', 'zelenskyy', table));
  assert.ok(!sameWord('zelenska', 'zelensky', table));
  assert.ok(!sameWord('niger', 'nigeria', table));
  assert.ok(!sameWord('iran', 'iraq', table));
  assert.ok(sameName('muammar gaddafi', 'moammar qaddafi', 'PER', table));
  assert.ok(sameName('george w bush', 'george bush', 'PER', table));
  assert.ok(!sameName('kim jong un', 'kim jong il', 'PER', table));
  assert.ok(!sameName('sudan', 'south sudan', 'LOC', table));
});
