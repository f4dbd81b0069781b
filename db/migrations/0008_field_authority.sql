-- surveygraph schema, version 8: which source set a paper's field, so authority survives re-ingest.
-- Forward-only, like 0001–0007.

-- A row says "this field of this paper was set by a source that outranks the list" (an arXiv
-- record for title, authors, date and DOI; a record with a published venue for the venue). A
-- later list ingest keeps such a field and records its own value as a conflict instead.
CREATE TABLE paper_field_authority (
  paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  field    TEXT NOT NULL, -- title | authors | date | doi | venue
  source   TEXT NOT NULL, -- file:line of the record that set it
  PRIMARY KEY (paper_id, field)
) WITHOUT ROWID;
