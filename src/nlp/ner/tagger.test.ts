import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { ArticleDoc } from '../../core/document.js';
import { entitiesStage } from '../../stages/entities.js';
import { sentencesStage } from '../../stages/sentences.js';
import { segment } from '../sentences.js';
import { DEFAULT_MODEL_PATH, findMentions, loadNerModel } from './tagger.js';

const skip = existsSync(DEFAULT_MODEL_PATH) ? false : 'no model file (run npm run train:ner)';

function article(text: string, language: string | null): ArticleDoc {
  const doc = new ArticleDoc({ source: 't', format: 'text', fallbackId: 't' });
  doc.data.text = text;
  doc.data.language = language;
  return doc;
}

// Load time is reported by npm run eval (ner loadMs), never by a timed test.
test('the shipped model loads and finds plain names', { skip }, () => {
  const model = loadNerModel();
  const text = 'Angela Merkel met Emmanuel Macron in Paris on Monday.\n\nThe European Union welcomed the talks.';
  const s = segment(text);
  const mentions = findMentions(text, s.tokens, s.sentences, model);
  const found = mentions.map((m) => `${m.type}:${m.text}`);
  for (const m of ['PER:Angela Merkel', 'PER:Emmanuel Macron', 'LOC:Paris']) assert.ok(found.includes(m), `${m} not in ${found.join(', ')}`);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('entities stage fills mentions after the sentences stage', { skip }, async () => {
  const doc = article('Joe Biden spoke in Washington.', 'en');
  await sentencesStage().run(doc, {});
  await entitiesStage().run(doc, {});
  assert.equal(doc.data.sentences?.length, 1);
  assert.ok(doc.data.mentions?.some((m) => m.text === 'Joe Biden' && m.type === 'PER'));
});

test('entities stage skips unsupported languages with an info message', async () => {
  const doc = article('Angela Merkel a rencontré Emmanuel Macron à Paris.', 'fr');
  await entitiesStage({ modelPath: '/nonexistent' }).run(doc, {});
  assert.deepEqual(doc.data.mentions, []);
  assert.ok(doc.messages.some((m) => m.severity === 'info' && m.stage === 'entities'));
});
