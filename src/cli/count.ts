import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { kindFromName } from '../ingest/formats.js';

/** How many input files the paths hold, for a progress bar's total. Unreadable paths count once. */
export async function countInputs(paths: readonly string[]): Promise<number> {
  let n = 0;
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        for (const name of await readdir(path)) if (!name.startsWith('.')) await walk(join(path, name), false);
      } else if (explicit || kindFromName(path) !== null) n++;
    } catch {
      n++;
    }
  };
  for (const p of paths) {
    if (p === '-' || /^https?:\/\//i.test(p)) n++;
    else await walk(p, true);
  }
  return n;
}
