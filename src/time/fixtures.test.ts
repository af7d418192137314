import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { eventDate } from './event-date.js';
import { tagTimes } from './tag.js';

/** One fixture case: `expected` rows are [text, value, type?]; `absent` texts must not be tagged. */
interface Case {
  text: string;
  dct: string | null;
  expected?: [string, string, string?][];
  absent?: string[];
  eventDate?: string | null;
}

interface FixtureFile {
  rule: string;
  cases: Case[];
}

const root = new URL('../../test/fixtures/time/', import.meta.url);

for (const file of readdirSync(root).filter((f) => f.endsWith('.json')).sort()) {
  const fixture = JSON.parse(readFileSync(new URL(file, root), 'utf8')) as FixtureFile;
  fixture.cases.forEach((c, i) => {
    test(`time fixture ${file} #${i + 1}: ${c.text.slice(0, 50)}`, () => {
      const times = tagTimes(c.text, { dct: c.dct });
      const shown = times.map((t) => `${t.text}=${t.value}/${t.type}`).join(' | ');
      for (const [text, value, type] of c.expected ?? []) {
        const hit = times.find((t) => t.text === text);
        assert.ok(hit, `"${text}" not tagged (got ${shown})`);
        assert.equal(hit.value, value, `value of "${text}" (got ${shown})`);
        if (type) assert.equal(hit.type, type, `type of "${text}"`);
      }
      for (const text of c.absent ?? []) assert.ok(!times.some((t) => t.text.includes(text)), `"${text}" tagged: ${shown}`);
      if ('eventDate' in c) assert.equal(eventDate(c.text, times, c.dct), c.eventDate);
    });
  });
}
