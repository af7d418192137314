import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { findQuotes } from './extract.js';

interface ExpectedQuote {
  /** The quote's text starts with this. */
  text: string;
  endsWith?: string;
  direct?: boolean;
  speaker?: string | null;
  speakerResolved?: string | null;
  cue?: string | null;
}

interface Expected {
  quotes: ExpectedQuote[];
  /** Marked phrases that must not come out as quotes. */
  absent?: string[];
}

// Tests run from dist/quotes/; fixtures stay in the source tree.
const root = new URL('../../test/fixtures/quotes/', import.meta.url);

for (const slug of readdirSync(root).sort()) {
  test(`quotes fixture: ${slug}`, () => {
    const dir = new URL(`${slug}/`, root);
    const text = readFileSync(new URL('input.txt', dir), 'utf8');
    const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Expected;
    const found = findQuotes(text);
    for (const q of found) assert.equal(text.slice(q.start, q.end), q.text, 'offsets index into the text');
    for (const want of expected.quotes) {
      const got = found.find((q) => q.text.startsWith(want.text) && q.direct === (want.direct ?? true));
      assert.ok(got, `no quote "${want.text}" in ${JSON.stringify(found.map((q) => q.text))}`);
      if (want.endsWith) assert.ok(got.text.endsWith(want.endsWith), `"${got.text}" should end with "${want.endsWith}"`);
      for (const key of ['speaker', 'speakerResolved', 'cue'] as const) if (key in want) assert.equal(got[key], want[key], `${key} of "${want.text}"`);
    }
    for (const a of expected.absent ?? []) assert.ok(!found.some((q) => q.text === a), `"${a}" is not a quote`);
  });
}
