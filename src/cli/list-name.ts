import { basename, dirname } from 'node:path';

/**
 * A list's name across versions when the user gives none: the file name without extension and
 * without a `.YYYY-MM-DD.<commit>` snapshot suffix; a bare README is named after its folder.
 */
export function defaultListName(path: string): string {
  const stem = basename(path)
    .replace(/\.(md|markdown)$/i, '')
    .replace(/\.\d{4}-\d{2}-\d{2}(\.[0-9a-f]+)?$/i, '');
  const name = /^readme$/i.test(stem) ? basename(dirname(path)) : stem;
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'list'
  );
}
