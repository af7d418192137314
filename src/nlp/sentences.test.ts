import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { segment } from './sentences.js';

interface Expected {
  /** Every sentence, in order, as text. */
  sentences: string[];
  /** Tokens that must appear whole (abbreviations, numbers, clitics). */
  tokens?: string[];
}

const root = new URL('../../test/fixtures/nlp/sentences/', import.meta.url);

for (const slug of readdirSync(root).sort()) {
  test(`sentence fixture: ${slug}`, () => {
    const dir = new URL(`${slug}/`, root);
    const text = readFileSync(new URL('input.txt', dir), 'utf8');
    const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Expected;
    const s = segment(text);
    assert.deepEqual(s.sentences.map((x) => text.slice(x.start, x.end)), expected.sentences);
    const words = s.tokens.map((t) => text.slice(t.start, t.end));
    for (const t of expected.tokens ?? []) assert.ok(words.includes(t), `token "${t}" not found in ${JSON.stringify(words)}`);
  });
}

test('sentence token ranges cover exactly the sentence', () => {
  const text = 'One two. Three four!\n\nFive.';
  const s = segment(text);
  assert.equal(s.sentences.length, 3);
  for (const [i, r] of s.sentenceTokens.entries()) {
    assert.equal(s.tokens[r.from]!.start, s.sentences[i]!.start);
    assert.equal(s.tokens[r.to - 1]!.end, s.sentences[i]!.end);
  }
});

test('empty and blank text give no sentences', () => {
  assert.deepEqual(segment('').sentences, []);
  assert.deepEqual(segment(' \n\n \n').sentences, []);
});
