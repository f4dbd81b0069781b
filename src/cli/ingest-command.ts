import type { Command } from 'commander';
import { ingestSurveyList } from '../../ingest/pipeline/ingest-list';
import type { IngestSummary } from '../../ingest/pipeline/ingest-list';
import { PaperIndex } from '../search/paper-index';
import { openDatabase } from '../store/database';
import { refuseInputsUnderstoodTooLittle, refuseShrinkingList } from './check-ingest-inputs';
import type { CliIo } from './io';
import { UsageError } from './io';
import { loadOntology, pillarsOf } from '../service/ontology-files';
import type { ParsedInput } from './parse-inputs';
import { parseInput } from './parse-inputs';
import { resolveDbPath } from './paths';
import { createProgress } from './progress';
import { formatIngestSummary, formatRecordsSummary } from './format-summary';
import { basename } from 'node:path';
import type { RecordsSummary } from '../../ingest/pipeline/ingest-records';
import { ingestPaperRecords } from '../../ingest/pipeline/ingest-records';
import { assignMissingCitationKeys } from '../../ingest/pipeline/assign-citation-keys';
import { importEntityLinks } from '../../ingest/pipeline/import-entity-links';
import { linkPapersToOntology } from '../../ingest/pipeline/link-entities';
import { formatLinkSummary } from './format-link-summary';
import { loadEntityLinkOverrides } from '../service/override-files';
import type { EntityLinkOverride } from '../model/ontology/entity-link-overrides';
import type { OntologyEntity } from '../model/ontology/ontology';
import type { Db } from '../store/database';
import type { CitationsSummary } from '../../ingest/pipeline/ingest-citations';
import { ingestCitations } from '../../ingest/pipeline/ingest-citations';
import { linkWaitingWorks } from '../../ingest/pipeline/resolve-works';
import { formatCitationsSummary } from './format-citations-summary';
import { INPUT_FORMATS } from './detect-format';
import { limitHeapGrowth } from './limit-heap-growth';

interface IngestOptions {
  db?: string;
  format?: string;
  list?: string;
  strict?: boolean;
  verbose?: boolean;
  json?: boolean;
  enrichOnly?: boolean;
  referencesOf?: string;
  citationsOf?: string;
  allowShrink?: boolean;
}

export function registerIngestCommand(program: Command, io: CliIo): void {
  program
    .command('ingest')
    .description(
      'Parse lists (awesome-list markdown, a corpus folder) and paper metadata (BibTeX, JSON Lines, arXiv Atom) and write them into the database in one transaction',
    )
    .argument('<files...>', 'files or corpus folders to ingest, oldest version first')
    .option(
      '--format <format>',
      `input format: ${INPUT_FORMATS.join(' | ')} (default: citation formats from the content, else the extension or folder)`,
    )
    .option('--list <name>', 'the list these files are versions of (default: from the file name)')
    .option(
      '--enrich-only',
      'metadata records only fill in papers already in the graph; unmatched ones are reported',
    )
    .option(
      '--references-of <paper>',
      "the file is this paper's bibliography (BibTeX) or its Semantic Scholar /references (arXiv id or DOI)",
    )
    .option(
      '--citations-of <paper>',
      'the file is Semantic Scholar /citations of this paper (arXiv id or DOI)',
    )
    .option('--strict', 'fail, writing nothing, when any entry had to be skipped')
    .option(
      '--allow-shrink',
      'accept a list version that removes more than half of the papers the list held',
    )
    .option('--verbose', 'print every warning and skipped entry')
    .option('--json', 'print the summaries as JSON')
    .option('--db <path>', 'database file')
    .action((files: string[], options: IngestOptions) => {
      limitHeapGrowth();
      const summaries = ingestFiles(files, options, io);
      if (options.json) io.out(JSON.stringify(summaries, null, 2));
    });
}

export type IngestResult =
  | { kind: 'list'; path: string; summary: IngestSummary }
  | { kind: 'records'; path: string; summary: RecordsSummary }
  | { kind: 'citations'; path: string; summary: CitationsSummary };

/** Parses every input first (so a bad file writes nothing), then writes them all in one transaction. */
export function ingestFiles(files: string[], options: IngestOptions, io: CliIo): IngestResult[] {
  const { db, results, links } = parseAndWrite(files, options, io);
  try {
    PaperIndex.open(db);
    if (!options.json) {
      for (const result of results) io.out(formatResult(result, options.verbose ?? false));
      io.out(formatLinkSummary(links));
    }
    return results;
  } finally {
    db.close();
  }
}

