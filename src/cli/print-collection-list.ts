import { countPapersByCollectionIds, listCollections } from '../store/collection.store';
import type { Db } from '../store/database';
import type { CliIo } from './io';

/** `collection list`: every collection with its size, as text or JSON. */
export function printCollectionList(db: Db, io: CliIo, json: boolean): void {
  const collections = listCollections(db);
  const counts = countPapersByCollectionIds(
    db,
    collections.map((c) => c.id),
  );
  if (json) {
    return io.out(
      JSON.stringify(
        collections.map((c, i) => ({ ...c, paperCount: counts[i] })),
        null,
        2,
      ),
    );
  }
  if (collections.length === 0)
    return io.out('no collections yet (create one with `surveygraph collection create NAME`)');
  collections.forEach((c, i) => {
    io.out(
      `${String(counts[i]).padStart(4)}  ${c.name}${c.description ? ` — ${c.description}` : ''}`,
    );
  });
}
