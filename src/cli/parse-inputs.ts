import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArxivAtom } from '../../ingest/arxiv/parse-arxiv-atom';
import { parseAwesomeList } from '../../ingest/awesome-list/parse-awesome-list';
import { parseBibtex } from '../../ingest/bibtex/parse-bibtex';
import type { CorpusEntityLink } from '../../ingest/corpus/corpus-format';
import { parseCorpus } from '../../ingest/corpus/parse-corpus';
import { parsePaperJsonl } from '../../ingest/jsonl/parse-paper-jsonl';
import type { LimitedFormat } from '../../ingest/limits/input-limits';
import { checkInputLimits } from '../../ingest/limits/input-limits';
import type { Finding, ParseResult } from '../../ingest/types';
import type { PaperRecord } from '../model/paper/paper-record';
import type { SurveyList } from '../model/curation/survey-list';
import type { CitationRecord } from '../model/citation-network/citation';
import type { CitationInputFormat, CitationSubject } from './citation-inputs';
import { CITATION_FORMATS, parseCitationText, sniffCitationText } from './citation-inputs';
import type { InputFormat } from './detect-format';
import { detectFormat } from './detect-format';
import { defaultListName } from './list-name';
import { readInputFile, readLegacyInputFile } from './read-input';

interface ParsedBase {
  path: string;
  format: InputFormat;
  skipped: Finding[];
  warnings: Finding[];
}

/** A list version read from disk and parsed, ready for the pipeline; nothing written yet. */
export interface ParsedListInput extends ParsedBase {
  kind: 'list';
  listName: string;
  list: SurveyList;
  sectionPillars?: Map<string, string> | undefined;
  /** Metadata facts that travel with a corpus, merged after its list. */
  records?: PaperRecord[] | undefined;
  /** Entity links a corpus carries (read with abstracts), imported after its records. */
  entityLinks?: CorpusEntityLink[] | undefined;
}

/** Paper metadata records read from disk (BibTeX, JSON Lines, arXiv Atom). */
export interface ParsedRecordsInput extends ParsedBase {
  kind: 'records';
  records: PaperRecord[];
}

/** Citation records read from disk (unarXive, Semantic Scholar, OpenAlex, Crossref, GROBID, a bibliography). */
export interface ParsedCitationsInput extends Omit<ParsedBase, 'format'> {
  kind: 'citations';
  format: CitationInputFormat;
  records: CitationRecord[];
}

export type ParsedInput = ParsedListInput | ParsedRecordsInput | ParsedCitationsInput;

const RECORD_PARSERS: Partial<
  Record<InputFormat, (text: string, file: string) => ParseResult<PaperRecord>>
> = {
  bibtex: parseBibtex,
  jsonl: parsePaperJsonl,
  arxiv: parseArxivAtom,
};

/** Reads and parses one input; every error names the file (and line where it applies). */
export function parseInput(
  path: string,
  options: {
    format?: string | undefined;
    listName?: string | undefined;
    subject?: CitationSubject | undefined;
  },
): ParsedInput {
  const citations = parseCitationInput(path, options);
  if (citations) return citations;
  const format = detectFormat(path, options.format);
  if (format === 'corpus') return parseCorpusFolder(path, options.listName);
  const legacy = format === 'bibtex' ? readLegacyInputFile(path) : undefined;
  const text = legacy?.text ?? readInputFile(path);
  checkInputLimits(text, path, limitsOf(format));
  const parseRecords = RECORD_PARSERS[format];
  if (parseRecords) {
    const parsed = parseRecords(text, basename(path));
    parsed.warnings.unshift(...(legacy?.warnings ?? []));
    return {
      kind: 'records',
      path,
      format,
      records: parsed.records,
      skipped: parsed.skipped,
      warnings: parsed.warnings,
    };
  }
  const parsed = parseAwesomeList(text, basename(path));
  return {
    kind: 'list',
    path,
    format,
    listName: options.listName ?? defaultListName(path),
    list: {
      title: parsed.title,
      sections: parsed.sections,
      entries: parsed.records,
      survey: parsed.survey,
      coverage: parsed.coverage,
    },
    skipped: parsed.skipped,
    warnings: parsed.warnings,
  };
}

/** Like parseInput, for commands that need a list (corpus build). */
export function parseListInput(
  path: string,
  options: { format?: string | undefined; listName?: string | undefined },
): ParsedListInput {
  const input = parseInput(path, options);
  if (input.kind !== 'list')
    throw new Error(`${path}: ${input.format} files hold paper records, not a list`);
  return input;
}

/** The bounds a format's file must keep: XML ones as XML, JSON ones as JSON. */
function limitsOf(format: InputFormat | CitationInputFormat): LimitedFormat {
  if (format === 'awesome' || format === 'bibtex' || format === 'arxiv') return format;
  if (format === 'bibtex-references') return 'bibtex';
  return format === 'grobid' ? 'arxiv' : 'jsonl';
}

/** Extensions whose files may hold citations in a format told apart by content. */
const SNIFFED_EXTENSIONS = /\.(json|jsonl|ndjson|xml|tei)$/i;

/** A citation input, when `--format` names one, the content shows one, or a bibliography is `--references-of` a paper. */
function parseCitationInput(
  path: string,
  options: { format?: string | undefined; subject?: CitationSubject | undefined },
): ParsedCitationsInput | undefined {
  if (existsSync(path) && statSync(path).isDirectory()) return undefined;
  if (!options.format && !options.subject?.referencesOf && !SNIFFED_EXTENSIONS.test(path)) {
    return undefined;
  }
  const requested = options.format ? detectFormat(path, options.format) : undefined;
  if (requested && !(CITATION_FORMATS as readonly string[]).includes(requested)) {
    if (!(requested === 'bibtex' && options.subject?.referencesOf)) return undefined;
  }
  const text = readInputFile(path);
  const isBibliography =
    options.subject?.referencesOf !== undefined &&
    (requested === 'bibtex' || (!requested && /\.bib$/i.test(path)));
  const format: CitationInputFormat | undefined = isBibliography
    ? 'bibtex-references'
    : ((requested as CitationInputFormat | undefined) ?? sniffCitationText(text));
  if (!format) return undefined;
  checkInputLimits(text, path, limitsOf(format));
  const parsed = parseCitationText(format, text, basename(path), options.subject ?? {});
  return { kind: 'citations', path, format, ...parsed };
}

function parseCorpusFolder(dir: string, listName: string | undefined): ParsedListInput {
  const files = new Map(
    readdirSync(dir).map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      checkInputLimits(text, join(dir, name), 'jsonl');
      return [name, text] as const;
    }),
  );
  const corpus = parseCorpus(files, dir);
  return {
    kind: 'list',
    path: dir,
    format: 'corpus',
    listName: listName ?? corpus.manifest.name,
    list: corpus.list,
    sectionPillars: corpus.sectionPillars,
    records: corpus.records,
    entityLinks: corpus.entityLinks,
    skipped: corpus.skipped,
    warnings: corpus.warnings,
  };
}
