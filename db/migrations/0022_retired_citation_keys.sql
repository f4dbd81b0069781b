-- surveygraph schema, version 22: retired citation keys. Forward-only.

-- A provisional key (0014) is replaced once, when the paper's authors arrive; an export made
-- before then may already sit in someone's manuscript with the old key. The old key stays the
-- paper's (it still finds the paper in collections and exports) and is never given to another.
CREATE TABLE retired_citation_keys (
  key        TEXT PRIMARY KEY,
  paper_id   INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  retired_at TEXT NOT NULL
);
CREATE INDEX retired_citation_keys_by_paper ON retired_citation_keys (paper_id);
