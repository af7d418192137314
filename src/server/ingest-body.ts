import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Engine } from '../engine/engine.js';
import type { IngestReport } from '../engine/ingest.js';
import { ApiError } from './errors.js';

/** Largest request body `POST /api/articles` takes: far above one article page. */
export const MAX_POST_BYTES = 10 * 1024 * 1024;

/** Most records one JSON array may carry. */
export const MAX_POST_RECORDS = 1000;

export interface PostedArticle {
  /** `application/json` (one record or an array) or `text/html` (one page). */
  contentType: string;
  body: string;
  /** For an HTML page: the id and URL to store it under (else an id from its bytes). */
  id?: string;
  url?: string;
}

const postedId = (body: string) => `post-${createHash('sha256').update(body).digest('hex').slice(0, 16)}`;

/** The posted article(s) as records with ids; records without one get an id from their content. */
export function postedRecords(p: PostedArticle): Record<string, unknown>[] {
  const type = p.contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html') return [{ id: p.id ?? postedId(p.body), ...(p.url ? { url: p.url } : {}), html: p.body }];
  if (type !== 'application/json') throw new ApiError(415, 'send application/json (a record or an array of records) or text/html');
  let value: unknown;
  try {
    value = JSON.parse(p.body);
  } catch (error) {
    throw new ApiError(400, `malformed JSON: ${(error as Error).message}`, { cause: error });
  }
  const records = Array.isArray(value) ? value : [value];
  if (records.length === 0 || records.length > MAX_POST_RECORDS) throw new ApiError(400, `send 1 to ${MAX_POST_RECORDS} records`);
  return records.map((r, i) => {
    if (r === null || typeof r !== 'object' || Array.isArray(r)) throw new ApiError(400, `record ${i} is not an object`);
    const record = r as Record<string, unknown>;
    if (typeof record['text'] !== 'string' && typeof record['html'] !== 'string') throw new ApiError(400, `record ${i} has neither text nor html`);
    return { id: postedId(JSON.stringify(record)), ...record };
  });
}

/** Stores posted articles through the engine's ingest, as `corroborate ingest -` would. */
export async function ingestPosted(engine: Engine, posted: PostedArticle): Promise<IngestReport> {
  const records = postedRecords(posted);
  const stdin = Readable.from([Buffer.from(JSON.stringify(records))]);
  return engine.ingest(['-'], { stdin, maxBytes: MAX_POST_BYTES * 2 });
}
