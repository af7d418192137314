/**
 * How much of an article the full-text column indexes, in characters. PostgreSQL refuses a
 * `tsvector` over 1 MB (and keeps word positions only up to 16,383), so an unbounded body could make
 * a whole batch fail; 100,000 characters covers any real article and stays far below the limit.
 */
export const SEARCH_MAX_CHARS = 100_000;

/**
 * Schema versions in order; each runs once, inside a transaction with `search_path` set to the
 * store's schema, and is recorded in `schema_migrations`.
 *
 * Column choices (the SQLite schema, with PostgreSQL types):
 * - `authors`, `removed`, `warnings` are `jsonb` (arrays: order kept, containment queries possible).
 * - `extra` is `json`, not `jsonb`: the contract keeps input fields "as they came", and `jsonb`
 *   would reorder an object's keys and refuse `\u0000` and lone surrogates. Cast with `extra::jsonb`
 *   in queries that need operators.
 * - `url` has a hash index: equality is all the identity rules need, and a B-tree refuses entries
 *   over about 2.7 kB, which long tracking URLs can reach.
 * - `search` is a generated `tsvector` over title (weight A) and text (weight B) with the
 *   language-neutral `simple` configuration (the corpus is multilingual), GIN-indexed.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE articles (
     key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     id text NOT NULL UNIQUE,
     source text NOT NULL,
     url text,
     title text,
     outlet text,
     authors jsonb NOT NULL,
     published text,
     language text,
     text text NOT NULL,
     removed jsonb NOT NULL,
     text_hash text NOT NULL,
     not_article text,
     extra json NOT NULL,
     warnings jsonb NOT NULL,
     updated_at timestamptz NOT NULL,
     search tsvector GENERATED ALWAYS AS (
       setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') ||
       setweight(to_tsvector('simple'::regconfig, left(text, ${SEARCH_MAX_CHARS})), 'B')
     ) STORED
   );
   CREATE INDEX articles_url ON articles USING hash (url) WHERE url IS NOT NULL;
   CREATE INDEX articles_text_hash ON articles (text_hash);
   CREATE INDEX articles_search ON articles USING gin (search);
   CREATE TABLE inputs (
     source text PRIMARY KEY,
     hash text NOT NULL,
     articles integer NOT NULL,
     done_at timestamptz NOT NULL
   );`,
  `ALTER TABLE articles ADD COLUMN analysis json NOT NULL DEFAULT '{}'::json;`,
  `CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);`,
  // Newest-first listing (Store.listArticles).
  `CREATE INDEX articles_published ON articles ((published COLLATE "C") DESC NULLS LAST, key DESC);`,
  `CREATE TABLE events (id text PRIMARY KEY, title text, date text, storyline text NOT NULL, articles json NOT NULL, summary text);
   CREATE TABLE storylines (id text PRIMARY KEY, title text, events json NOT NULL);
   CREATE TABLE assignments (article text PRIMARY KEY, event text NOT NULL, storyline text NOT NULL, copy_of text, score double precision NOT NULL);
   CREATE INDEX assignments_event ON assignments (event);`,
  // Claims are read whole, per event: the claim object is kept as JSON beside its keys.
  `CREATE TABLE claims (id text PRIMARY KEY, event text NOT NULL, position integer NOT NULL, data json NOT NULL);
   CREATE INDEX claims_event ON claims (event, position);`,
];
