import type { CorpusStage, Stage } from './core/stage.js';
import type { Store } from './store/store.js';
import { repeatedBoilerplate } from './stages/repeated-boilerplate.js';
import { eventsStage } from './stages/events.js';
import { claimsStage } from './stages/claims.js';
import { cleanTextStage } from './stages/clean-text.js';
import { decode } from './stages/decode.js';
import { extractHtmlStage } from './stages/extract-html.js';
import { identityStage } from './stages/identity.js';
import { entitiesStage } from './stages/entities.js';
import { languageStage } from './stages/language.js';
import { sentencesStage } from './stages/sentences.js';
import { readRecord } from './stages/read-record.js';
import { repairTextStage } from './stages/repair-text.js';
import { timesStage } from './stages/times.js';
import { quotesStage } from './stages/quotes.js';

/**
 * The per-article stages, in order. Each reads and extends `doc.data`; the list is frozen so
 * nothing reorders it at run time. Corpus stages (dedupe, events, storylines, comparison) run
 * on the whole set afterwards.
 */
export function articleStages(): readonly Stage[] {
  return Object.freeze([
    readRecord(),
    decode(),
    extractHtmlStage(),
    repairTextStage(),
    cleanTextStage(),
    languageStage(),
    sentencesStage(),
    entitiesStage(),
    identityStage(),
    timesStage(),
    quotesStage(),
  ]);
}

/** The corpus stages, in order: they run on the whole stored set after the per-article stages. */
export function corpusStages(): readonly CorpusStage<Store>[] {
  return Object.freeze([repeatedBoilerplate(), eventsStage(), claimsStage()]);
}
