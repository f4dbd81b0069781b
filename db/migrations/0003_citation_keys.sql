-- surveygraph schema, version 3: persisted citation keys. Forward-only, like 0001 and 0002.

-- The citation key (`meng2025mmeureka`) a paper was given by the first export that included it.
-- It never changes afterwards, so `\cite{…}` in a manuscript keeps resolving across exports and
-- re-ingests, even when later metadata (authors, a venue) would make a different key today.
-- `key` is unique: no two papers ever share one, and a new paper never takes a key given out.
CREATE TABLE citation_keys (
  paper_id    INTEGER PRIMARY KEY REFERENCES papers (id) ON DELETE CASCADE,
  key         TEXT NOT NULL UNIQUE,
  assigned_at TEXT NOT NULL
);
