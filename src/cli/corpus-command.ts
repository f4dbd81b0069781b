import type { Command } from 'commander';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CORPUS_FILES, CorpusManifest } from '../../ingest/corpus/corpus-format';
import type { CliIo } from './io';
import { UsageError } from './io';
import { parseInput, parseListInput } from './parse-inputs';
import { buildCorpusFiles } from '../service/build-corpus-files';
import { CORPUS_DIR } from '../service/project-paths';

interface CorpusBuildOptions {
  name: string;
  metadata?: string[];
  out?: string;
  repository?: string;
  commit?: string;
  date?: string;
  force?: boolean;
}

export function registerCorpusCommand(program: Command, io: CliIo): void {
  const corpus = program
    .command('corpus')
    .description('Manage the bundled default corpus under db/corpus/');
  corpus
    .command('build')
    .description('Regenerate a corpus folder (facts only) from a newer version of its awesome-list')
    .argument('<list.md>', 'the awesome-list markdown to derive the corpus from')
    .requiredOption('--name <name>', 'corpus (and list) name, e.g. visual-rl')
    .option(
      '--metadata <files...>',
      'paper metadata (JSON Lines, BibTeX, arXiv Atom) whose facts to keep; abstracts are dropped',
    )
    .option('--out <dir>', 'output folder (default: db/corpus/<name>)')
    .option('--repository <repo>', 'upstream repository the list comes from')
    .option('--commit <sha>', 'upstream commit of this version')
    .option('--date <yyyy-mm-dd>', 'date of this version')
    .option('--force', 'write even when the new corpus has fewer entries, records or links')
    .action((file: string, options: CorpusBuildOptions) => buildCorpus(file, options, io));
}

function buildCorpus(file: string, options: CorpusBuildOptions, io: CliIo): void {
  const out = options.out ?? join(CORPUS_DIR, options.name);
  const input = parseListInput(file, { format: 'awesome', listName: options.name });
  const previous = readManifest(out);
  const snapshot = /\.(\d{4}-\d{2}-\d{2})\.([0-9a-f]+)\.md$/i.exec(basename(file));
  const manifest: CorpusManifest = {
    name: options.name,
    title: input.list.title ?? previous?.title ?? options.name,
    description: previous?.description ?? `Papers listed in ${basename(file)}.`,
    upstream: {
      repository: options.repository ?? previous?.upstream.repository ?? 'unknown',
      file:
        previous?.upstream.file ??
        basename(file).replace(/\.\d{4}-\d{2}-\d{2}\.[0-9a-f]+(?=\.md$)/i, ''),
      commit: options.commit ?? snapshot?.[2] ?? previous?.upstream.commit,
      date: options.date ?? snapshot?.[1] ?? previous?.upstream.date,
    },
    survey: input.list.survey,
  };
  const records = (options.metadata ?? []).flatMap((path) => {
    const parsed = parseInput(path, {});
    if (parsed.kind !== 'records')
      throw new UsageError(`${path}: --metadata takes paper metadata files, not lists`);
    return parsed.records;
  });
  manifest.metadata = options.metadata?.map((path) => basename(path)) ?? previous?.metadata;
  const { files, entityLinks } = buildCorpusFiles({
    manifest,
    list: input.list,
    skipped: input.skipped,
    warnings: input.warnings,
    records,
  });
  refuseToShrink(out, files, options);
  mkdirSync(out, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(out, name), text);
  io.out(
    `${out}: ${input.list.entries.length} entries in ${input.list.sections.length} sections (${input.warnings.length} warnings, ${input.skipped.length} skipped), ${records.length} metadata records, ${entityLinks.length} entity links from abstracts`,
  );
}

/** The corpus files whose lines are facts a smaller rebuild would lose. */
const COUNTED = [
  [CORPUS_FILES.entries, 'list entries'],
  [CORPUS_FILES.records, 'metadata records'],
  [CORPUS_FILES.entityLinks, 'entity links'],
] as const;

/**
 * A rebuild that would hold fewer entries, records or entity links than the committed corpus
 * (typically `corpus build` without `--metadata`) is refused unless `--force`, saying what
 * would be lost and how to keep it.
 */
function refuseToShrink(
  out: string,
  files: ReadonlyMap<string, string>,
  options: CorpusBuildOptions,
): void {
  if (options.force) return;
  const lines = (text: string | undefined) =>
    (text ?? '').split('\n').filter((l) => l.trim()).length;
  const losses = COUNTED.flatMap(([file, label]) => {
    const path = join(out, file);
    const before = existsSync(path) ? lines(readFileSync(path, 'utf8')) : 0;
    const after = lines(files.get(file));
    return after < before ? [`${label}: ${before} → ${after}`] : [];
  });
  if (losses.length === 0) return;
  const hint = options.metadata
    ? ''
    : ` (no --metadata given; the corpus was built with ${readManifest(out)?.metadata?.join(', ') ?? 'metadata files'})`;
  throw new UsageError(
    `${out} would lose facts: ${losses.join('; ')}${hint}. Nothing was written; pass --force to write anyway.`,
  );
}

function readManifest(dir: string): CorpusManifest | undefined {
  const path = join(dir, CORPUS_FILES.manifest);
  if (!existsSync(path)) return undefined;
  const result = CorpusManifest.safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (!result.success)
    throw new UsageError(
      `${path}: not a valid corpus manifest: ${result.error.issues[0]?.message}`,
    );
  return result.data;
}
