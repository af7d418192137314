/** Where the eval data lives, and unpacking its archives into `.eval-cache/`. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (dist/eval/data.js -> repo). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `../shared/eval` next to the repo, or `$CORROBORATE_SHARED` (either `shared/` or `shared/eval/`). */
export function findSharedEval(): string | null {
  const env = process.env['CORROBORATE_SHARED'];
  const candidates = env ? [join(env, 'eval'), env] : [resolve(REPO_ROOT, '..', 'shared', 'eval')];
  for (const c of candidates) if (existsSync(c)) return c;
  return null;
}

export const CACHE_DIR = join(REPO_ROOT, '.eval-cache');

/**
 * Unpack `archive` (a .tgz whose top folder is `topDir`) into the cache with the system tar, unless
 * `topDir/marker` is already there. Returns the unpacked folder.
 */
export function unpacked(archive: string, topDir: string, marker: string): string {
  const dir = join(CACHE_DIR, topDir);
  if (existsSync(join(dir, marker))) return dir;
  mkdirSync(CACHE_DIR, { recursive: true });
  execFileSync('tar', ['-xzf', archive, '-C', CACHE_DIR], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(join(dir, marker))) throw new Error(`${archive}: no ${topDir}/${marker} after unpacking`);
  return dir;
}
