import type pg from 'pg';
import { MIGRATIONS } from './migrations.js';

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Advisory-lock key for one purpose on one schema (advisory locks are per database already). */
export const lockKey = (purpose: string, schema: string) => `corroborate:${purpose}:${schema}`;

/**
 * Creates the schema when missing and applies pending migrations, each in its own transaction.
 * The whole step holds a session advisory lock, so processes opening the same store at once take
 * turns instead of racing on `CREATE TABLE`; a dropped connection releases the lock with it.
 */
export async function migrate(pool: pg.Pool, schema: string): Promise<void> {
  const s = quoteIdent(schema);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [lockKey('migrate', schema)]);
    // CREATE SCHEMA IF NOT EXISTS still needs the CREATE privilege, which a user of `public` may lack.
    const found = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (found.rowCount === 0) await client.query(`CREATE SCHEMA ${s}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)`);
    const { rows } = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${s}.schema_migrations`);
    const current = rows[0]?.v ?? 0;
    if (current > MIGRATIONS.length) {
      throw new Error(`schema ${schema} is at version ${current}, newer than this corroborate knows (${MIGRATIONS.length})`);
    }
    for (const [index, sql] of MIGRATIONS.entries()) {
      const version = index + 1;
      if (version <= current) continue;
      await client.query('BEGIN');
      await client.query(`SET LOCAL search_path TO ${s}`);
      await client.query(sql);
      await client.query(`INSERT INTO ${s}.schema_migrations (version, applied_at) VALUES ($1, now())`, [version]);
      await client.query('COMMIT');
    }
    await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [lockKey('migrate', schema)]);
    client.release();
  } catch (error) {
    // Closing the connection rolls back an open migration and releases the lock.
    client.release(true);
    throw error;
  }
}
