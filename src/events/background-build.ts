/**
 * Rebuilds the background document-frequency table (`background-table.ts`):
 *
 *   npm run build && node dist/events/background-build.js [path/to/shared] [--write]
 *
 * Pseudo-documents of about one news article each (a document, or 20 consecutive sentences or
 * posts) from text whose derived data we may ship, never from the events eval set or the
 * research-only BBC/Reuters corpora:
 * - GMB's text: Voice of America newswire, public domain (only the words; GMB's labels are unused);
 * - WikiGold (CC BY 4.0), GUM Wikinews news and interviews (CC BY 4.0 / 2.5);
 * - Broad Twitter Corpus (CC BY 4.0), WNUT-17 (CC BY 4.0).
 * Keys are the clusterer's own (`featuresOf`: stems, `#numbers`, `@names`); keys in fewer than
 * MIN_DF pseudo-documents are left out (absent keys count as never seen).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { featuresOf } from './tokens.js';

/** Sentences (or posts) per pseudo-document where the source has no document marks. */
const BLOCK = 20;
/** Keys seen in fewer pseudo-documents than this are dropped: they would only say "rare". */
const MIN_DF = 3;

/** Sentences (token lists joined by spaces) of a CoNLL-style file: token in column `col`, blank line between sentences. */
function conllSentences(path: string, col = 0, docMark?: string): string[][] {
  const docs: string[][] = [[]];
  let sentence: string[] = [];
  const flush = (): void => {
    if (sentence.length) docs[docs.length - 1]?.push(sentence.join(' '));
    sentence = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    const cells = line.trim().split(/\s+/);
    const token = cells[col] ?? '';
    if (!line.trim()) flush();
    else if (docMark && token === docMark) {
      flush();
      docs.push([]);
    } else sentence.push(token);
  }
  flush();
  return docs.filter((d) => d.length);
}

function blocks(sentences: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += BLOCK) out.push(sentences.slice(i, i + BLOCK).join('\n'));
  return out;
}

function documents(shared: string): { name: string; docs: string[] }[] {
  const train = join(shared, 'train', 'ner');
  const evalNer = join(shared, 'eval', 'ner');
  const gumDir = join(evalNer, 'gum_coref_wikinews', 'dep');
  const gum = readdirSync(gumDir)
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .map((f) =>
      readFileSync(join(gumDir, f), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('# text = '))
        .map((l) => l.slice('# text = '.length))
        .join('\n'),
    );
  const flat = (paths: string[], col = 0): string[] => blocks(paths.flatMap((p) => conllSentences(p, col).flat()));
  return [
    { name: 'GMB text (VOA, public domain)', docs: flat([join(train, 'gmb-kaggle', 'gmb_ner_dataset.conll')]) },
    { name: 'WikiGold (CC BY 4.0)', docs: conllSentences(join(evalNer, 'wikigold', 'wikigold.conll.txt'), 0, '-DOCSTART-').map((d) => d.join('\n')) },
    { name: 'GUM Wikinews (CC BY)', docs: gum },
    { name: 'BTC (CC BY 4.0)', docs: flat(['btc.train', 'btc.dev', 'btc.test'].map((f) => join(train, 'btc', f))) },
    { name: 'WNUT-17 (CC BY 4.0)', docs: flat(['wnut17train.conll', 'emerging.dev.conll', 'emerging.test.annotated'].map((f) => join(train, 'wnut17', f))) },
  ];
}

function main(): void {
  const args = process.argv.slice(2);
  const shared = args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../../../shared', import.meta.url));
  const df = new Map<string, number>();
  let total = 0;
  const counts: string[] = [];
  for (const { name, docs } of documents(shared)) {
    for (const text of docs) {
      const keys: string[] = [];
      const seen = new Map<string, number>();
      const intern = (key: string): number => {
        let id = seen.get(key);
        if (id === undefined) seen.set(key, (id = keys.push(key) - 1));
        return id;
      };
      const f = featuresOf({ id: '', title: null, text, published: null, outlet: null }, intern);
      for (const id of new Set([...f.terms.keys(), ...f.names.keys()])) {
        const k = keys[id] ?? '';
        df.set(k, (df.get(k) ?? 0) + 1);
      }
    }
    total += docs.length;
    counts.push(`${name}: ${docs.length}`);
  }
  const byDf = new Map<number, string[]>();
  for (const [k, n] of df) if (n >= MIN_DF && !/\s/.test(k)) byDf.set(n, [...(byDf.get(n) ?? []), k]);
  const lines = [...byDf].sort((a, b) => b[0] - a[0]).map(([n, ks]) => `${n}\t${ks.sort().join(' ')}`);
  const kept = [...byDf.values()].reduce((s, ks) => s + ks.length, 0);
  process.stdout.write(`${total} pseudo-documents (${counts.join('; ')}), ${df.size} keys, ${kept} kept (df >= ${MIN_DF})\n`);
  if (!args.includes('--write')) return;
  const target = fileURLToPath(new URL('../../src/events/background-table.ts', import.meta.url));
  writeFileSync(
    target,
    `/**
 * Background document frequencies for the event clusterer: generated by \`background-build.ts\`, do not edit.
 * ${total} pseudo-documents: ${counts.join('; ')}. ${kept} keys with df >= ${MIN_DF}.
 * Credits: WikiGold (Balasuriya et al. 2009), GUM (Zeldes 2017; Wikinews), BTC (Derczynski et al. 2016),
 * WNUT-17 (Derczynski et al. 2017), all CC BY 4.0; GMB texts (Bos et al. 2017) are public domain.
 */
export const BACKGROUND_DOCUMENTS = ${total};
export const BACKGROUND_DF = ${JSON.stringify(lines.join('\n'))};
`,
  );
  process.stdout.write(`wrote ${target}\n`);
}

main();
