import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesAround } from './roles.js';

const roles = (text: string, name: string): string[] => {
  const start = text.indexOf(name);
  return rolesAround(text, start, start + name.length);
};

test('a role right before the name', () => {
  assert.deepEqual(roles('Foreign Ministry spokesperson Maria Zakharova said on Monday.', 'Maria Zakharova'), ['Foreign Ministry spokesperson']);
  assert.deepEqual(roles('On Tuesday US envoy Steve Witkoff arrived.', 'Steve Witkoff'), ['US envoy']);
});

test('an apposition before or after the name', () => {
  assert.deepEqual(roles("Ukraine's foreign minister, Andrii Sybiha, said talks would resume.", 'Andrii Sybiha'), ["Ukraine's foreign minister"]);
  assert.deepEqual(roles("Andrii Sybiha, Ukraine's foreign minister, said talks would resume.", 'Andrii Sybiha'), ["Ukraine's foreign minister"]);
});

test('no role from a clause or a plain sentence', () => {
  assert.deepEqual(roles('Putin, who spoke for an hour, left.', 'Putin'), []);
  assert.deepEqual(roles('Yesterday Maria Zakharova said nothing.', 'Maria Zakharova'), []);
  assert.deepEqual(roles('He spoke to the chancellor. Falconer replied.', 'Falconer'), []);
  assert.deepEqual(roles('The vote was today. Prime Minister Tony Blair won.', 'Tony Blair'), ['Prime Minister']);
});
