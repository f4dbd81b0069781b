import { PaperIndex } from '../search/paper-index';
import type { Db } from '../store/database';
import { limitHeapGrowth } from './limit-heap-growth';

/**
 * Builds and saves the search index for content a command just wrote, so the next command (or
 * the server) reuses it. Building the index is a command's memory peak at scale, hence the
 * heap-growth limit an ingest sets too.
 */
export function saveIndexForNewContent(db: Db): void {
  limitHeapGrowth();
  PaperIndex.open(db);
}
