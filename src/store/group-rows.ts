/** Groups rows by a numeric key into lists, keeping row order; keys with no rows get []. */
export function groupRowsBy<Row, Value>(
  keys: readonly number[],
  rows: readonly Row[],
  keyOf: (row: Row) => number,
  valueOf: (row: Row) => Value,
): Value[][] {
  const groups = new Map<number, Value[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(valueOf(row));
  return keys.map((key) => groups.get(key) ?? []);
}

export function jsonIds(ids: readonly number[]): string {
  return JSON.stringify(ids);
}

/** One value per key, in key order (undefined where no row has that key): `listXByIds` order. */
export function orderRowsByIds<Row, Value, Key = number>(
  keys: readonly Key[],
  rows: readonly Row[],
  keyOf: (row: Row) => Key,
  valueOf: (row: Row) => Value,
): (Value | undefined)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), valueOf(row)]));
  return keys.map((key) => byKey.get(key));
}

/** The `n` of each id's row, in id order; 0 where no row has that id. */
export function countsByIds(
  ids: readonly number[],
  rows: readonly { id: number; n: number }[],
): number[] {
  return orderRowsByIds(
    ids,
    rows,
    (row) => row.id,
    (row) => row.n,
  ).map((n) => n ?? 0);
}
