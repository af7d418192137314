import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphs } from './layout.js';
import { scanMarks } from './marks.js';

const contents = (text: string): string[] => scanMarks(text, paragraphs(text), 300).spans.map((s) => text.slice(s.start, s.end));

test('curly, straight, guillemet and low-9 marks', () => {
  assert.deepEqual(contents('“One,” he said. "Two." «Three» „Four“'), ['One', 'Two.', 'Three', 'Four']);
});

test('apostrophes are not quotes; single marks outside double ones are', () => {
  assert.deepEqual(contents("Don’t call it 'a fraud' again, it’s the voters’ choice."), ['a fraud']);
  assert.deepEqual(contents('“He called it ‘a fraud’ today.”'), ['He called it ‘a fraud’ today.']);
});

test('a quote runs over paragraphs when the next paragraph opens with a mark', () => {
  const text = '“First part.\n\n“Second part.”\n\nAfter.';
  const [span] = scanMarks(text, paragraphs(text), 300).spans;
  assert.equal(span?.paragraphs, 2);
  assert.equal(text.slice(span!.start, span!.end), '“First part.\n\n“Second part.'.slice(1));
});

test('an unclosed quote ends with its paragraph; a lone closing mark is an orphan', () => {
  const text = '"Never closed\n\nhe said. — Please come."';
  const scan = scanMarks(text, paragraphs(text), 300);
  assert.deepEqual(scan.spans.map((s) => text.slice(s.start, s.end)), ['Never closed']);
  assert.deepEqual(scan.orphans, [text.length - 1]);
});
