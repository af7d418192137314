import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerAfter, speakerBefore } from './speaker.js';

const before = (s: string): string | null => {
  const r = speakerBefore(s, 0, s.length, 9);
  return r ? s.slice(r.start, r.end) : null;
};
const after = (s: string): string | null => {
  const r = speakerAfter(s, 0, s.length, 9);
  return r ? s.slice(r.start, r.end) : null;
};

test('the speaker before a cue: names, titles, pronouns, descriptions', () => {
  assert.equal(before('In Moscow, Kremlin spokesman Dmitry Peskov also '), 'Kremlin spokesman Dmitry Peskov');
  assert.equal(before('but she '), 'she');
  assert.equal(before('the Russian Foreign Ministry '), 'the Russian Foreign Ministry');
  assert.equal(before('Witkoff, who has led talks with Russia, '), 'Witkoff');
  assert.equal(before("Ukraine's foreign minister, Andrii Sybiha, "), 'Andrii Sybiha');
  assert.equal(before('its longstanding position of '), null);
});

test('the speaker after a cue stops at punctuation and function words', () => {
  assert.equal(after(' Dmitry Peskov, the Kremlin spokesman.'), 'Dmitry Peskov');
  assert.equal(after(' pollster Frank Luntz.'), 'pollster Frank Luntz');
  assert.equal(after(' the minister, adding'), 'the minister');
  assert.equal(after(' in a statement'), null);
});
