/** Schema versions in order; each runs once, inside a transaction, and is recorded. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE articles (
     key INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     source TEXT NOT NULL,
     url TEXT,
     title TEXT,
     outlet TEXT,
     authors TEXT NOT NULL,
     published TEXT,
     language TEXT,
     text TEXT NOT NULL,
     removed TEXT NOT NULL,
     text_hash TEXT NOT NULL,
     not_article TEXT,
     extra TEXT NOT NULL,
     warnings TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
   CREATE INDEX articles_text_hash ON articles(text_hash);
   CREATE TABLE inputs (
     source TEXT PRIMARY KEY,
     hash TEXT NOT NULL,
     articles INTEGER NOT NULL,
     done_at TEXT NOT NULL
   );`,
  `ALTER TABLE articles ADD COLUMN analysis TEXT NOT NULL DEFAULT '{}';`,
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
];
