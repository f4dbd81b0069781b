-- surveygraph schema, version 20: each paper's reading order in the lists, kept up to date.
-- Forward-only, like 0001–0019.

-- The default order of `papers` is the order a reader meets them in the lists (the first place a
-- list puts the paper; unlisted papers last). It was computed per page by a correlated subquery
-- over every paper, sorted whole: a full scan for each page at 100k papers. Now it is a column,
-- indexed with the id for paging, and triggers keep it right whatever writes the placements.
ALTER TABLE papers ADD COLUMN list_order INTEGER NOT NULL DEFAULT 1000000000000000000;

UPDATE papers SET list_order = coalesce(
  (SELECT min(s.position * 100000 + ps.position) FROM paper_sections ps
   JOIN sections s ON s.id = ps.section_id WHERE ps.paper_id = papers.id),
  1000000000000000000);

CREATE INDEX papers_list_order ON papers (list_order, id);

CREATE TRIGGER paper_sections_list_order_insert AFTER INSERT ON paper_sections BEGIN
  UPDATE papers SET list_order = coalesce(
    (SELECT min(s.position * 100000 + ps.position) FROM paper_sections ps
     JOIN sections s ON s.id = ps.section_id WHERE ps.paper_id = NEW.paper_id),
    1000000000000000000)
  WHERE id = NEW.paper_id;
END;

CREATE TRIGGER paper_sections_list_order_delete AFTER DELETE ON paper_sections BEGIN
  UPDATE papers SET list_order = coalesce(
    (SELECT min(s.position * 100000 + ps.position) FROM paper_sections ps
     JOIN sections s ON s.id = ps.section_id WHERE ps.paper_id = OLD.paper_id),
    1000000000000000000)
  WHERE id = OLD.paper_id;
END;

CREATE TRIGGER paper_sections_list_order_update AFTER UPDATE ON paper_sections BEGIN
  UPDATE papers SET list_order = coalesce(
    (SELECT min(s.position * 100000 + ps.position) FROM paper_sections ps
     JOIN sections s ON s.id = ps.section_id WHERE ps.paper_id = papers.id),
    1000000000000000000)
  WHERE id IN (OLD.paper_id, NEW.paper_id);
END;

CREATE TRIGGER sections_list_order_update AFTER UPDATE OF position ON sections
WHEN OLD.position IS NOT NEW.position BEGIN
  UPDATE papers SET list_order = coalesce(
    (SELECT min(s.position * 100000 + ps.position) FROM paper_sections ps
     JOIN sections s ON s.id = ps.section_id WHERE ps.paper_id = papers.id),
    1000000000000000000)
  WHERE id IN (SELECT paper_id FROM paper_sections WHERE section_id = NEW.id);
END;
