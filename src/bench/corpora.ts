import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared` beside the repository (or `CORROBORATE_SHARED`), or null when absent. */
export function sharedDir(): string | null {
  const dir = process.env['CORROBORATE_SHARED'] ?? fileURLToPath(new URL('../../../shared', import.meta.url));
  return existsSync(dir) ? dir : null;
}

export interface TextSample {
  name: string;
  bytes: Uint8Array;
}

/** The BBC full-text corpus: 2,225 scraped-like plain-text articles (research use; read in place). */
export function bbcArticles(shared: string): TextSample[] {
  const root = join(shared, 'corpus', 'bbc-fulltext', 'bbc');
  if (!existsSync(root)) return [];
  const out: TextSample[] = [];
  for (const topic of readdirSync(root).sort()) {
    if (!/^[a-z]+$/.test(topic)) continue;
    for (const f of readdirSync(join(root, topic)).sort()) out.push({ name: `${topic}-${f}`, bytes: readFileSync(join(root, topic, f)) });
  }
  return out;
}
