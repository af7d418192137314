import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harmonise } from './document.js';
import type { Tag } from './tags.js';

const words = (s: string): string[] => s.split(' ');
const cap = (): number => 4;

test('a name found once is tagged where it recurs untagged', () => {
  const sentences = [words('A Beautiful Lie sold well .'), words('Fans loved A Beautiful Lie .')];
  const tags: Tag[][] = [
    ['B-MISC', 'I-MISC', 'I-MISC', 'O', 'O', 'O'],
    ['O', 'O', 'O', 'O', 'O', 'O'],
  ];
  assert.deepEqual(harmonise(sentences, tags, cap)[1], ['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O']);
});

test('the longer name wins over a part of it tagged alone', () => {
  const sentences = [words('30 Seconds to Mars toured .'), words('Later 30 Seconds to Mars split .')];
  const tags: Tag[][] = [
    ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O'],
    ['O', 'O', 'O', 'O', 'B-LOC', 'O', 'O'],
  ];
  assert.deepEqual(harmonise(sentences, tags, cap)[1], ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O']);
});

test('the majority type spreads; a tie or a mostly lower-case word does not', () => {
  const sentences = [words('Jordan said .'), words('Jordan left .'), words('Jordan won .'), words('In May we met May .')];
  const tags: Tag[][] = [['B-PER', 'O', 'O'], ['B-PER', 'O', 'O'], ['B-LOC', 'O', 'O'], ['O', 'O', 'O', 'O', 'B-PER', 'O']];
  const out = harmonise(sentences, tags, (w) => (w === 'May' ? 1 : 4));
  assert.deepEqual(out[2], ['B-PER', 'O', 'O']);
  assert.deepEqual(out[3], ['O', 'O', 'O', 'O', 'B-PER', 'O']);
});
