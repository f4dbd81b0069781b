import { parseArxivId } from '../../src/model/paper/arxiv-id';
import type { Finding } from '../types';

export interface ArxivBatch {
  /** Ids as queried: bare, or with the version the caller asked for. */
  ids: string[];
  /** The `id_list` query URL; also the cache key of its response. */
  url: string;
}

/** The API answers at most `max_results` entries (default 10), so each query asks for its size. */
export function planArxivBatches(
  ids: string[],
  baseUrl: string,
  batchSize: number,
): { batches: ArxivBatch[]; skipped: Finding[] } {
  const valid: string[] = [];
  const skipped: Finding[] = [];
  ids.forEach((text, index) => {
    const result = parseArxivId(text);
    if (!result.ok) {
      const reason = `"${text}" is not an arXiv id (${result.reason}); it was not queried`;
      skipped.push({ where: `id_list:${index + 1}`, code: 'invalid-arxiv-id', reason });
      return;
    }
    const id = result.version ? `${result.id}v${result.version}` : result.id;
    if (!valid.includes(id)) valid.push(id);
  });
  const batches: ArxivBatch[] = [];
  for (let start = 0; start < valid.length; start += batchSize) {
    const batchIds = valid.slice(start, start + batchSize);
    const query = `id_list=${batchIds.map(encodeURIComponent).join(',')}&max_results=${batchIds.length}`;
    batches.push({ ids: batchIds, url: `${baseUrl}?${query}` });
  }
  return { batches, skipped };
}

/** Ids of a batch that the answer has no entry for (and no error entry explains). */
export function findMissingIds(batch: ArxivBatch, returnedIds: Set<string>): Finding[] {
  return batch.ids
    .filter((id) => !returnedIds.has(id.replace(/v\d+$/, '')))
    .map((id) => ({
      where: batch.url,
      code: 'not-returned',
      reason: `the arXiv API returned no entry for ${id}`,
    }));
}
