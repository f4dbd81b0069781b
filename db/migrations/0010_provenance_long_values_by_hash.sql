-- surveygraph schema, version 10: long provenance values are kept as a fingerprint.
-- Forward-only, like 0001–0009.

-- An abstract's provenance row held the whole abstract, and the unique index over it held it a
-- second time: two copies beside the paper's own (700 MB of a 1.3 GB database at 100k papers).
-- A value longer than 200 characters is now stored as 'sha256:' and the hex digest of its text;
-- the text itself lives where it belongs (papers.abstract), and reads give it back when it is
-- still the paper's. `sha256()` is registered by the migration runner (src/store/database.ts).
DROP INDEX provenance_fact;
UPDATE provenance SET value = 'sha256:' || sha256(value) WHERE length(value) > 200;
CREATE UNIQUE INDEX provenance_fact
  ON provenance (paper_id, fact, value, source_file, ifnull(source_line, 0));
