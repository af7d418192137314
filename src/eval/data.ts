/** Where the eval data lives, and unpacking its archives into `.eval-cache/`. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
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

/** One page of trafilatura's eval set: its URL, snippets, and the page file (null when missing). */
export interface TrafilaturaPage {
  url: string;
  file: string;
  path: string | null;
  with: string[];
  without: string[];
}

/** The trafilatura eval set (unpacked into the cache on first use), or null when its archive is absent. */
export function trafilaturaPages(shared: string): TrafilaturaPage[] | null {
  const archive = join(shared, 'extraction', 'trafilatura-eval.tgz');
  if (!existsSync(archive)) return null;
  const dir = unpacked(archive, 'trafilatura-eval', 'evaldata.json');
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string; with?: string[]; without?: string[] }>;
  return Object.entries(data).map(([url, e]) => ({
    url, file: e.file, with: e.with ?? [], without: e.without ?? [],
    path: [join(dir, 'eval', e.file), join(dir, 'cache', e.file)].find((p) => existsSync(p)) ?? null,
  }));
}
