-- surveygraph schema, version 1. Forward-only: later changes go in new numbered files.

-- Papers: one row per work, whatever its sources. `key` is its identity across ingests.
CREATE TABLE papers (
  id          INTEGER PRIMARY KEY,
  key         TEXT NOT NULL UNIQUE,
  arxiv_id    TEXT UNIQUE,
  doi         TEXT,
  title       TEXT NOT NULL,
  year        INTEGER,
  month       INTEGER CHECK (month BETWEEN 1 AND 12),
  venue       TEXT,
  date_text   TEXT,
  published   TEXT,
  kind        TEXT NOT NULL DEFAULT 'web',
  abstract    TEXT,
  created_run INTEGER NOT NULL REFERENCES ingest_runs (id),
  updated_run INTEGER NOT NULL REFERENCES ingest_runs (id)
);
CREATE INDEX papers_year ON papers (year, month);
CREATE INDEX papers_venue ON papers (venue);
CREATE INDEX papers_doi ON papers (doi);

CREATE TABLE authors (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE paper_authors (
  paper_id  INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  author_id INTEGER NOT NULL REFERENCES authors (id),
  PRIMARY KEY (paper_id, position)
) WITHOUT ROWID;
CREATE INDEX paper_authors_author ON paper_authors (author_id);

CREATE TABLE paper_links (
  paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  kind     TEXT NOT NULL,
  url      TEXT NOT NULL,
  PRIMARY KEY (paper_id, url)
); -- a rowid table: links keep the order their source gave them

-- A list is one curated source of placements (an awesome-list); its versions are ingest runs.
CREATE TABLE lists (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE,
  title TEXT
);

-- Typed concepts: pillars, list groups, paradigms, algorithms, rewards, benchmarks …
CREATE TABLE entities (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL,
  slug        TEXT NOT NULL,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  attributes  TEXT NOT NULL DEFAULT '{}', -- JSON: task, pillars … per kind
  UNIQUE (kind, slug)
);

CREATE TABLE entity_aliases (
  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;

CREATE TABLE entity_relations (
  from_id  INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  relation TEXT NOT NULL, -- variant_of …
  to_id    INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  PRIMARY KEY (from_id, relation, to_id)
) WITHOUT ROWID;

-- Sections of a list form a tree; `path` is the names from the top joined by ' / '.
CREATE TABLE sections (
  id        INTEGER PRIMARY KEY,
  list_id   INTEGER NOT NULL REFERENCES lists (id),
  parent_id INTEGER REFERENCES sections (id),
  name      TEXT NOT NULL,
  path      TEXT NOT NULL,
  depth     INTEGER NOT NULL,
  position  INTEGER NOT NULL,
  pillar_id INTEGER REFERENCES entities (id),
  listed    INTEGER NOT NULL DEFAULT 1, -- 0 once a newer version of the list dropped it
  UNIQUE (list_id, path)
);
CREATE INDEX sections_parent ON sections (parent_id);
CREATE INDEX sections_pillar ON sections (pillar_id);

CREATE TABLE paper_sections (
  paper_id   INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  section_id INTEGER NOT NULL REFERENCES sections (id),
  position   INTEGER NOT NULL,
  PRIMARY KEY (paper_id, section_id)
) WITHOUT ROWID;
CREATE INDEX paper_sections_section ON paper_sections (section_id, position);

CREATE TABLE paper_entities (
  paper_id   INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  entity_id  INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  relation   TEXT NOT NULL DEFAULT 'uses', -- uses | proposes | evaluates_on …
  confidence REAL NOT NULL DEFAULT 1,
  origin     TEXT NOT NULL DEFAULT 'tagger', -- tagger | override | section
  PRIMARY KEY (paper_id, entity_id, relation)
) WITHOUT ROWID;
CREATE INDEX paper_entities_entity ON paper_entities (entity_id);

-- Every ingest is a run; every fact it asserted points back at it and at a source line.
CREATE TABLE ingest_runs (
  id          INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  format      TEXT NOT NULL,
  list_id     INTEGER REFERENCES lists (id),
  sources     TEXT NOT NULL, -- JSON array of file names
  summary     TEXT NOT NULL DEFAULT '{}' -- JSON counts
);

CREATE TABLE provenance (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER NOT NULL REFERENCES ingest_runs (id),
  paper_id    INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  fact        TEXT NOT NULL, -- listed_in | title | date | link | author …
  value       TEXT NOT NULL,
  source_file TEXT NOT NULL,
  source_line INTEGER
);
CREATE INDEX provenance_paper ON provenance (paper_id);
CREATE UNIQUE INDEX provenance_fact ON provenance (paper_id, fact, value, source_file, ifnull(source_line, 0));

-- What each run changed, per paper: added | removed | updated.
CREATE TABLE ingest_changes (
  run_id   INTEGER NOT NULL REFERENCES ingest_runs (id),
  paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  change   TEXT NOT NULL,
  detail   TEXT,
  PRIMARY KEY (run_id, paper_id, change)
) WITHOUT ROWID;

-- Warnings and skipped entries a run reported, kept so they can be reviewed later.
CREATE TABLE ingest_findings (
  id       INTEGER PRIMARY KEY,
  run_id   INTEGER NOT NULL REFERENCES ingest_runs (id),
  severity TEXT NOT NULL, -- warning | skipped
  code     TEXT NOT NULL,
  location TEXT NOT NULL,
  message  TEXT NOT NULL
);

-- Two sources disagree about one fact of one paper; both values are kept, neither wins silently.
CREATE TABLE conflicts (
  id          INTEGER PRIMARY KEY,
  paper_id    INTEGER REFERENCES papers (id) ON DELETE CASCADE,
  field       TEXT NOT NULL,
  kept_value  TEXT,
  other_value TEXT NOT NULL,
  kept_source TEXT,
  other_source TEXT NOT NULL,
  run_id      INTEGER NOT NULL REFERENCES ingest_runs (id),
  UNIQUE (paper_id, field, other_value, other_source)
);

-- Small key/value state: the content version that stamps the saved search index.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- The serialised minisearch index, valid while its content_version matches meta's.
CREATE TABLE search_index (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  content_version INTEGER NOT NULL,
  schema_version  TEXT NOT NULL,
  data            TEXT NOT NULL
);
