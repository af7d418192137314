import { ApiError } from './errors.js';

/**
 * One query or path parameter, as data: the same spec validates requests and documents them in the
 * OpenAPI description.
 */
export type ParamSpec =
  | { type: 'string'; description: string; maxLength: number; enum?: readonly string[] }
  | { type: 'date'; description: string }
  | { type: 'integer'; description: string; default: number; minimum: number; maximum: number };

export type ParamSpecs = Record<string, ParamSpec>;

/** What a set of specs parses to: integers always have a value (their default); the rest may be absent. */
export type Parsed<S extends ParamSpecs> = { [K in keyof S]: S[K] extends { type: 'integer' } ? number : string | undefined };

/** Longest free-text value accepted (a search query, a name). */
export const MAX_TEXT = 200;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function parseOne(name: string, spec: ParamSpec, raw: string): string | number {
  if (spec.type === 'integer') {
    if (!/^\d{1,9}$/.test(raw)) throw new ApiError(400, `${name} must be a whole number`);
    const n = Number(raw);
    if (n < spec.minimum || n > spec.maximum) throw new ApiError(400, `${name} must be between ${spec.minimum} and ${spec.maximum}`);
    return n;
  }
  if (spec.type === 'date') {
    if (!isDay(raw)) throw new ApiError(400, `${name} must be a date written YYYY-MM-DD`);
    return raw;
  }
  if (spec.enum && !spec.enum.includes(raw)) throw new ApiError(400, `${name} must be one of ${spec.enum.join(', ')}`);
  if (raw.length > spec.maxLength) throw new ApiError(400, `${name} is longer than ${spec.maxLength} characters`);
  return raw;
}

/**
 * Validates query parameters against their specs. Empty values count as absent (what an empty form
 * field sends); unknown or repeated parameters are refused, so a misspelt filter is not silently
 * ignored.
 *
 * @example
 *   parseQuery({ limit: { type: 'integer', default: 20, minimum: 1, maximum: 100, description: '' } }, url.searchParams);
 *   // { limit: 20 }
 */
export function parseQuery<S extends ParamSpecs>(specs: S, query: URLSearchParams): Parsed<S> {
  for (const name of new Set(query.keys())) {
    if (!Object.hasOwn(specs, name)) throw new ApiError(400, `unknown query parameter "${name}"`);
    if (query.getAll(name).length > 1) throw new ApiError(400, `query parameter "${name}" is repeated`);
  }
  const out: Record<string, string | number | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const raw = query.get(name);
    if (raw === null || raw === '') out[name] = spec.type === 'integer' ? spec.default : undefined;
    else out[name] = parseOne(name, spec, raw);
  }
  return out as Parsed<S>;
}

/** The paging parameters every list takes. */
export const PAGING = {
  limit: { type: 'integer', description: 'Items per page.', default: 20, minimum: 1, maximum: 100 },
  offset: { type: 'integer', description: 'Items to skip.', default: 0, minimum: 0, maximum: 1_000_000 },
} as const satisfies ParamSpecs;
