/**
 * Fetching article pages, feeds and sitemaps over HTTP(S), politely and safely, as the same
 * `ReadEvent`s the file readers give (`src/ingest/read.ts`).
 */
export { fetchInputs, type FetchInputsOptions } from './inputs.js';
export { watchFeeds, type WatchOptions } from './watch.js';
export { Fetcher, type FetchOptions, type Fetched } from './client.js';
export { MemoryConditionalCache, type ConditionalCache, type Validators } from './cache.js';
export { blockedAddressReason } from './address.js';
export { BlockedAddressError, FetchError } from './errors.js';
export { stripTracking } from './url.js';
export { USER_AGENT } from './rules.js';
