import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExportKind, ExportRequest } from '../service/export-papers';
import { exportPapers } from '../service/export-papers';
import { exportFormatNames } from '../export/export-file-types';
import { citationStyles } from '../export/citation-styles';
import type { MarkdownGroupBy } from '../export/format-markdown';
import { describeSelectionFailure } from '../model/selection/paper-selection';
import type { CliIo } from './io';
import { UsageError } from './io';
import { openGraph } from './open-graph';
import { resolveDbPath } from './paths';
import type { SelectionFlags } from './read-selection-flags';
import { readExportSelection } from './read-selection-flags';

interface ExportFlags extends SelectionFlags {
  format: string;
  style?: string;
  html?: boolean;
  groupBy?: string;
  abstracts?: boolean;
  bom?: boolean;
  output?: string;
  db?: string;
}

const KINDS: readonly ExportKind[] = [...exportFormatNames, 'citations'];
const GROUPS: readonly MarkdownGroupBy[] = ['section', 'pillar', 'year', 'venue', 'none'];

export function registerExportCommand(program: Command, io: CliIo): void {
  program
    .command('export')
    .description(
      'Export papers (default: all) as BibTeX, BibLaTeX, CSL-JSON, RIS, CSV, JSON, Markdown or formatted citations',
    )
    .argument('[papers...]', 'papers by arXiv id, paper key (doi:…, url:…) or citation key')
    .option('-f, --format <format>', `${KINDS.join(' | ')}`, 'bibtex')
    .option(
      '--style <style>',
      `with --format citations: ${citationStyles.join(' | ')} (default apa)`,
    )
    .option('--html', 'with --format citations: HTML instead of plain text')
    .option('--collection <name>', 'the papers of a collection, in its order')
    .option('--search <words>', 'the hits of a full-text search, best first')
    .option('--limit <n>', 'with --search: at most this many papers (after --filter)')
    .option(
      '--filter <json>',
      'every paper a filter matches, e.g. \'{"pillars":["visual-generation"]}\'',
    )
    .option('--ids <ids...>', 'papers by arXiv id, paper key (doi:…, url:…) or citation key')
    .option('--group-by <by>', `with --format markdown: ${GROUPS.join(' | ')} (default section)`)
    .option('--abstracts', 'include abstracts where the format has a field for them')
    .option('--bom', 'with --format csv: start with a UTF-8 byte order mark (for Excel)')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .option('--db <path>', 'database file')
    .action((papers: string[], flags: ExportFlags) => runExport(papers, flags, io));
}

async function runExport(papers: string[], flags: ExportFlags, io: CliIo): Promise<void> {
  const request: ExportRequest = {
    ...readFormatFlags(flags),
    selection: readExportSelection(papers, flags),
  };
  const graph = openGraph(resolveDbPath(flags.db, io));
  try {
    const outcome = await exportPapers(graph, request);
    if (!outcome.ok) throw new UsageError(describeSelectionFailure(outcome));
    const { text, paperCount, format } = outcome.document;
    const papers = `${paperCount} paper${paperCount === 1 ? '' : 's'}`;
    if (flags.output !== undefined) {
      const path = resolve(io.cwd, flags.output);
      writeFileSync(path, text);
      io.err(`wrote ${papers} to ${path} (${format})`);
    } else if (text !== '') {
      io.out(text);
    }
    if (paperCount === 0) io.err('surveygraph: the selection holds no papers');
  } finally {
    graph.db.close();
  }
}

function readFormatFlags(flags: ExportFlags): Omit<ExportRequest, 'selection'> {
  const format = oneOf('--format', flags.format, KINDS);
  if (flags.groupBy !== undefined && format !== 'markdown') {
    throw new UsageError('--group-by applies to --format markdown only');
  }
  if (flags.bom && format !== 'csv') throw new UsageError('--bom applies to --format csv only');
  if ((flags.style !== undefined || flags.html) && format !== 'citations') {
    throw new UsageError('--style and --html apply to --format citations only');
  }
  return {
    format,
    style: flags.style === undefined ? undefined : oneOf('--style', flags.style, citationStyles),
    citationFormat: format === 'citations' ? (flags.html ? 'html' : 'text') : undefined,
    groupBy: flags.groupBy === undefined ? undefined : oneOf('--group-by', flags.groupBy, GROUPS),
    includeAbstracts: flags.abstracts ?? false,
    bom: flags.bom ?? false,
  };
}

function oneOf<T extends string>(flag: string, value: string, known: readonly T[]): T {
  if ((known as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown ${flag} "${value}"; use one of ${known.join(', ')}`);
}
