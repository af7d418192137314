import type { RemovedPiece } from '../core/document.js';

export interface HtmlExtraction {
  title: string | null;
  authors: string[];
  published: string | null;
  siteName: string | null;
  language: string | null;
  canonicalUrl: string | null;
  /** Main text, paragraphs separated by a blank line. */
  text: string;
  removed: RemovedPiece[];
  /** Set when the page is not an article (index, login wall, empty shell), with the reason. */
  notArticle: string | null;
}

/** STUB: replaced by the real extractor. */
export function extractHtml(html: string, _options: { url?: string | null } = {}): HtmlExtraction {
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return { title: null, authors: [], published: null, siteName: null, language: null, canonicalUrl: null, text, removed: [], notArticle: null };
}
