-- surveygraph schema, version 5: entity links imported as facts (from a bundled corpus).
-- Forward-only, like 0001–0004.

-- A corpus carries the links our pipeline derived where it could read the abstract, with the
-- pointer to their evidence (field, offsets, matched term) but not the abstract itself. The
-- linker adds these to what the tagger finds now, so a database built without abstracts keeps
-- them; the tagger's own finding for the same entity wins, and overrides win over both.
CREATE TABLE imported_entity_links (
  paper_id     INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  kind         TEXT NOT NULL,
  slug         TEXT NOT NULL,
  relation     TEXT NOT NULL,
  confidence   REAL NOT NULL,
  field        TEXT NOT NULL,
  matched_text TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  rule         TEXT NOT NULL,
  source       TEXT NOT NULL, -- the corpus folder it came from
  PRIMARY KEY (paper_id, kind, slug, relation)
) WITHOUT ROWID;
