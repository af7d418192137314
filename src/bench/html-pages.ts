import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trafilaturaPages } from '../eval/data.js';
import type { TextSample } from './corpora.js';

/** The trafilatura eval set's pages as byte samples (read in place from the unpacked archive). */
export function htmlPages(shared: string): TextSample[] {
  const pages = trafilaturaPages(join(shared, 'eval')) ?? [];
  return pages.flatMap((p) => (p.path ? [{ name: p.file, bytes: readFileSync(p.path) }] : []));
}
