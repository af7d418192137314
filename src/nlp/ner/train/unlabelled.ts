/**
 * Unlabelled news text for word clusters and capitalisation statistics, split into sentences of
 * tokens by our own segmenter (so the words look as they will at tagging time). Only statistics of
 * this text reach the model file (cluster ids, capitalisation buckets), never the text.
 *
 * - `bbc`: BBC News full text (Greene & Cunningham 2006; research use), `shared/corpus/bbc-fulltext`;
 * - `reuters`: Reuters-21578 bodies, `shared/corpus/reuters21578`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../../sentences.js';

export const UNLABELLED_CORPORA = ['bbc', 'reuters'] as const;
export type UnlabelledCorpus = (typeof UNLABELLED_CORPORA)[number];

function sentencesOf(text: string): string[][] {
  const s = segment(text, { newlineEndsSentence: false, datelines: false });
  return s.sentenceTokens.map(({ from, to }) => s.tokens.slice(from, to).map((t) => text.slice(t.start, t.end)));
}

function readBbc(dir: string): string[][] {
  const out: string[][] = [];
  for (const topic of readdirSync(dir, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const f of readdirSync(join(dir, topic.name)).sort())
      if (f.endsWith('.txt')) out.push(...sentencesOf(readFileSync(join(dir, topic.name, f), 'utf8').replace(/\r/g, '')));
  }
  return out;
}

const ENTITY: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#3;': '' };

function readReuters(dir: string): string[][] {
  const out: string[][] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.sgm')).sort()) {
    const sgm = readFileSync(join(dir, f), 'latin1');
    for (const m of sgm.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) {
      // Bodies wrap lines at 70 columns; paragraphs are indented.
      const body = m[1]!.replace(/&(?:lt|gt|amp|quot|#3);/g, (e) => ENTITY[e] ?? e).replace(/\n(?! )/g, ' ').replace(/\n +/g, '\n\n');
      out.push(...sentencesOf(body));
    }
  }
  return out;
}

/** Sentences of the named corpora under `shared/corpus` (a missing corpus gives none). */
export function readUnlabelled(shared: string, names: readonly UnlabelledCorpus[]): string[][] {
  const out: string[][] = [];
  for (const name of names) {
    const dir = name === 'bbc' ? join(shared, 'corpus/bbc-fulltext/bbc') : join(shared, 'corpus/reuters21578');
    if (!existsSync(dir)) continue;
    for (const sentence of name === 'bbc' ? readBbc(dir) : readReuters(dir)) out.push(sentence);
  }
  return out;
}
