-- Citation graph. Both ends of a citation are works: a work is anything a source names as citing
-- or cited (by arXiv id, DOI, OpenAlex or Semantic Scholar id, title + year, or only a raw
-- reference string). A work that is a paper of the graph points at it (`paper_id`); the others
-- stay external: never listed, never in paper views, but queryable.
CREATE TABLE works (
  id          INTEGER PRIMARY KEY,
  key         TEXT NOT NULL UNIQUE, -- arxiv:… | doi:… | openalex:… | s2:… | title:…|year | raw:…
  arxiv_id    TEXT,
  doi         TEXT,
  openalex_id TEXT,
  s2_id       TEXT,
  title       TEXT,
  year        INTEGER,
  raw         TEXT,
  paper_id    INTEGER REFERENCES papers (id) ON DELETE SET NULL,
  matched_by  TEXT, -- arxiv | doi | title, how paper_id was found
  created_run INTEGER NOT NULL REFERENCES ingest_runs (id)
);
CREATE INDEX works_arxiv ON works (arxiv_id);
CREATE INDEX works_doi ON works (doi);
CREATE INDEX works_openalex ON works (openalex_id);
CREATE INDEX works_s2 ON works (s2_id);
CREATE INDEX works_paper ON works (paper_id);

-- One edge per (citing work, cited work), whatever the number of sources that assert it.
CREATE TABLE citations (
  id             INTEGER PRIMARY KEY,
  citing_work_id INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
  cited_work_id  INTEGER NOT NULL REFERENCES works (id) ON DELETE CASCADE,
  UNIQUE (citing_work_id, cited_work_id)
);
CREATE INDEX citations_cited ON citations (cited_work_id);

-- Who asserted an edge (run, format, file, line) and what it said about it. Sources are only
-- ever added: a newer import adds edges and sources, it never removes older ones.
CREATE TABLE citation_sources (
  citation_id    INTEGER NOT NULL REFERENCES citations (id) ON DELETE CASCADE,
  run_id         INTEGER NOT NULL REFERENCES ingest_runs (id),
  format         TEXT NOT NULL,
  source_file    TEXT NOT NULL,
  source_line    INTEGER,
  is_influential INTEGER, -- 0/1 when the source says, else NULL
  intents        TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
  contexts       TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
  UNIQUE (citation_id, format, source_file)
);
