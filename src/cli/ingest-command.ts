import type { Command } from 'commander';
import { ingestSurveyList } from '../../ingest/pipeline';
import type { IngestSummary } from '../../ingest/pipeline';
import { PaperIndex } from '../search/paper-index';
import { openDatabase } from '../store/database';
import type { CliIo } from './io';
import { UsageError } from './io';
import { loadOntology, pillarsOf } from './ontology-files';
import type { ParsedListInput } from './parse-inputs';
import { parseListInput } from './parse-inputs';
import { resolveDbPath } from './paths';
import { createProgress } from './progress';
import { formatIngestSummary } from './format-summary';

interface IngestOptions {
  db?: string;
  format?: string;
  list?: string;
  strict?: boolean;
  verbose?: boolean;
  json?: boolean;
}

export function registerIngestCommand(program: Command, io: CliIo): void {
  program
    .command('ingest')
    .description('Parse lists (awesome-list markdown, a corpus folder) and write them into the database in one transaction')
    .argument('<files...>', 'files or corpus folders to ingest, oldest version first')
    .option('--format <format>', 'input format: awesome | corpus (default: from the extension or folder)')
    .option('--list <name>', 'the list these files are versions of (default: from the file name)')
    .option('--strict', 'fail, writing nothing, when any entry had to be skipped')
    .option('--verbose', 'print every warning and skipped entry')
    .option('--json', 'print the summaries as JSON')
    .option('--db <path>', 'database file')
    .action((files: string[], options: IngestOptions) => {
      const summaries = ingestFiles(files, options, io);
      if (options.json) io.out(JSON.stringify(summaries, null, 2));
    });
}

/** Parses every input first (so a bad file writes nothing), then writes them all in one transaction. */
export function ingestFiles(files: string[], options: IngestOptions, io: CliIo): IngestSummary[] {
  const inputs = files.map((file) => parseListInput(file, { format: options.format, listName: options.list }));
  if (options.strict) rejectSkipped(inputs);
  const pillars = pillarsOf(loadOntology());
  const db = openDatabase(resolveDbPath(options.db, io));
  try {
    const summaries = db.transaction(() =>
      inputs.map((input) => {
        const progress = createProgress(io, `ingest ${input.listName}`);
        try {
          return ingestSurveyList(db, input.list, {
            listName: input.listName,
            format: input.format,
            sources: [input.path],
            pillars,
            sectionPillars: input.sectionPillars,
            parserFindings: { skipped: input.skipped, warnings: input.warnings },
            onProgress: progress.update,
          });
        } finally {
          progress.stop();
        }
      }),
    )();
    PaperIndex.open(db);
    if (!options.json) summaries.forEach((s, i) => io.out(formatIngestSummary(s, inputs[i]!.path, options.verbose ?? false)));
    return summaries;
  } finally {
    db.close();
  }
}

function rejectSkipped(inputs: readonly ParsedListInput[]): void {
  const skipped = inputs.flatMap((input) => input.skipped);
  if (skipped.length === 0) return;
  const lines = skipped.map((f) => `  ${f.where} ${f.code}: ${f.reason}`);
  throw new UsageError(`--strict: ${skipped.length} entries were skipped; nothing was written\n${lines.join('\n')}`);
}
