-- surveygraph schema, version 2: curated collections. Forward-only, like 0001.

-- A collection is a hand-curated, ordered set of papers. Names are unique ignoring case:
-- `name_key` is the folded name, computed in TypeScript (collectionNameKey) so it covers Unicode.
CREATE TABLE collections (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  name_key    TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

-- The papers of a collection in hand-set order (1-based, dense). Papers are never deleted by an
-- ingest, so the paper reference needs no cascade; dropping a collection drops its entries.
CREATE TABLE collection_papers (
  collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
  paper_id      INTEGER NOT NULL REFERENCES papers (id),
  position      INTEGER NOT NULL,
  note          TEXT,
  tags          TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
  added_at      TEXT NOT NULL,
  PRIMARY KEY (collection_id, paper_id)
) WITHOUT ROWID;
CREATE INDEX collection_papers_order ON collection_papers (collection_id, position);
CREATE INDEX collection_papers_paper ON collection_papers (paper_id);

-- The filters and searches papers were added from, kept for reference (the result was stored
-- as a paper list; re-running a source is up to the user). A rowid table: sources keep their order.
CREATE TABLE collection_sources (
  id            INTEGER PRIMARY KEY,
  collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('filter', 'search')),
  query         TEXT, -- the search words, for kind = 'search'
  filter        TEXT NOT NULL DEFAULT '{}', -- JSON PaperFilter; narrows a search when kind = 'search'
  paper_count   INTEGER NOT NULL, -- how many papers the source matched when it was added
  added_at      TEXT NOT NULL
);
CREATE INDEX collection_sources_collection ON collection_sources (collection_id);