/**
 * The parsed inputs live only in this call, so they are garbage before the search index is built
 * (setting a variable to undefined was not enough: the caller's frame still held them).
 */
function parseAndWrite(files: string[], options: IngestOptions, io: CliIo) {
  const inputs = parseInputs(files, options);
  const ontology = loadOntology();
  const overrides = loadEntityLinkOverrides(ontology);
  const db = openDatabase(resolveDbPath(options.db, io));
  try {
    return { db, ...writeInputs(db, inputs, { ontology, overrides }, options, io) };
  } catch (error) {
    db.close();
    throw error;
  }
}

function parseInputs(files: string[], options: IngestOptions): ParsedInput[] {
  const inputs = files.map((file) =>
    parseInput(file, {
      format: options.format,
      listName: options.list,
      subject: { referencesOf: options.referencesOf, citationsOf: options.citationsOf },
    }),
  );
  refuseInputsUnderstoodTooLittle(inputs);
  if (options.strict) rejectLowCoverage(inputs);
  if (options.strict) rejectSkipped(inputs);
  return inputs;
}

function writeInputs(
  db: Db,
  inputs: readonly ParsedInput[],
  { ontology, overrides }: { ontology: OntologyEntity[]; overrides: EntityLinkOverride[] },
  options: IngestOptions,
  io: CliIo,
) {
  const pillars = pillarsOf(ontology);
  return db.transaction(() => ({
    results: inputs.flatMap((input) => writeInput(db, input, pillars, options, io)),
    links: linkPapersToOntology(db, ontology, overrides),
    waitingWorksLinked: linkWaitingWorks(db),
    keys: assignMissingCitationKeys(db, new Date().toISOString()),
  }))();
}

function writeInput(
  db: Db,
  input: ParsedInput,
  pillars: OntologyEntity[],
  options: IngestOptions,
  io: CliIo,
): IngestResult[] {
  const progress = createProgress(io, `ingest ${basename(input.path)}`);
  const parserFindings = { skipped: input.skipped, warnings: input.warnings };
  try {
    if (input.kind === 'citations') {
      const summary = ingestCitations(db, input.records, {
        format: input.format,
        sources: [input.path],
        parserFindings,
        onProgress: progress.update,
      });
      return [{ kind: 'citations', path: input.path, summary }];
    }
    if (input.kind === 'records') {
      const summary = ingestPaperRecords(db, input.records, {
        format: input.format,
        sources: [input.path],
        createMissing: !options.enrichOnly,
        parserFindings,
        onProgress: progress.update,
      });
      return [{ kind: 'records', path: input.path, summary }];
    }
    const summary = ingestSurveyList(db, input.list, {
      listName: input.listName,
      format: input.format,
      sources: [input.path],
      pillars,
      sectionPillars: input.sectionPillars,
      parserFindings,
      onProgress: progress.update,
    });
    refuseShrinkingList(summary, input.path, options.allowShrink ?? false);
    const results: IngestResult[] = [{ kind: 'list', path: input.path, summary }];
    if (input.records?.length) {
      const records = ingestPaperRecords(db, input.records, {
        format: `${input.format}-metadata`,
        sources: [input.path],
        createMissing: true,
      });
      results.push({ kind: 'records', path: input.path, summary: records });
    }
    if (input.entityLinks?.length) importEntityLinks(db, input.entityLinks, basename(input.path));
    return results;
  } finally {
    progress.stop();
  }
}

function formatResult(result: IngestResult, verbose: boolean): string {
  if (result.kind === 'citations')
    return formatCitationsSummary(result.summary, result.path, verbose);
  return result.kind === 'list'
    ? formatIngestSummary(result.summary, result.path, verbose)
    : formatRecordsSummary(result.summary, result.path, verbose);
}

/** A list most of whose arXiv links did not become papers must not look like a success. */
function rejectLowCoverage(inputs: readonly ParsedInput[]): void {
  const low = inputs.flatMap((input) => input.warnings.filter((f) => f.code === 'low-coverage'));
  if (low.length === 0) return;
  const lines = low.map((f) => `  ${f.where}: ${f.reason}`);
  throw new UsageError(
    `--strict: lists poorly understood; nothing was written\n${lines.join('\n')}`,
  );
}

function rejectSkipped(inputs: readonly ParsedInput[]): void {
  const skipped = inputs.flatMap((input) => input.skipped);
  if (skipped.length === 0) return;
  const lines = skipped.map((f) => `  ${f.where} ${f.code}: ${f.reason}`);
  throw new UsageError(
    `--strict: ${skipped.length} entries were skipped; nothing was written\n${lines.join('\n')}`,
    1, // findings, not bad usage
  );
}
