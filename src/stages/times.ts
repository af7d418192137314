import type { Stage } from '../core/stage.js';
import { type EventDateOptions, eventDate } from '../time/event-date.js';
import { type TagOptions, tagTimes } from '../time/tag.js';

export type TimesOptions = Omit<TagOptions, 'dct'> & EventDateOptions;

/**
 * Tags and normalises every time expression in `doc.data.text` (TimeML values against the
 * publication date) into `doc.data.times`, and sets `doc.data.eventDate`. English only: an article
 * whose language is set to anything else is left alone.
 */
export const timesStage = (options: Partial<TimesOptions> = {}): Stage => ({
  name: 'times',
  run(doc) {
    const d = doc.data;
    if (d.language && d.language !== 'en') return;
    const text = d.text ?? '';
    const dct = d.published ?? null;
    d.times = tagTimes(text, { dct, anchorWithoutDct: options.anchorWithoutDct ?? true });
    d.eventDate = eventDate(text, d.times, dct, options);
  },
});
