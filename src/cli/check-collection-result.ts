import type { CollectionFailure } from '../model/curation/collection';
import type { PaperRef } from '../model/selection/paper-selection';
import { describePaperRef } from '../model/selection/paper-selection';
import { UsageError } from './io';

/** Returns a successful result; a failure is input the user must fix: a one-line error, exit 2. */
export function checkCollectionResult<T extends { ok: true }>(
  result: T | CollectionFailure,
  name: string,
): T {
  if (result.ok) return result;
  throw new UsageError(describeFailure(result, name));
}

function describeFailure(failure: CollectionFailure, name: string): string {
  const list = (refs: PaperRef[]) => refs.map(describePaperRef).join(', ');
  switch (failure.reason) {
    case 'collection_not_found':
      return `no collection named "${name}"`;
    case 'duplicate_name':
      return `a collection named "${failure.name}" already exists (names are compared ignoring case)`;
    case 'invalid_input':
      return failure.message;
    case 'unknown_papers':
      return `no paper in the database matches ${list(failure.missing)}; nothing was changed`;
    case 'not_in_collection':
      return `not in "${name}": ${list(failure.missing)}; nothing was changed`;
  }
}
