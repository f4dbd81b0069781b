import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { Finding } from '../types';
import { NotThisFormatError } from '../types';
import type { PaperRecord } from '../../src/model/paper/paper-record';
import type { SurveyList } from '../../src/model/curation/survey-list';
import {
  CORPUS_FILES,
  CorpusEntityLink,
  CorpusEntry,
  CorpusFinding,
  CorpusManifest,
  CorpusRecord,
  CorpusSection,
} from './corpus-format';

export interface ParsedCorpus {
  manifest: CorpusManifest;
  list: SurveyList;
  sectionPillars: Map<string, string>;
  skipped: Finding[];
  warnings: Finding[];
  records: PaperRecord[];
  entityLinks: CorpusEntityLink[];
}

/**
 * Reads a corpus folder's files (name → text) back into the list it was made from. The corpus is
 * our own reviewed data, so any malformed line is an error naming the file and line.
 */
export function parseCorpus(files: ReadonlyMap<string, string>, dir: string): ParsedCorpus {
  const text = (name: string) => {
    const content = files.get(name);
    if (content === undefined)
      throw new NotThisFormatError(`${dir}/${name}`, 'missing corpus file');
    return content;
  };
  const manifest = decode(
    CorpusManifest,
    readYaml(text(CORPUS_FILES.manifest), `${dir}/${CORPUS_FILES.manifest}`),
    `${dir}/${CORPUS_FILES.manifest}`,
  );
  const sections = readJsonLines(
    text(CORPUS_FILES.sections),
    CorpusSection,
    `${dir}/${CORPUS_FILES.sections}`,
  );
  const entries = readJsonLines(
    text(CORPUS_FILES.entries),
    CorpusEntry,
    `${dir}/${CORPUS_FILES.entries}`,
  );
  const findings = readJsonLines(
    files.get(CORPUS_FILES.findings) ?? '',
    CorpusFinding,
    `${dir}/${CORPUS_FILES.findings}`,
  );
  const records = readJsonLines(
    files.get(CORPUS_FILES.records) ?? '',
    CorpusRecord,
    `${dir}/${CORPUS_FILES.records}`,
  );
  const entityLinks = readJsonLines(
    files.get(CORPUS_FILES.entityLinks) ?? '',
    CorpusEntityLink,
    `${dir}/${CORPUS_FILES.entityLinks}`,
  );
  const sectionPillars = new Map(
    sections.filter((s) => s.pillar).map((s) => [s.path.join(' / '), s.pillar!] as const),
  );
  return {
    manifest,
    sectionPillars,
    list: {
      title: manifest.title,
      survey: manifest.survey,
      sections: sections.map((s) => ({ path: s.path, line: s.line })),
      entries: entries.map(({ section, source, ...entry }) => ({
        ...entry,
        sectionPath: section,
        source: splitSource(source),
      })),
    },
    entityLinks,
    records: records.map(({ source, ...facts }) => ({ ...facts, source: splitSource(source) })),
    skipped: findings.filter((f) => f.severity === 'skipped').map(({ severity: _, ...f }) => f),
    warnings: findings.filter((f) => f.severity === 'warning').map(({ severity: _, ...f }) => f),
  };
}

function readJsonLines<T extends z.ZodType>(text: string, schema: T, file: string): z.infer<T>[] {
  return text.split('\n').flatMap((line, index) => {
    if (!line.trim()) return [];
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new NotThisFormatError(file, `not JSON: ${(error as Error).message}`, index + 1);
    }
    return [decode(schema, value, file, index + 1)];
  });
}

function decode<T extends z.ZodType>(
  schema: T,
  value: unknown,
  file: string,
  line?: number,
): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new NotThisFormatError(file, `${issue.path.join('.') || 'value'}: ${issue.message}`, line);
}

function splitSource(source: string): { file: string; line: number } {
  const at = source.lastIndexOf(':');
  return { file: source.slice(0, at), line: Number(source.slice(at + 1)) };
}

function readYaml(text: string, file: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    throw new NotThisFormatError(file, `not YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}
