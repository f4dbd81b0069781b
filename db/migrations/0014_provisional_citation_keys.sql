-- surveygraph schema, version 14: provisional citation keys. Forward-only.

-- A key given to a paper with no authors yet (a list entry before its metadata arrives) is
-- built from the title (`mmeureka2025exploring`); it is provisional: the first ingest that brings
-- the paper's authors replaces it with the usual author-year-word key (`meng2025mmeureka`), once.
-- Keys given to papers with authors are final, as before (provisional = 0 for every key so far).
ALTER TABLE citation_keys ADD COLUMN provisional INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1));
