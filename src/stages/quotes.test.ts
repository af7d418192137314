import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleDoc } from '../core/document.js';
import { quotesStage } from './quotes.js';

const doc = (text: string, language: string | null): ArticleDoc => {
  const d = new ArticleDoc({ source: 'a.txt', format: 'text', fallbackId: 'a' });
  Object.assign(d.data, { text, language });
  return d;
};

test('quotes stage fills doc.data.quotes for English and skips other languages', async () => {
  const en = doc('"We are ready," Anna Petrova said.', 'en');
  await quotesStage().run(en, {});
  assert.equal(en.data.quotes?.[0]?.speaker, 'Anna Petrova');
  const de = doc('„Wir sind bereit“, sagte Anna Petrova.', 'de');
  await quotesStage().run(de, {});
  assert.equal(de.data.quotes, undefined);
});

test('quotes stage takes person names from the entity stage when it ran', async () => {
  const text = 'Bret Baier noticed the cut. "The networks held on," he said.';
  const d = doc(text, 'en');
  d.data.mentions = [{ text: 'Bret Baier', start: 0, end: 10, type: 'PER' }];
  await quotesStage().run(d, {});
  assert.equal(d.data.quotes?.[0]?.speakerResolved, 'Bret Baier');
  const without = doc(text, 'en');
  await quotesStage().run(without, {});
  assert.equal(without.data.quotes?.[0]?.speakerResolved, null, 'an unlisted given name is no person to the heuristics');
});
