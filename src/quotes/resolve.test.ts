import { test } from 'node:test';
import assert from 'node:assert/strict';
import { People, genderOf } from './people.js';
import { SpeakerResolver } from './resolve.js';

test('gender from titles, given names and Slavic surname endings', () => {
  assert.equal(genderOf(['spokeswoman', 'Anna', 'Smith'], ['Anna', 'Smith']), 'f');
  assert.equal(genderOf(['Maria', 'Zakharova'], ['Maria', 'Zakharova']), 'f');
  assert.equal(genderOf(['Peskov'], ['Peskov']), 'm');
  assert.equal(genderOf(['Jordan', 'Lee'], ['Jordan', 'Lee']), null);
});

test('surnames, pronouns and descriptions resolve to the named person', () => {
  const text = 'His spokesman Dmitry Peskov spoke. Foreign Ministry spokeswoman Maria Zakharova spoke too.';
  const r = new SpeakerResolver(new People(text));
  assert.equal(r.resolve('Zakharova', 90), 'Maria Zakharova');
  assert.equal(r.resolve('he', 91), 'Dmitry Peskov');
  assert.equal(r.resolve('she', 92), 'Maria Zakharova');
  assert.equal(r.resolve("Putin's spokesman", 93), 'Dmitry Peskov');
  assert.equal(r.resolve('the Kremlin', 94), 'the Kremlin');
});

test('names from the entity tagger replace the heuristics', () => {
  const text = 'Jordan Vale met officials. "We agreed," Vale said.';
  const r = new SpeakerResolver(new People(text, [{ text: 'Jordan Vale', start: 0, end: 11, type: 'PER' }]));
  assert.equal(r.resolve('Vale', 40), 'Jordan Vale');
});
