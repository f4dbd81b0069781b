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
