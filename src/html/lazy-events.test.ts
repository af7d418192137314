import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Event } from 'linkedom';
import { installLazyEvents } from './lazy-events.js';
import { parseDocument } from './parse.js';

test('linkedom events still bubble, stop and fire once after the lazy swap', () => {
  assert.equal(installLazyEvents(), true);
  const doc = parseDocument('<html><body><div><p id="a">x</p></div></body></html>');
  const p = doc.querySelector('#a') as unknown as { dispatchEvent(e: unknown): boolean; addEventListener(t: string, f: () => void, o?: object): void };
  const body = doc.body as unknown as typeof p;
  const seen: string[] = [];
  body.addEventListener('click', () => seen.push('body'));
  p.addEventListener('click', () => seen.push('p-once'), { once: true });
  p.dispatchEvent(new Event('click', { bubbles: true }));
  p.dispatchEvent(new Event('click', { bubbles: true }));
  p.dispatchEvent(new Event('click'));
  assert.deepEqual(seen, ['p-once', 'body', 'body']);
});
