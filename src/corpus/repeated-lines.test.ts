import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article } from '../store/store.case.js';
import { findRepeatedLines, withoutParagraphs, REPEATED_REASON } from './repeated-lines.js';

const story = (i: number, extra: string[] = []) =>
  article({
    id: `s${i}`, source: `site/s${i}.txt`, textHash: `h${i}`,
    text: [`Story ${i} reports that the council met on day ${i} to discuss the budget and its long delays.`, ...extra, `Closing line ${i}.`].join('\n\n'),
  });

test('a short paragraph repeated across an outlet\'s articles is boilerplate', () => {
  const arts = [0, 1, 2, 3, 4].map((i) => story(i, ['Follow our live coverage on the app']));
  const found = findRepeatedLines(arts);
  assert.equal(found.size, 5);
  const cleaned = withoutParagraphs(arts[0]!, found.get('s0')!);
  assert.ok(!cleaned.text.includes('Follow our live coverage'));
  assert.deepEqual(cleaned.removed.at(-1), { text: 'Follow our live coverage on the app', reason: REPEATED_REASON });
});

test('repeats in too few articles, in other outlets, or long paragraphs are kept', () => {
  const long = 'A long paragraph of reporting that many outlets repeat because it came from the same wire story and runs on for more than twenty words in all.';
  const arts = [
    ...[0, 1, 2, 3, 4].map((i) => story(i, i < 2 ? ['Shared teaser line'] : [long])),
    article({ id: 'x', source: 'other/x.txt', textHash: 'hx', text: 'Shared teaser line' }),
  ];
  assert.equal(findRepeatedLines(arts).size, 0);
});

test('exact copies of one article count once', () => {
  const copies = [0, 1, 2, 3].map((i) => article({ id: `c${i}`, source: 'site/c.txt', textHash: 'same', text: 'Only line here' }));
  assert.equal(findRepeatedLines([...copies, story(9)]).size, 0);
});
