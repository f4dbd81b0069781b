-- surveygraph schema, version 21: the saved search index is stored in parts.
-- Forward-only, like 0001–0020.

-- The index was one JSON text (127 MB at 100k papers): writing it meant holding minisearch's whole
-- toJSON() object tree and the string at once, about 0.9 GB on top of the index itself. Now
-- search_index.data holds everything but the terms, and the terms are saved a few thousand at a
-- time, in order, as JSON arrays of minisearch's serialised [term, field data] pairs.
CREATE TABLE search_index_parts (
  part INTEGER PRIMARY KEY,
  data TEXT NOT NULL
);

-- An index saved whole (its terms inside data) is not read any more; it is derived, and the next
-- open rebuilds and saves it in parts.
DELETE FROM search_index;
