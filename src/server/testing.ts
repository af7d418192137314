import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEngine, type Engine } from '../engine/engine.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { EventSet } from '../store/store.js';
import { serve, type RunningServer } from './serve.js';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** The bundled example corpus and the server fixtures (dated, with outlets, one with markup in its text). */
export const SEED_INPUTS = [repo('examples/seeds'), repo('test/fixtures/server/articles.json')];

/** Two more articles for the event tests: a wire copy and another outlet's wording of the same quote. */
export const EVENT_INPUTS = [repo('test/fixtures/server/event-articles.json')];

/** A hand-written event set over the seeds and `EVENT_INPUTS`, stored in place of the event stage's own. */
export const fixtureEvents = (): EventSet => {
  const { events, storylines, assignments } = JSON.parse(readFileSync(repo('test/fixtures/server/events.json'), 'utf8')) as EventSet;
  return { events, storylines, assignments };
};

export interface TestServer {
  engine: Engine;
  server: RunningServer;
  url: string;
  close(): Promise<void>;
}

/**
 * A server on an ephemeral loopback port over a throw-away store filled with `SEED_INPUTS`. With
 * `events`, also `EVENT_INPUTS`, and the stored events replaced by `fixtureEvents()`, so tests do not
 * depend on the clusterer's current output.
 */
export async function startSeededServer(options: { token?: string; events?: boolean } = {}): Promise<TestServer> {
  const engine = await createEngine({ store: await openSqliteStore({ path: ':memory:' }) });
  const report = await engine.ingest(options.events ? [...SEED_INPUTS, ...EVENT_INPUTS] : SEED_INPUTS);
  if (report.failed.length) throw new Error(`seeding failed: ${JSON.stringify(report.failed)}`);
  if (options.events) await engine.store.replaceEvents(fixtureEvents());
  const server = await serve({ engine, host: '127.0.0.1', port: 0, token: options.token ?? null });
  return {
    engine, server, url: server.url,
    async close() {
      await server.close();
      await engine.close();
    },
  };
}
