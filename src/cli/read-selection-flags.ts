import type { ExportSelection } from '../model/export-selection';
import { parseExportPaperRef } from '../model/export-selection';
import { parsePaperFilterJson } from '../model/paper-filter-json';
import { UsageError } from './io';
import { readWholeNumber } from './read-whole-number';

/** The selection flags a command takes; none of them means every paper. */
export interface SelectionFlags {
  collection?: string;
  search?: string;
  limit?: string;
  filter?: string;
  ids?: string[];
}

/** Reads the selection flags; a clear UsageError for a mix that makes no sense or bad JSON. */
export function readSelectionFlags(flags: SelectionFlags): ExportSelection {
  const named = [flags.collection, flags.search, flags.ids].filter((flag) => flag !== undefined);
  if (named.length > 1 || (flags.filter !== undefined && (flags.collection || flags.ids))) {
    throw new UsageError(
      'give one of --collection, --search, --filter or --ids (--filter may narrow --search)',
    );
  }
  if (flags.limit !== undefined && flags.search === undefined) {
    throw new UsageError('--limit applies to --search only');
  }
  const filter = flags.filter === undefined ? {} : readFilter(flags.filter);
  if (flags.search !== undefined) {
    return { kind: 'search', query: flags.search, filter, limit: readLimit(flags.limit) };
  }
  if (flags.collection !== undefined) return { kind: 'collection', name: flags.collection };
  if (flags.ids !== undefined) return { kind: 'papers', refs: flags.ids.map(parseExportPaperRef) };
  return flags.filter === undefined ? { kind: 'all' } : { kind: 'filter', filter };
}

function readFilter(text: string) {
  const parsed = parsePaperFilterJson(text);
  if (!parsed.ok) throw new UsageError(`--filter: ${parsed.message}`);
  return parsed.filter;
}

function readLimit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return readWholeNumber('--limit', text);
}
