import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unpacked } from '../eval/data.js';
import type { TextSample } from './corpora.js';

/** The trafilatura eval set's pages as byte samples (read in place from the unpacked archive). */
export function htmlPages(shared: string): TextSample[] {
  const archive = join(shared, 'eval', 'extraction', 'trafilatura-eval.tgz');
  if (!existsSync(archive)) return [];
  const dir = unpacked(archive, 'trafilatura-eval', 'evaldata.json');
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string }>;
  const out: TextSample[] = [];
  for (const e of Object.values(data)) {
    const path = [join(dir, 'eval', e.file), join(dir, 'cache', e.file)].find((p) => existsSync(p));
    if (path) out.push({ name: e.file, bytes: readFileSync(path) });
  }
  return out;
}
