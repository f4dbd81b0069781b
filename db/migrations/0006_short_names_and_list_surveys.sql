-- surveygraph schema, version 6: a paper's short name, and the survey each list accompanies.
-- Forward-only, like 0001–0005.

-- The short name lists give a paper apart from its title (`DT`, `GRPO`, `Tree-GRPO`): shown and
-- searchable. Lists set it; metadata records never clear it.
ALTER TABLE papers ADD COLUMN short_name TEXT;
CREATE INDEX papers_short_name ON papers (short_name);

-- The paper a list accompanies (cited in its citation block or linked in its header). It is a
-- paper like any other (exportable, enrichable), but never placed in the list's sections.
ALTER TABLE lists ADD COLUMN survey_paper_id INTEGER REFERENCES papers (id);
