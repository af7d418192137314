import pg from 'pg';
import type { Store } from '../store.js';
import { openPostgresStore, redactUrl } from './index.js';
import { quoteIdent } from './migrate.js';

/** The server the PostgreSQL tests use; `CORROBORATE_TEST_PG` overrides it. */
export const TEST_URL = process.env['CORROBORATE_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** How long to wait for the test server before skipping. */
const CONNECT_TIMEOUT_MS = 2000;

/** Null when the test server answers, else why the PostgreSQL tests are skipped. */
export async function serverSkip(): Promise<string | null> {
  const client = new pg.Client({ connectionString: TEST_URL, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => undefined);
  const started = Date.now();
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    const reason =
      Date.now() - started >= CONNECT_TIMEOUT_MS ? `no answer within ${CONNECT_TIMEOUT_MS / 1000} s`
      : error instanceof Error ? error.message : String(error);
    return (
      `PostgreSQL not reachable at ${redactUrl(TEST_URL)} (${reason}): ` +
      'start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`, ' +
      'or point CORROBORATE_TEST_PG at a server'
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

let made = 0;

/** A schema name no other test, file or concurrent run uses. */
export function uniqueSchema(): string {
  made += 1;
  return `corroborate_test_${process.pid}_${Date.now().toString(36)}_${made}`;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}

/** A fresh store in its own schema; closing it drops the schema. */
export async function openTestStore(schema = uniqueSchema()): Promise<Store> {
  const store = await openPostgresStore({ url: TEST_URL, schema });
  return {
    ...store,
    async close() {
      await store.close();
      await dropSchema(schema);
    },
  };
}
