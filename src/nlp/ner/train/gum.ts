/**
 * GUM Wikinews (news and interview documents) as NER sentences. GUM marks every mention (names,
 * descriptions, pronouns) with an entity type; a mention counts as a named entity when it holds a run
 * of proper nouns, and the gold span is that run (leading titles and nested names of another type
 * cut off), as CoNLL would mark it. Only person/organization/place map (to PER/ORG/LOC); score GUM
 * on those three types.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledSentence } from './corpora.js';

const TYPE: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };
/** Lower-case words allowed between proper nouns inside one name ("Bank of America"). */
const CONNECTORS = new Set(['of', 'and', '&', 'de', 'for', 'the', 'du', 'von', 'van', '-']);
/** Titles and roles that GUM keeps inside a person mention but CoNLL leaves out. */
const TITLES = /^(?:president|vice|prime|minister|senator|sen\.|rep\.|representative|governor|gov\.|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|professor|general|gen\.|king|queen|prince|princess|pope|chancellor|secretary|mayor|judge|justice|sir|lord|lady|saint|st\.|chairman|ceo|director|captain|coach|father|rev\.|reverend)$/i;

interface Token {
  form: string;
  upos: string;
}

interface Mention {
  from: number;
  to: number;
  type: string;
}

export function readGum(shared: string): LabelledSentence[] {
  const dir = join(shared, 'eval/ner/gum_coref_wikinews/dep');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .flatMap((f) => readDoc(readFileSync(join(dir, f), 'utf8'), f.replace(/\.conllu$/, '')));
}

function readDoc(text: string, doc: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const tokens: Token[] = [];
    const mentions: Mention[] = [];
    const open = new Map<string, { from: number; type: string }[]>();
    for (const line of block.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const c = line.split('\t');
      if (!/^\d+$/.test(c[0] ?? '')) continue;
      const i = tokens.length;
      tokens.push({ form: c[1] ?? '', upos: c[3] ?? '' });
      const ent = /Entity=([^|]*)/.exec(c[9] ?? '')?.[1];
      if (!ent) continue;
      for (const m of ent.matchAll(/\((\d+)-([a-z]+)[^()]*?(\))?(?=\(|$|\d+\))|(\d+)\)/g)) {
        if (m[4]) {
          const stack = open.get(m[4]);
          const o = stack?.pop();
          if (o) mentions.push({ from: o.from, to: i + 1, type: o.type });
        } else if (m[3]) mentions.push({ from: i, to: i + 1, type: m[2]! });
        else {
          const stack = open.get(m[1]!) ?? [];
          stack.push({ from: i, type: m[2]! });
          open.set(m[1]!, stack);
        }
      }
    }
    if (tokens.length) out.push({ words: tokens.map((t) => t.form), tags: namedTags(tokens, mentions), source: 'gum', doc });
  }
  return out;
}

function namedTags(tokens: Token[], mentions: Mention[]): string[] {
  const named = mentions.filter((m) => TYPE[m.type]);
  const spans: Mention[] = [];
  for (const m of named) {
    const core = properRun(tokens, m, named);
    if (core) spans.push(core);
  }
  spans.sort((a, b) => b.to - b.from - (a.to - a.from));
  const tags = tokens.map(() => 'O');
  for (const s of spans) {
    if (tags.slice(s.from, s.to).some((t) => t !== 'O')) continue;
    for (let i = s.from; i < s.to; i++) tags[i] = `${i === s.from ? 'B' : 'I'}-${TYPE[s.type]}`;
  }
  return tags;
}

/** A token that can sit in a name: a proper noun, or a capitalised adjective/noun/number ("United States"). */
function namePart(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.upos === 'PROPN' || (i > 0 && /^\p{Lu}/u.test(t.form) && ['ADJ', 'NOUN', 'NUM', 'X', 'VERB'].includes(t.upos));
}

/**
 * The last run of name tokens in a mention (it must hold a proper noun). For a person, leading
 * titles and a leading nested name of another type ("US President Donald Trump") are cut off.
 */
function properRun(tokens: Token[], m: Mention, all: Mention[]): Mention | null {
  let end = m.to;
  while (end > m.from && !namePart(tokens, end - 1)) end--;
  if (end === m.from) return null;
  let start = end - 1;
  while (start > m.from) {
    const prev = tokens[start - 1]!;
    if (namePart(tokens, start - 1)) start--;
    else if (CONNECTORS.has(prev.form) && start - 2 >= m.from && namePart(tokens, start - 2)) start -= 2;
    else break;
  }
  if (!tokens.slice(start, end).some((t) => t.upos === 'PROPN')) return null;
  while (m.type === 'person') {
    const inner = all.find((x) => x !== m && x.type !== m.type && x.from === start && x.to < end);
    if (inner) start = inner.to;
    else if (start < end - 1 && (TITLES.test(tokens[start]!.form) || tokens[start]!.upos !== 'PROPN')) start++;
    else break;
  }
  return start < end ? { from: start, to: end, type: m.type } : null;
}
