import type { Collection } from '../model/curation/collection';
import { listCollectionEntries } from '../store/collection-paper.store';
import { listSourcesByCollectionIds } from '../store/collection.store';
import type { Db } from '../store/database';
import { listPapersByIds } from '../store/paper.store';
import type { CliIo } from './io';
import { plural } from './plural';

/** `collection show`: its sources, then its papers in order with notes and tags. */
export function printCollection(db: Db, collection: Collection, io: CliIo, json: boolean): void {
  const entries = listCollectionEntries(db, collection.id, { limit: -1, offset: 0 });
  const papers = listPapersByIds(
    db,
    entries.map((entry) => entry.paperId),
  );
  const sources = listSourcesByCollectionIds(db, [collection.id])[0]!;
  const items = entries.map(({ collectionId: _c, paperId: _p, ...entry }, i) => ({
    ...entry,
    paper: papers[i]!,
  }));
  if (json) return io.out(JSON.stringify({ ...collection, sources, papers: items }, null, 2));
  io.out(`${collection.name} (${plural(entries.length, 'paper')})`);
  if (collection.description) io.out(collection.description);
  for (const source of sources) {
    const what = source.kind === 'search' ? `search "${source.query}"` : 'filter';
    const filter = Object.keys(source.filter).length ? ` ${JSON.stringify(source.filter)}` : '';
    io.out(
      `  from ${what}${filter}: matched ${plural(source.paperCount, 'paper')} on ${source.addedAt.slice(0, 10)}`,
    );
  }
  for (const { position, paper, note, tags, listed } of items) {
    const id = paper.arxivId ? `arXiv:${paper.arxivId}` : paper.key;
    const meta = [paper.year, paper.venue].filter(Boolean).join(', ');
    io.out(
      `${String(position).padStart(3)}. ${paper.title}${meta ? ` (${meta})` : ''} ${id}${listed ? '' : ' [no longer listed]'}`,
    );
    if (tags.length) io.out(`     tags: ${tags.join(', ')}`);
    if (note) io.out(`     note: ${note}`);
  }
}
