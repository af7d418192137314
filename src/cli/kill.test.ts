import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const BIN = fileURLToPath(new URL('../../bin/corroborate.js', import.meta.url));
const FILES = 600;

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corr-kill-'));
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < FILES; i++) {
    const body = Array.from({ length: 30 }, (_, j) => `Sentence ${j} of report number ${i} says the council met on day ${i % 28} to discuss item ${j}.`).join(' ');
    writeFileSync(join(dir, 'in', `a${String(i).padStart(4, '0')}.txt`), `Report number ${i} on council work\n\n${body}\n`);
  }
  return dir;
}

test('a run killed with SIGKILL leaves a consistent store; re-running completes it without duplicates', async () => {
  const dir = corpus();
  const db = join(dir, 'news.db');
  const child = spawn(process.execPath, [BIN, 'ingest', join(dir, 'in'), '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
  // Kill as soon as the first progress line shows work under way.
  await new Promise<void>((resolve) => {
    child.stderr.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('progress:')) child.kill('SIGKILL');
    });
    child.on('exit', () => resolve());
  });
  const mid = new Database(db, { readonly: true });
  assert.equal((mid.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
  const stored = (mid.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  const owedMid = mid.prepare("SELECT value FROM meta WHERE key = 'corpus-stages-owed'").get();
  mid.close();
  assert.ok(owedMid, 'the store remembers that corpus stages still owe work');
  assert.ok(stored < FILES, `kill came after the run finished (${stored} stored); the test proves less than it should`);

  const rerun = spawnSync(process.execPath, [BIN, 'ingest', join(dir, 'in'), '--db', db, '--quiet'], { encoding: 'utf8' });
  assert.equal(rerun.status, 0, rerun.stderr);
  const after = new Database(db, { readonly: true });
  assert.equal((after.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n, FILES);
  assert.equal((after.prepare('SELECT COUNT(DISTINCT id) AS n FROM articles').get() as { n: number }).n, FILES);
  assert.equal(after.prepare("SELECT value FROM meta WHERE key = 'corpus-stages-owed'").get(), undefined, 'corpus stages finished');
  after.close();
});
