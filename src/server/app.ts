import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Engine } from '../engine/engine.js';
import { ApiError, errorBody } from './errors.js';
import { MAX_POST_BYTES, ingestPosted } from './ingest-body.js';
import { openApiDocument } from './openapi.js';
import { parseQuery } from './params.js';
import { createReader } from './reader.js';
import { ROUTES } from './routes.js';
import { isTraversal, readStatic } from './static.js';

export interface AppOptions {
  engine: Engine;
  /** Folder of the built web UI. */
  webRoot: string;
  /** Enables `POST /api/articles` for requests carrying it (`Authorization: Bearer TOKEN`); null: read-only. */
  token: string | null;
  /**
   * Host names requests may be addressed to, or null for any. A server on a loopback address lists
   * only loopback names, so a web page cannot reach it through a rebound DNS name.
   */
  allowedHosts: ReadonlySet<string> | null;
}

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Everything the UI needs comes from this server; article text is never markup. */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

const digest = (s: string) => createHash('sha256').update(s).digest();

function tokenMatches(expected: string, header: string | undefined): boolean {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}

/** The host name of a Host header (`[::1]:8080` -> `[::1]`), lower case. */
const hostName = (host: string) => host.toLowerCase().replace(/:\d+$/, '');

const toHonoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * The HTTP app: JSON API under `/api`, the web UI everywhere else. Handlers only parse and call the
 * reader (or the engine, for the one write).
 */
export function createApp(options: AppOptions): Hono<{ Bindings: HttpBindings }> {
  const app = new Hono<{ Bindings: HttpBindings }>();
  const reader = createReader(options.engine.store);
  const openapi = openApiDocument(ROUTES, VERSION);
  let writes: Promise<unknown> = Promise.resolve();

  app.use('*', async (c, next) => {
    const rawPath = (c.env?.incoming?.url ?? c.req.path).split('?')[0] ?? '';
    if (isTraversal(rawPath)) throw new ApiError(400, 'path refused: dot segments are not allowed');
    if (options.allowedHosts && !options.allowedHosts.has(hostName(c.req.header('host') ?? ''))) {
      throw new ApiError(421, 'unexpected Host header');
    }
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });

  app.get('/api/openapi.json', (c) => c.json(openapi));
  for (const r of ROUTES) {
    app.get(toHonoPath(r.path), async (c) => {
      const query = parseQuery(r.query, new URL(c.req.url).searchParams);
      c.header('Cache-Control', 'no-store');
      return c.json(await r.handle(reader, query, c.req.param() as Record<string, string>));
    });
  }

  app.post(
    '/api/articles',
    async (c, next) => {
      if (options.token === null) throw new ApiError(403, 'this server is read-only: start it with --token (or CORROBORATE_TOKEN) to accept articles');
      if (!tokenMatches(options.token, c.req.header('authorization'))) throw new ApiError(401, 'missing or wrong token (Authorization: Bearer TOKEN)');
      await next();
    },
    bodyLimit({ maxSize: MAX_POST_BYTES, onError: () => { throw new ApiError(413, `request body over ${MAX_POST_BYTES} bytes`); } }),
    async (c) => {
      const posted = {
        contentType: c.req.header('content-type') ?? '', body: await c.req.text(),
        id: c.req.query('id') || undefined, url: c.req.query('url') || undefined,
      };
      const run = writes.then(() => ingestPosted(options.engine, posted));
      writes = run.catch(() => undefined);
      const report = await run;
      return c.json(report, report.failed.length > 0 && report.articles === 0 ? 400 : 200);
    },
  );

  app.all('/api/*', (c) => {
    throw new ApiError(c.req.method === 'GET' || c.req.method === 'HEAD' ? 404 : 405, `no ${c.req.method} ${c.req.path}`);
  });

  app.get('*', async (c) => serveWeb(c, options.webRoot));

  app.onError((error, c) => {
    const status = error instanceof ApiError ? error.status : 500;
    if (status === 500) process.stderr.write(`corroborate serve: ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}\n`);
    const message = status === 500 ? 'internal error' : error.message;
    const response = c.json(errorBody(status, message), status);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
    return response;
  });
  app.notFound((c) => c.json(errorBody(404, `no ${c.req.method} ${c.req.path}`), 404));
  return app;
}

/** A file of the UI, else (for a page address without an extension) the UI's index.html, which routes it. */
async function serveWeb(c: Context, root: string): Promise<Response> {
  const path = c.req.path;
  const file = (await readStatic(root, path)) ?? (/\.[a-z0-9]+$/i.test(path) ? null : await readStatic(root, '/index.html'));
  if (!file) {
    if (path === '/') return c.text('The web UI is not built: run `npm run build`.', 503);
    return c.json(errorBody(404, `no file ${path}`), 404);
  }
  c.header('Content-Type', file.type);
  c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  return c.body(new Uint8Array(file.body));
}
