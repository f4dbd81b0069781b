import type { Db } from './database';
import { orderRowsByIds } from './group-rows';

/** A venue as papers name it; spellings that differ only in case are one venue. */
export interface Venue {
  /** Lower-cased name: the venue's identity. */
  key: string;
  /** The most common spelling among its papers. */
  name: string;
  paperCount: number;
}

interface VenueRow {
  key: string;
  name: string;
  paper_count: number;
}

export function rowToVenue(row: VenueRow): Venue {
  return { key: row.key, name: row.name, paperCount: row.paper_count };
}

export type VenueOrder = 'NAME' | 'PAPER_COUNT';

// Per venue key: the paper count and the spelling most papers use (ties: alphabetical).
const VENUES = `WITH spellings AS (
    SELECT lower(venue) AS key, venue AS name, count(*) AS n FROM papers
    WHERE venue IS NOT NULL AND venue <> '' GROUP BY venue),
  venues AS (
    SELECT key, (SELECT s2.name FROM spellings s2 WHERE s2.key = s.key
      ORDER BY s2.n DESC, s2.name LIMIT 1) AS name, sum(n) AS paper_count
    FROM spellings s GROUP BY key)`;

/** Every venue papers name, with its paper count. */
export function listVenues(db: Db, order: VenueOrder): Venue[] {
  const orderBy =
    order === 'NAME' ? 'name COLLATE NOCASE' : 'paper_count DESC, name COLLATE NOCASE';
  const rows = db.prepare(`${VENUES} SELECT * FROM venues ORDER BY ${orderBy}`).all() as VenueRow[];
  return rows.map(rowToVenue);
}

/** Venues by key (case-insensitive name), in key order; undefined where no paper names it. */
export function listVenuesByKeys(db: Db, keys: readonly string[]): (Venue | undefined)[] {
  const rows = db
    .prepare(`${VENUES} SELECT * FROM venues WHERE key IN (SELECT lower(value) FROM json_each(?))`)
    .all(JSON.stringify(keys)) as VenueRow[];
  const lowered = keys.map((key) => key.toLowerCase());
  return orderRowsByIds(lowered, rows, (row) => row.key, rowToVenue);
}
