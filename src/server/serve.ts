import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Engine } from '../engine/engine.js';
import { createApp } from './app.js';
import { DEFAULT_HOST, DEFAULT_PORT } from './defaults.js';
import { DEFAULT_WEB_ROOT } from './static.js';

export { DEFAULT_HOST, DEFAULT_PORT } from './defaults.js';

/** Names a browser may use for a loopback server. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

export interface ServeOptions {
  engine: Engine;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (this machine only). */
  host?: string;
  /** Enables `POST /api/articles` for requests carrying this token; absent or empty: read-only. */
  token?: string | null;
  /** Folder of the built web UI (default: the one `npm run build` makes). */
  webRoot?: string;
}

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** Stops accepting connections and closes open ones (the engine stays open). */
  close(): Promise<void>;
}

/**
 * Serves the JSON API (`/api/...`, described at `/api/openapi.json`) and the web UI.
 *
 * @example
 *   const engine = await createEngine({ db: 'news.db' });
 *   const server = await serve({ engine, port: 0 });
 *   console.log(server.url);
 *   await server.close();
 */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const app = createApp({
    engine: options.engine,
    webRoot: options.webRoot ?? DEFAULT_WEB_ROOT,
    token: options.token || null,
    allowedHosts: isLoopback(host) ? new Set([...LOOPBACK_NAMES, host.includes(':') ? `[${host}]` : host]) : null,
  });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
