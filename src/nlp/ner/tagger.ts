import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Span } from '../span.js';
import { tagDocument } from './document.js';
import { NerModel } from './model.js';
import { type EntityType, entitiesOf } from './tags.js';

/** A named entity found in the text: offsets into the text it was found in. */
export interface Mention {
  text: string;
  type: EntityType;
  start: number;
  end: number;
}

/** The model shipped with the project (`models/ner/`, rebuilt by `npm run train:ner`). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../models/ner/ner-en.bin.gz', import.meta.url));

const loaded = new Map<string, NerModel>();

/** The model at `path`, read once per process. */
export function loadNerModel(path = DEFAULT_MODEL_PATH): NerModel {
  let m = loaded.get(path);
  if (!m) {
    if (!existsSync(path)) throw new Error(`NER model not found at ${path} (run npm run train:ner)`);
    m = NerModel.load(path);
    loaded.set(path, m);
  }
  return m;
}

/** Training text writes quotes straight; curly ones are mapped so they look the same to the model. */
function normaliseWord(w: string): string {
  return w.replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'");
}

/**
 * Named entities (PER, ORG, LOC, MISC) in `text`, sentence by sentence, given its tokens and
 * sentences as offsets (from `segment`); names are made consistent across the text (`document.ts`).
 *
 * @example
 *   const s = segment(text);
 *   findMentions(text, s.tokens, s.sentences, loadNerModel());
 *   // [{text: 'Angela Merkel', type: 'PER', start: 0, end: 13}, ...]
 */
export function findMentions(text: string, tokens: readonly Span[], sentences: readonly Span[], model: NerModel): Mention[] {
  const spans: Span[][] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t]!.end <= s.end) t++;
    if (t > from) spans.push(tokens.slice(from, t));
  }
  const tags = tagDocument(
    model,
    spans.map((sentence) => sentence.map((k) => normaliseWord(text.slice(k.start, k.end)))),
  );
  const out: Mention[] = [];
  for (const [i, sentence] of spans.entries())
    for (const e of entitiesOf(tags[i]!)) {
      const start = sentence[e.from]!.start;
      const end = sentence[e.to - 1]!.end;
      out.push({ text: text.slice(start, end), type: e.type, start, end });
    }
  return out;
}
