import { fileURLToPath } from 'node:url';
import { createEngine, type Engine } from '../engine/engine.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { serve, type RunningServer } from './serve.js';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** The bundled example corpus and the server fixtures (dated, with outlets, one with markup in its text). */
export const SEED_INPUTS = [repo('examples/seeds'), repo('test/fixtures/server/articles.json')];

export interface TestServer {
  engine: Engine;
  server: RunningServer;
  url: string;
  close(): Promise<void>;
}

/** A server on an ephemeral loopback port over a throw-away store filled with `SEED_INPUTS`. */
export async function startSeededServer(options: { token?: string } = {}): Promise<TestServer> {
  const engine = await createEngine({ store: await openSqliteStore({ path: ':memory:' }) });
  const report = await engine.ingest(SEED_INPUTS);
  if (report.failed.length) throw new Error(`seeding failed: ${JSON.stringify(report.failed)}`);
  const server = await serve({ engine, host: '127.0.0.1', port: 0, token: options.token ?? null });
  return {
    engine, server, url: server.url,
    async close() {
      await server.close();
      await engine.close();
    },
  };
}
