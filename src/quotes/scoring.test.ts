import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describedPerson, overlaps, resolveGoldSource, sameSpeaker } from './scoring.js';

test('overlap of at least half the shorter span, over split gold spans', () => {
  assert.equal(overlaps([10, 20], [[0, 100]]), true);
  assert.equal(overlaps([0, 100], [[90, 100]]), true);
  assert.equal(overlaps([0, 10], [[6, 30]]), false);
  assert.equal(overlaps([0, 10], [[20, 30]]), false);
});

test('same speaker by surname or head noun; given names must agree', () => {
  assert.ok(sameSpeaker('Dmitry Peskov', 'Kremlin spokesman Dmitry Peskov'));
  assert.ok(sameSpeaker('Joel Pollak', 'Joel Pollak of Breitbart California'));
  assert.ok(sameSpeaker('Terry Giles', 'Terry Giles, a longtime Carson friend'));
  assert.ok(sameSpeaker('the Kremlin', 'the Kremlin'));
  assert.ok(!sameSpeaker('Bill Clinton', 'Hillary Clinton'));
  assert.ok(!sameSpeaker('Donald Trump', 'Marco Rubio'));
});

test('a gold pronoun source resolves to the nearest earlier named source of a fitting gender', () => {
  const all = [
    { text: 'Maria Zakharova', start: 0 },
    { text: 'Sergei Lavrov', start: 50 },
    { text: 'the ministry', start: 80 },
  ];
  assert.equal(resolveGoldSource({ text: 'she', start: 100 }, all), 'Maria Zakharova');
  assert.equal(resolveGoldSource({ text: 'he', start: 100 }, all), 'Sergei Lavrov');
  assert.equal(resolveGoldSource({ text: 'Lavrov', start: 100 }, all), 'Lavrov');
});

test('a gold he/she skips groups and organisations; I and we stay as written', () => {
  const all = [
    { text: 'Hillary Clinton', start: 0 },
    { text: 'Some Republicans', start: 40 },
    { text: 'Opinion polls', start: 60 },
  ];
  assert.equal(resolveGoldSource({ text: 'she', start: 100 }, all), 'Hillary Clinton');
  assert.equal(resolveGoldSource({ text: 'they', start: 100 }, all), 'Opinion polls');
  assert.equal(resolveGoldSource({ text: 'I', start: 100 }, all), 'I');
});

test('a surname that is also a stop word still names its speaker', () => {
  assert.ok(sameSpeaker('Al From', 'From'));
});

test('a description resolves to the person the article links it to by title or apposition', () => {
  const text = 'Florida Sen. Marco Rubio spoke first. Hillary Clinton, the Democratic front-runner, spoke next. The senator said';
  assert.equal(describedPerson('the Florida senator', text, text.length), 'Marco Rubio');
  assert.equal(describedPerson('The Democratic front-runner', text, text.length), 'Hillary Clinton');
  assert.equal(describedPerson('the senator', text, 5), null);
  assert.equal(describedPerson('Marco Rubio', text, text.length), null);
});
