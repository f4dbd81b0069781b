-- surveygraph schema, version 4: evidence for the links between papers and ontology entities.
-- Forward-only, like 0001–0003.

-- A link from the tagger says where it was found; a curated override says why it was added.
-- `note` is the override's reason (null for links the tagger made on its own).
ALTER TABLE paper_entities ADD COLUMN note TEXT;

-- The occurrence a tagger link rests on: which field of the paper, the text matched, its offsets
-- into that field (end exclusive) and the rule that fired. At most one per link (the strongest);
-- a link added by an override alone has none. Goes when its link goes.
CREATE TABLE paper_entity_evidence (
  paper_id     INTEGER NOT NULL,
  entity_id    INTEGER NOT NULL,
  relation     TEXT NOT NULL,
  field        TEXT NOT NULL, -- title | abstract | bibtex.<field>
  matched_text TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  rule         TEXT NOT NULL, -- exact-alias | phrase-alias | title-head | abstract-proposal …
  PRIMARY KEY (paper_id, entity_id, relation),
  FOREIGN KEY (paper_id, entity_id, relation)
    REFERENCES paper_entities (paper_id, entity_id, relation) ON DELETE CASCADE
) WITHOUT ROWID;

-- Walking a family tree downwards (GRPO → Flow-GRPO → TempFlow-GRPO) starts from the parent.
CREATE INDEX entity_relations_to ON entity_relations (to_id, relation);
