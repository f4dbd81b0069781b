import type { Command } from 'commander';
import { saveIndexForNewContent } from './save-index';
import { bumpContentVersion } from '../store/meta.store';
import { listListNames, removeList } from '../store/list.store';
import { openDatabase } from '../store/database';
import type { CliIo } from './io';
import { UsageError } from './io';
import { resolveDbPath } from './paths';
import { plural } from './plural';

export function registerListCommand(program: Command, io: CliIo): void {
  const list = program.command('list').description('Manage the ingested lists');
  list
    .command('remove')
    .description(
      'Remove a list: its sections and placements. Papers, their facts and collections stay (papers in no other list become unlisted).',
    )
    .argument('<name>', 'the list name, as given to `ingest --list`')
    .option('--db <path>', 'database file')
    .action((name: string, options: { db?: string }) => {
      const db = openDatabase(resolveDbPath(options.db, io));
      try {
        const removed = db.transaction(() => {
          const result = removeList(db, name);
          if (result) bumpContentVersion(db);
          return result;
        })();
        if (!removed) {
          const names = listListNames(db);
          throw new UsageError(
            `no list named "${name}"${names.length ? `; lists: ${names.join(', ')}` : ''}`,
          );
        }
        saveIndexForNewContent(db);
        io.out(
          `removed list "${name}": ${plural(removed.sections, 'section')}, ${plural(removed.placements, 'placement')}; ${plural(removed.papersNowUnlisted, 'paper')} now in no list (kept, with collections)`,
        );
      } finally {
        db.close();
      }
    });
}
