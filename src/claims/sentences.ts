import type { ClaimKind, StoredArticle } from '../store/store.js';
import { quantitiesOf, type Quantity } from './quantities.js';
import { OPINION, QUESTION, TERMINAL, type ClaimOptions } from './rules.js';
import { contentKey, wordsOf } from './words.js';

/** A sentence that states a fact, with the features claims are matched on. */
export interface FactSentence {
  article: string;
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  /** Term weights before IDF: content words, adjacent content-word pairs, names (`e:`) and numbers (`n:`). */
  terms: Map<string, number>;
  quantities: Quantity[];
  /** Runs of three content words with at least two written in lower case (see `ClaimOptions.phraseSimilarity`). */
  phrases: string[];
}

/** Short labels without a sentence ending ("Peacekeeping dispute") are headings. */
const HEADING_MAX_WORDS = 8;
/** Share of a sentence a direct quote must cover for the sentence to be a quote. */
const QUOTE_SHARE = 0.3;
const QUOTED = /["“«„][^"“”«»„]*["”»]/g;

function add(terms: Map<string, number>, key: string, by: number): void {
  terms.set(key, (terms.get(key) ?? 0) + by);
}

/**
 * The sentences of an article that report something (`analysis.sentences` spans): questions,
 * opinions (judged outside quotation marks), headings and fragments are left out.
 *
 * @example
 *   factSentences(article, DEFAULT_CLAIM_OPTIONS).map((s) => s.text)
 */
export function factSentences(a: StoredArticle, options: ClaimOptions): FactSentence[] {
  const out: FactSentence[] = [];
  const quotes = (a.analysis.quotes ?? []).filter((q) => q.direct);
  const mentions = a.analysis.mentions ?? [];
  for (const span of a.analysis.sentences ?? []) {
    const text = a.text.slice(span.start, span.end).trim();
    if (!text) continue;
    const start = span.start + a.text.slice(span.start, span.end).indexOf(text);
    const end = start + text.length;
    if (QUESTION.test(text)) continue;
    if (OPINION.test(text.replace(QUOTED, ' '))) continue;
    const words = wordsOf(text);
    const keys = words.map((w) => contentKey(w.lower));
    const content = keys.filter((k): k is string => k !== null);
    const lower = words.filter((_, i) => keys[i] !== null).map((w) => w.text === w.lower);
    if (content.length < options.minContentWords) continue;
    if (!TERMINAL.test(text) && words.length <= HEADING_MAX_WORDS) continue;
    const terms = new Map<string, number>();
    for (const k of content) add(terms, k, 1);
    for (let i = 1; i < content.length; i++) add(terms, `${content[i - 1]!}_${content[i]!}`, options.phraseWeight);
    for (const m of mentions) if (options.entityWeight > 0 && m.start >= start && m.end <= end) add(terms, `e:${m.text.toLowerCase()}`, options.entityWeight);
    const quantities = quantitiesOf(text, words, options.contextWindow);
    for (const q of quantities) add(terms, `n:${q.value} ${q.unit}`, options.numberWeight);
    const quoted = quotes.reduce((n, q) => n + Math.max(0, Math.min(q.end, end) - Math.max(q.start, start)), 0);
    const kind: ClaimKind = quoted >= QUOTE_SHARE * text.length ? 'quote' : quantities.length ? 'number' : 'statement';
    const phrases: string[] = [];
    for (let i = 2; i < content.length; i++) {
      if (Number(lower[i - 2]) + Number(lower[i - 1]) + Number(lower[i]) >= 2) phrases.push(content.slice(i - 2, i + 1).join(' '));
    }
    out.push({ article: a.id, start, end, text, kind, terms, quantities, phrases });
  }
  return out;
}
