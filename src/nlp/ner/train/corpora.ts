/**
 * Readers for the NER training and evaluation sets in `shared/` (formats and tag mappings as each
 * set's SOURCE.md gives them). Every reader returns sentences with BIO tags over PER/ORG/LOC/MISC.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LabelledSentence {
  words: string[];
  tags: string[];
  /** Which set it came from (for weights and reports). */
  source: string;
  /** Document key, for splits that must keep documents whole. */
  doc: string;
  /** The set has no MISC layer: its O may hide a MISC entity (trained as partial labels). */
  noMisc?: boolean;
}

type TagMap = (type: string) => string | null;

/** Reads column files: one token a line, blank line between sentences; `#` lines and -DOCSTART- are skipped. */
function readColumns(path: string, source: string, wordCol: number, tagCol: number, map: TagMap, iob1 = false): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  let doc = 0;
  const flush = (): void => {
    if (words.length) out.push({ words, tags: iob1 ? iob1ToBio(tags) : tags, source, doc: `${source}#${doc}` });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('-DOCSTART-') || trimmed.startsWith('# newdoc')) {
      flush();
      doc++;
      continue;
    }
    if (!trimmed) {
      flush();
      continue;
    }
    if (trimmed.startsWith('#')) continue;
    const cols = line.includes('\t') ? line.split('\t') : trimmed.split(/ +/);
    const word = cols[wordCol];
    const raw = cols[tagCol]?.trim() ?? 'O';
    if (!word) continue;
    words.push(word);
    tags.push(mapTag(raw, map));
  }
  flush();
  return out;
}

function mapTag(raw: string, map: TagMap): string {
  if (raw === 'O' || raw.length < 3 || raw[1] !== '-') return 'O';
  const type = map(raw.slice(2));
  return type ? `${raw[0]}-${type}` : 'O';
}

/** IOB1 (I- opens an entity unless it continues one; B- only between same-type neighbours) to BIO. */
export function iob1ToBio(tags: string[]): string[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return t;
    const prev = tags[i - 1] ?? 'O';
    return prev === 'O' || prev.slice(2) !== t.slice(2) ? `B-${t.slice(2)}` : t;
  });
}

const same: TagMap = (t) => (['PER', 'ORG', 'LOC', 'MISC'].includes(t) ? t : null);

export function readWikigold(shared: string): LabelledSentence[] {
  return readColumns(join(shared, 'eval/ner/wikigold/wikigold.conll.txt'), 'wikigold', 0, 1, same, true);
}

export function readUner(shared: string): LabelledSentence[] {
  const dir = join(shared, 'train/ner/uner-en-ewt');
  const map: TagMap = (t) => (t === 'OTH' ? 'MISC' : same(t));
  const train = readColumns(join(dir, 'en_ewt-ud-train.PRELIM-0c7ce0de.cleaned.iob2'), 'uner', 1, 2, map);
  // The final dev/test dropped the OTH layer, so their O may hide a MISC.
  const rest = ['en_ewt-ud-dev.iob2', 'en_ewt-ud-test.iob2'].flatMap((f) => readColumns(join(dir, f), 'uner', 1, 2, map));
  return [...train, ...rest.map((s) => ({ ...s, noMisc: true }))];
}

export function readBtc(shared: string): LabelledSentence[] {
  const dir = join(shared, 'train/ner/btc');
  // The section files (not btc.train/dev/test, which re-split the same tweets).
  return ['a', 'b', 'e', 'f', 'g', 'h'].flatMap((s) =>
    readColumns(join(dir, `${s}.conll`), s === 'g' ? 'btc-news' : 'btc', 0, 1, same).map((x) => ({ ...x, noMisc: true })),
  );
}

export function readWnut(shared: string): LabelledSentence[] {
  const dir = join(shared, 'train/ner/wnut17');
  const map: TagMap = (t) =>
    ({ person: 'PER', location: 'LOC', group: 'ORG', corporation: 'ORG', 'creative-work': 'MISC', product: 'MISC' })[t] ?? null;
  return ['wnut17train.conll', 'emerging.dev.conll', 'emerging.test.annotated'].flatMap((f) => readColumns(join(dir, f), 'wnut', 0, 1, map));
}

export function readCrossner(shared: string): LabelledSentence[] {
  const dir = join(shared, 'train/ner/crossner-politics');
  const map: TagMap = (t) =>
    ({ person: 'PER', politician: 'PER', organisation: 'ORG', politicalparty: 'ORG', location: 'LOC', country: 'LOC', election: 'MISC', event: 'MISC', misc: 'MISC' })[t] ??
    null;
  return ['train.txt', 'dev.txt', 'test.txt'].flatMap((f) => readColumns(join(dir, f), 'crossner', 0, 1, map));
}

/** GMB (silver, mostly VOA news). No document boundaries: every 50 sentences count as one "document". */
export function readGmb(shared: string): LabelledSentence[] {
  const all = readColumns(join(shared, 'train/ner/gmb-kaggle/gmb_ner_dataset.conll'), 'gmb', 0, 3, same);
  return all.map((s, i) => ({ ...s, doc: `gmb#${Math.floor(i / 50)}` }));
}
