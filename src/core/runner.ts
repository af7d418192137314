import type { ArticleDoc } from './document.js';
import type { Stage, StageContext } from './stage.js';

/**
 * Runs frozen per-article stages over one document. A stage that throws leaves a
 * fatal message on that document; later stages skip it. Never throws itself.
 */
export async function runStages(
  stages: readonly Stage[],
  doc: ArticleDoc,
  ctx: StageContext,
): Promise<ArticleDoc> {
  for (const stage of stages) {
    if (doc.fatal) break;
    if (ctx.signal?.aborted) {
      doc.fail(stage.name, new Error('aborted'));
      break;
    }
    try {
      await stage.run(doc, ctx);
    } catch (error) {
      doc.fail(stage.name, error);
    }
  }
  return doc;
}
