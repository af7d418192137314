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
  // Full-text search over title and text (what PostgreSQL's `search` column does there): an
  // external-content FTS5 index kept in sync by triggers. Diacritics are kept, as PostgreSQL's
  // `simple` configuration keeps them, so both backends match the same words.
  `CREATE VIRTUAL TABLE articles_fts USING fts5(
     title, text, content='articles', content_rowid='key', tokenize='unicode61 remove_diacritics 0'
   );
   CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
     INSERT INTO articles_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
   END;
   CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
     INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
   END;
   CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
     INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
     INSERT INTO articles_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
   END;
   INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
   CREATE INDEX articles_published ON articles (published, key);`,
  `CREATE TABLE events (id TEXT PRIMARY KEY, title TEXT, date TEXT, storyline TEXT NOT NULL, articles TEXT NOT NULL, summary TEXT);
   CREATE TABLE storylines (id TEXT PRIMARY KEY, title TEXT, events TEXT NOT NULL);
   CREATE TABLE assignments (article TEXT PRIMARY KEY, event TEXT NOT NULL, storyline TEXT NOT NULL, copy_of TEXT, score REAL NOT NULL);
   CREATE INDEX assignments_event ON assignments (event);`,
  // Claims are read whole, per event: the claim object is kept as JSON beside its keys.
  `CREATE TABLE claims (id TEXT PRIMARY KEY, event TEXT NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL);
   CREATE INDEX claims_event ON claims (event, position);`,
];
