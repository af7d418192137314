import type { Stage } from '../core/stage.js';
import { repairText } from '../text/mojibake.js';

/** Repairs mis-encoded characters in the body and title where the repair is unambiguous; notes each kind. */
export const repairTextStage = (): Stage => ({
  name: 'repair-text',
  run(doc) {
    const d = doc.data;
    d.bodyText ??= d.contentType === 'text' ? d.raw : undefined;
    if (d.bodyText === undefined) return;
    const body = repairText(d.bodyText);
    d.bodyText = body.text;
    for (const note of body.notes) doc.info('repair-text', note);
    if (d.title) d.title = repairText(d.title).text;
  },
});
