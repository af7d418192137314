import type { Stage } from '../core/stage.js';
import { cleanText } from '../clean/clean.js';

/** Minimum clean words for a text to count as an article rather than a stub. */
export const MIN_ARTICLE_WORDS = 40;

/**
 * Removes boilerplate from the body (scraped text, or text extracted from HTML) and finds the
 * title, byline and date line where the input did not give them. Removed pieces keep their reason.
 */
export const cleanTextStage = (): Stage => ({
  name: 'clean-text',
  run(doc) {
    const d = doc.data;
    if (d.bodyText === undefined) return;
    const r = cleanText(d.bodyText, { mode: d.contentType === 'html' ? 'extracted' : 'scraped' });
    d.text = r.text;
    d.removed = [...(d.removed ?? []), ...r.removed];
    if (r.title && !d.title) d.title = r.title;
    else if (r.title && d.title && r.title !== d.title) d.removed.push({ text: r.title, reason: 'title' });
    if (!d.authors?.length) d.authors = r.authors;
    d.published ??= r.published;
    const words = d.text.split(/\s+/).filter(Boolean).length;
    if (words < MIN_ARTICLE_WORDS && !d.notArticle) {
      d.notArticle = `only ${words} words of text`;
      doc.warn('clean-text', `not an article: ${d.notArticle}`);
    }
  },
});
