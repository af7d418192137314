import { createHash } from 'node:crypto';
import type { Stage } from '../core/stage.js';
import { normaliseDate } from './dates.js';

/** Whitespace- and case-insensitive fingerprint of the clean text: "same text" means same hash. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex');
}

/** Settles the article's id (input id, else file name), text hash, and an ISO publication date. */
export const identityStage = (): Stage => ({
  name: 'identity',
  run(doc) {
    const d = doc.data;
    d.id ??= doc.input.fallbackId;
    d.text ??= '';
    d.textHash = textHash(d.text || (d.raw ?? ''));
    if (d.published) {
      const iso = normaliseDate(d.published);
      if (iso === null) doc.warn('identity', `unreadable publication date "${d.published}" dropped`);
      d.published = iso;
    }
    d.authors = [...new Set((d.authors ?? []).map((a) => a.trim()).filter(Boolean))];
  },
});
