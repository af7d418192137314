import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cleanText } from './clean.js';
import { repairText } from '../text/mojibake.js';

interface Expected {
  /** Input file relative to the fixture folder, when it is not `input.txt`. */
  input?: string;
  title: string | null;
  authors: string[];
  published?: string;
  paragraphs?: number;
  /** [start of the removed piece, reason]; nothing else may be removed. */
  removed: [string, string][];
  /** Text that must stay in the body. */
  kept?: string[];
}

const root = new URL('../../test/fixtures/clean/', import.meta.url);

for (const slug of readdirSync(root).sort()) {
  test(`clean fixture: ${slug}`, () => {
    const dir = new URL(`${slug}/`, root);
    const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Expected;
    const inputUrl = new URL(expected.input ?? 'input.txt', dir);
    assert.ok(existsSync(inputUrl), `missing input ${inputUrl.pathname}`);
    const r = cleanText(repairText(readFileSync(inputUrl, 'utf8')).text, { mode: 'scraped' });
    assert.equal(r.title, expected.title);
    assert.deepEqual(r.authors, expected.authors);
    if (expected.published) assert.equal(r.published, expected.published);
    if (expected.paragraphs) assert.equal(r.text.split('\n\n').length, expected.paragraphs);
    for (const [start, reason] of expected.removed) {
      const piece = r.removed.find((p) => p.text.startsWith(start));
      assert.ok(piece, `expected "${start}" to be removed as ${reason}`);
      assert.equal(piece.reason, reason, `reason for "${start}"`);
      const copies = r.text.split('\n\n').filter((p) => p === piece.text).length;
      assert.equal(copies, reason === 'duplicate' ? 1 : 0, `"${start}" kept ${copies} times`);
    }
    const unexpected = r.removed.filter((p) => !expected.removed.some(([start]) => p.text.startsWith(start)));
    assert.deepEqual(unexpected, [], 'removed more than expected');
    for (const k of expected.kept ?? []) assert.ok(r.text.includes(k), `lost "${k}"`);
  });
}
