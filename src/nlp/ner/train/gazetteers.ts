import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gazetteerKey } from '../gazetteer.js';

/** Gazetteer lists read from `shared/train/ner/gazetteers/flat/` (file -> list name); order is the bit order. */
export const GAZETTEER_FILES: [list: string, files: string[]][] = [
  ['first', ['first_names.tsv']],
  ['surname', ['surnames.tsv']],
  ['politician', ['politicians.tsv']],
  ['country', ['countries.tsv', 'countries_former.tsv']],
  ['city', ['cities.tsv']],
  ['region', ['admin_regions.tsv']],
  ['demonym', ['demonyms.tsv']],
  ['party', ['political_parties.tsv']],
  ['org', ['intl_org_acronyms.tsv', 'companies.tsv']],
];

/** Each list's entries as gazetteer keys (lower-cased tokens joined by spaces), de-duplicated. */
export function readGazetteers(shared: string): { lists: string[]; entries: string[][] } {
  const dir = join(shared, 'train/ner/gazetteers/flat');
  const entries = GAZETTEER_FILES.map(([, files]) => {
    const keys = new Set<string>();
    for (const f of files)
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n').slice(1)) {
        const entry = line.split('\t')[0]?.trim();
        if (entry) keys.add(gazetteerKey(entry));
      }
    keys.delete('');
    return [...keys].sort();
  });
  return { lists: GAZETTEER_FILES.map(([l]) => l), entries };
}
