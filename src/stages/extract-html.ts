import type { Stage } from '../core/stage.js';
import { extractHtml } from '../html/extract.js';

/** Main text and metadata from HTML; fields a record already gave are kept. */
export const extractHtmlStage = (): Stage => ({
  name: 'extract-html',
  run(doc) {
    const d = doc.data;
    if (d.contentType !== 'html' || d.raw === undefined) return;
    const x = extractHtml(d.raw, { url: d.url ?? null });
    d.bodyText = x.text;
    d.title ??= x.title;
    if (!d.authors?.length) d.authors = x.authors;
    d.published ??= x.published;
    d.siteName ??= x.siteName;
    d.outlet ??= x.siteName;
    d.language ??= x.language;
    d.canonicalUrl ??= x.canonicalUrl;
    d.url ??= x.canonicalUrl;
    d.removed = [...(d.removed ?? []), ...x.removed];
    if (x.notArticle) {
      d.notArticle = x.notArticle;
      doc.warn('extract-html', `not an article: ${x.notArticle}`);
    }
  },
});
