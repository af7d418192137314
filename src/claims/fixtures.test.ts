import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../engine/engine.js';

interface Expected {
  claims: { text: string; articles: string[]; independentSources: number }[];
  conflicts: { about: string; values: [string, string] }[];
  /** Words of sentences that must not be in any claim (questions, opinions). */
  absent: string[];
}

// Tests run from dist/claims/; fixtures stay in the source tree.
const root = new URL('../../test/fixtures/claims/', import.meta.url);

for (const slug of readdirSync(root).sort()) {
  test(`claims fixture: ${slug}`, async () => {
    const dir = new URL(`${slug}/`, root);
    const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Expected;
    const engine = await createEngine({ db: ':memory:' });
    try {
      await engine.ingest([fileURLToPath(new URL('input.jsonl', dir))]);
      const claims = await engine.store.claims();
      const texts = new Map<string, string>();
      for await (const a of engine.store.articles()) texts.set(a.id, a.text);
      const sentencesOf = (c: (typeof claims)[number]) => c.sentences.map((s) => texts.get(s.article)!.slice(s.start, s.end));
      for (const want of expected.claims) {
        const got = claims.find((c) => sentencesOf(c).some((s) => s.includes(want.text)));
        assert.ok(got, `no claim with "${want.text}" in ${JSON.stringify(claims.map((c) => c.text))}`);
        assert.deepEqual([...got.articles].sort(), [...want.articles].sort(), `articles of "${want.text}"`);
        assert.equal(got.independentSources, want.independentSources, `independent sources of "${want.text}"`);
      }
      const conflicts = claims.flatMap((c) => c.conflicts);
      for (const want of expected.conflicts) {
        const got = conflicts.find((k) => k.about === want.about && k.value.includes(want.values[0]) && k.otherValue.includes(want.values[1]));
        assert.ok(got, `no ${want.about} conflict ${want.values.join(' vs ')} in ${JSON.stringify(conflicts)}`);
        assert.ok(claims.find((c) => c.id === got.claim)?.conflictsWith.length, 'both sides list the conflict');
      }
      assert.equal(conflicts.length, expected.conflicts.length * 2, 'no other conflicts (each is listed on both claims)');
      for (const words of expected.absent) {
        assert.ok(!claims.some((c) => sentencesOf(c).some((s) => s.includes(words))), `"${words}" is not a claim`);
      }
    } finally {
      await engine.close();
    }
  });
}
