import type { ArticleDoc } from '../core/document.js';
import type { Stage } from '../core/stage.js';
import { type FindQuotesOptions, findQuotes } from '../quotes/extract.js';
import type { NameMention } from '../quotes/people.js';

export interface QuotesStageOptions extends Omit<FindQuotesOptions, 'mentions'> {
  /**
   * Where to read named entities from, once the entity stage fills them: when it returns mentions,
   * they replace the capitalised-name heuristics for speakers.
   */
  mentionsOf?: (doc: ArticleDoc) => readonly NameMention[] | undefined;
}

/**
 * Fills `doc.data.quotes`: direct and indirect quotations with their speakers. English only: an
 * article whose language is known and not `en` is left without quotes.
 *
 * @example
 *   articleStages = [..., languageStage(), quotesStage()];
 */
export const quotesStage = (options: Partial<QuotesStageOptions> = {}): Stage => ({
  name: 'quotes',
  run(doc) {
    const d = doc.data;
    if (d.notArticle || !d.text || (d.language && d.language !== 'en')) return;
    const { mentionsOf, ...rest } = options;
    d.quotes = findQuotes(d.text, { ...rest, mentions: mentionsOf?.(doc) });
  },
});
