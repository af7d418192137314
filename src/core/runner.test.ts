import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleDoc } from './document.js';
import { runStages } from './runner.js';
import type { Stage } from './stage.js';

const doc = () => new ArticleDoc({ source: 'x.txt', format: 'text', fallbackId: 'x' });

test('a throwing stage becomes a fatal message and later stages are skipped', async () => {
  const seen: string[] = [];
  const stages: Stage[] = [
    { name: 'a', run: () => void seen.push('a') },
    { name: 'b', run: () => { throw new Error('boom'); } },
    { name: 'c', run: () => void seen.push('c') },
  ];
  const d = await runStages(stages, doc(), {});
  assert.deepEqual(seen, ['a']);
  assert.equal(d.fatal?.stage, 'b');
  assert.equal(d.fatal?.reason, 'boom');
});

test('an aborted signal stops the run with a fatal message', async () => {
  const ac = new AbortController();
  ac.abort();
  const d = await runStages([{ name: 'a', run: () => undefined }], doc(), { signal: ac.signal });
  assert.equal(d.fatal?.reason, 'aborted');
});
