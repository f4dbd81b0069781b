import type { Section } from '../model/paper/paper';
import type { Db } from './database';
import { countsByIds, groupRowsBy, jsonIds, orderRowsByIds } from './group-rows';

export const PATH_SEPARATOR = ' / ';

interface SectionRow {
  id: number;
  list_id: number;
  parent_id: number | null;
  name: string;
  path: string;
  depth: number;
  position: number;
  pillar_id: number | null;
  pillar_slug: string | null;
}

export function rowToSection(row: SectionRow): Section {
  return {
    id: row.id,
    listId: row.list_id,
    parentId: row.parent_id,
    name: row.name,
    path: row.path.split(PATH_SEPARATOR),
    depth: row.depth,
    position: row.position,
    pillarId: row.pillar_id,
    pillarSlug: row.pillar_slug,
  };
}

const COLUMNS = `s.id, s.list_id, s.parent_id, s.name, s.path, s.depth, s.position, s.pillar_id,
  (SELECT slug FROM entities e WHERE e.id = s.pillar_id) AS pillar_slug`;

export function listSectionsByIds(db: Db, ids: readonly number[]): (Section | undefined)[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM sections s WHERE s.id IN (SELECT value FROM json_each(?))`)
    .all(jsonIds(ids)) as SectionRow[];
  return orderRowsByIds(ids, rows, (row) => row.id, rowToSection);
}

export function listSectionsByPaperIds(db: Db, paperIds: readonly number[]): Section[][] {
  const rows = db
    .prepare(
      `SELECT ps.paper_id, ${COLUMNS} FROM paper_sections ps JOIN sections s ON s.id = ps.section_id
       WHERE ps.paper_id IN (SELECT value FROM json_each(?)) ORDER BY ps.paper_id, s.position`,
    )
    .all(jsonIds(paperIds)) as (SectionRow & { paper_id: number })[];
  return groupRowsBy(paperIds, rows, (row) => row.paper_id, rowToSection);
}

/** Papers listed in each section or below it (a paper counts once per section). */
export function countPapersBySectionIds(db: Db, ids: readonly number[]): number[] {
  const rows = db
    .prepare(
      `SELECT top.id AS id, count(DISTINCT ps.paper_id) AS n FROM sections top
       JOIN sections s ON s.list_id = top.list_id AND (s.path = top.path OR s.path LIKE top.path || ' / %')
       JOIN paper_sections ps ON ps.section_id = s.id
       WHERE top.id IN (SELECT value FROM json_each(?)) GROUP BY top.id`,
    )
    .all(jsonIds(ids)) as { id: number; n: number }[];
  return countsByIds(ids, rows);
}

export interface SectionFields {
  listId: number;
  parentId: number | null;
  name: string;
  path: string[];
  position: number;
  pillarId: number | null;
}

/** Creates or refreshes a section, identified by its list and path; returns its id. */
export function upsertSection(db: Db, fields: SectionFields): number {
  const params = {
    ...fields,
    path: fields.path.join(PATH_SEPARATOR),
    depth: fields.path.length - 1,
  };
  return db
    .prepare(
      `INSERT INTO sections (list_id, parent_id, name, path, depth, position, pillar_id, listed)
       VALUES (@listId, @parentId, @name, @path, @depth, @position, @pillarId, 1)
       ON CONFLICT (list_id, path) DO UPDATE SET parent_id = excluded.parent_id,
         position = excluded.position, pillar_id = excluded.pillar_id, listed = 1
       RETURNING id`,
    )
    .pluck()
    .get(params) as number;
}

/** Marks the list's sections that are not in `keepIds` as no longer listed. */
export function unlistSectionsExcept(db: Db, listId: number, keepIds: readonly number[]): number {
  return db
    .prepare(
      `UPDATE sections SET listed = 0 WHERE list_id = ? AND listed = 1
       AND id NOT IN (SELECT value FROM json_each(?))`,
    )
    .run(listId, jsonIds(keepIds)).changes;
}

export interface Placement {
  paperId: number;
  sectionId: number;
  position: number;
}

export function listPlacementsOfList(db: Db, listId: number): Placement[] {
  return db
    .prepare(
      `SELECT ps.paper_id AS paperId, ps.section_id AS sectionId, ps.position FROM paper_sections ps
       JOIN sections s ON s.id = ps.section_id WHERE s.list_id = ?`,
    )
    .all(listId) as Placement[];
}

export function deletePlacement(db: Db, paperId: number, sectionId: number): void {
  db.prepare('DELETE FROM paper_sections WHERE paper_id = ? AND section_id = ?').run(
    paperId,
    sectionId,
  );
}

export function upsertPlacement(db: Db, placement: Placement): boolean {
  return (
    db
      .prepare(
        `INSERT INTO paper_sections (paper_id, section_id, position) VALUES (@paperId, @sectionId, @position)
         ON CONFLICT DO UPDATE SET position = excluded.position WHERE position <> excluded.position`,
      )
      .run(placement).changes > 0
  );
}

export function listChildSectionsByIds(db: Db, parentIds: readonly number[]): Section[][] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM sections s WHERE s.listed = 1
       AND s.parent_id IN (SELECT value FROM json_each(?)) ORDER BY s.position`,
    )
    .all(jsonIds(parentIds)) as SectionRow[];
  return groupRowsBy(parentIds, rows, (row) => row.parent_id!, rowToSection);
}

export function listRootSections(db: Db, listName?: string): Section[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM sections s JOIN lists l ON l.id = s.list_id
       WHERE s.listed = 1 AND s.parent_id IS NULL AND (@listName IS NULL OR l.name = @listName)
       ORDER BY s.list_id, s.position`,
    )
    .all({ listName: listName ?? null }) as SectionRow[];
  return rows.map(rowToSection);
}
