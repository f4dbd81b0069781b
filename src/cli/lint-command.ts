import type { Command } from 'commander';
import { lintAwesomeList } from '../../ingest/awesome-list/lint-awesome-list';
import { describeCoverage } from '../../ingest/awesome-list/measure-arxiv-coverage';
import type { ParsedAwesomeList } from '../../ingest/awesome-list/parse-awesome-list';
import { checkInputLimits } from '../../ingest/limits/input-limits';
import { parseAwesomeList } from '../../ingest/awesome-list/parse-awesome-list';
import type { Finding } from '../model/finding';
import type { CliIo } from './io';
import { UsageError } from './io';
import { readInputFile } from './read-input';

/** Exit codes a list's own CI can rely on. */
export const LINT_EXIT = { clean: 0, findings: 1, badInput: 2 } as const;

export function registerLintCommand(program: Command, io: CliIo): void {
  program
    .command('lint')
    .description(
      'Check awesome-list files for their maintainers, touching no database: invalid or conflicting ids, duplicates in a section, date/id mismatches, /pdf/ vs /abs/ links, entries hidden in comments, badges pointing at the wrong kind of URL, arXiv links no entry took (with the share that became papers on stderr)',
    )
    .argument('<files...>', 'markdown files to check')
    .option('--json', 'print findings as JSON')
    .option('--ignore <codes>', 'comma-separated finding codes to leave out, e.g. date-id-mismatch')
    .action((files: string[], options: { json?: boolean; ignore?: string }) => {
      const ignored = new Set(
        (options.ignore ?? '')
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean),
      );
      const findings = files
        .flatMap((file) => lintFile(file, io))
        .filter((f) => !ignored.has(f.code));
      if (options.json) io.out(JSON.stringify(findings, null, 2));
      else if (findings.length === 0) io.out(`${files.length} file(s): no findings`);
      else {
        for (const f of findings) io.out(`${f.where}: ${f.code}: ${f.reason}`);
        io.err(`${findings.length} finding(s)`);
      }
      if (findings.length > 0) throw new UsageError('', LINT_EXIT.findings);
    });
}

function lintFile(path: string, io: CliIo): Finding[] {
  let parsed: ParsedAwesomeList;
  try {
    // Findings name the path as the user gave it, so editors and CI annotations can jump to it.
    const text = readInputFile(path);
    checkInputLimits(text, path, 'awesome');
    parsed = parseAwesomeList(text, path);
  } catch (error) {
    throw new UsageError((error as Error).message, LINT_EXIT.badInput);
  }
  // The share goes to stderr, so stdout stays one finding per line for tools.
  if (parsed.coverage.linked > 0) io.err(`${path}: ${describeCoverage(parsed.coverage)}`);
  return lintAwesomeList(parsed);
}
