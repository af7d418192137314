import type { ArticleDoc } from '../core/document.js';
import type { Stage } from '../core/stage.js';
import { type FindQuotesOptions, findQuotes } from '../quotes/extract.js';
import type { NameMention } from '../quotes/people.js';

export interface QuotesStageOptions extends Omit<FindQuotesOptions, 'mentions'> {
  /**
   * Where to read named entities from (default: `doc.data.mentions`, from the entity stage). When it
   * returns mentions, their PER names replace the capitalised-name heuristics for speakers; when it
   * returns undefined (no entity stage ran), the heuristics are used. On PolNeAR the tagger's names
   * raise speaker accuracy (see `src/eval/quotes.ts`, `no_ner.*` figures).
   */
  mentionsOf?: (doc: ArticleDoc) => readonly NameMention[] | undefined;
}

/**
 * Fills `doc.data.quotes`: direct and indirect quotations with their speakers. English only: an
 * article whose language is known and not `en` is left without quotes. Runs after `entitiesStage`
 * to use its person names.
 *
 * @example
 *   articleStages = [..., languageStage(), entitiesStage(), quotesStage()];
 */
export const quotesStage = (options: Partial<QuotesStageOptions> = {}): Stage => ({
  name: 'quotes',
  run(doc) {
    const d = doc.data;
    if (d.notArticle || !d.text || (d.language && d.language !== 'en')) return;
    const { mentionsOf = (doc: ArticleDoc) => doc.data.mentions, ...rest } = options;
    d.quotes = findQuotes(d.text, { ...rest, mentions: mentionsOf(doc) });
  },
});
