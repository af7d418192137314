import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../core/document.js';
import { EntityIndex, linkMentions, normaliseName, sameEntity } from './link.js';

const m = (text: string, type: EntityMention['type'] = 'PER'): EntityMention => ({ text, type, start: 0, end: text.length });

test('names normalise: possessive, article, punctuation, case', () => {
  assert.equal(normaliseName("Putin's"), 'putin');
  assert.equal(normaliseName('the Kremlin'), 'kremlin');
  assert.equal(normaliseName('U.S.'), 'u s');
});

test('a surname after the full name in one article is the same person', () => {
  assert.deepEqual(linkMentions([m('Maria Zakharova'), m('Zakharova'), m('Moscow', 'LOC')]), ['PER:maria zakharova', 'PER:maria zakharova', 'LOC:moscow']);
});

test('across articles, a bare surname joins the one full name that carries it, not an ambiguous one', () => {
  const idx = new EntityIndex();
  idx.add('a', [m('Vladimir Putin')]);
  idx.add('b', [m('Putin'), m('Smith')]);
  idx.add('c', [m('Ann Smith'), m('Bo Smith')]);
  const es = idx.entities();
  const putin = es.find((e) => e.id === 'PER:vladimir putin');
  assert.deepEqual(putin?.articles.sort(), ['a', 'b']);
  assert.deepEqual(putin?.aliases, ['Putin']);
  assert.ok(es.some((e) => e.id === 'PER:smith'));
});

test('titles come off and become roles; spelling variants are one entity', () => {
  const text = 'President Zelensky met US envoy Steve Witkoff in Kyiv.';
  const at = (s: string): EntityMention => ({ text: s, type: s === 'Kyiv' ? 'LOC' : 'PER', start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const idx = new EntityIndex();
  idx.add('a', [at('President Zelensky'), at('Steve Witkoff'), at('Kyiv')], text);
  idx.add('b', [m('Volodymyr Zelenskiy'), m('Kiev', 'LOC')]);
  const es = idx.entities();
  const z = es.find((e) => e.name === 'Volodymyr Zelenskiy');
  assert.deepEqual(z?.articles.sort(), ['a', 'b']);
  assert.deepEqual(z?.aliases, ['Zelensky']);
  assert.deepEqual(z?.roles, ['President']);
  assert.deepEqual(es.find((e) => e.name === 'Steve Witkoff')?.roles, ['US envoy']);
  assert.deepEqual(es.find((e) => e.type === 'LOC')?.articles.sort(), ['a', 'b']);
});

test('honorifics come off a name but are no role', () => {
  const idx = new EntityIndex();
  idx.add('a', [m('Mr Blair'), m('Tony Blair')]);
  const blair = idx.entities().find((e) => e.name === 'Tony Blair');
  assert.deepEqual(blair?.aliases, ['Blair']);
  assert.deepEqual(blair?.roles, []);
});

test('same-entity decisions on names', () => {
  assert.ok(sameEntity('President Putin', 'Vladimir Putin', 'PER'));
  assert.ok(!sameEntity('Olena Zelenska', 'Volodymyr Zelensky', 'PER'));
});
