import { stringify } from 'yaml';
import type { Finding } from '../types';
import type { PaperRecord } from '../../src/model/paper/paper-record';
import type { SurveyList } from '../../src/model/curation/survey-list';
import type { CorpusEntityLink, CorpusManifest } from './corpus-format';
import { CORPUS_FILES } from './corpus-format';

export interface CorpusInput {
  manifest: CorpusManifest;
  list: SurveyList;
  /** Curated pillar per section, by path joined with ' / '. */
  sectionPillars: ReadonlyMap<string, string>;
  skipped: Finding[];
  warnings: Finding[];
  /** Metadata records to keep as facts; their abstracts are dropped (the authors' text). */
  records: PaperRecord[];
  /** Links the tagger made with abstracts at hand, keyed by paper key (facts, no abstract text). */
  entityLinks: CorpusEntityLink[];
}

/** Renders a parsed list as the corpus files (name → text); stable output for reviewable diffs. */
export function formatCorpus(input: CorpusInput): Map<string, string> {
  const { list } = input;
  const sections = list.sections.map((s) => ({
    path: s.path,
    line: s.line,
    pillar: input.sectionPillars.get(s.path.join(' / ')),
  }));
  const entries = list.entries.map((e) => ({
    title: e.title,
    url: e.url,
    arxivId: e.arxivId,
    doi: e.doi,
    year: e.year,
    month: e.month,
    venue: e.venue,
    dateText: e.dateText,
    kind: e.kind,
    links: e.links.map((l) => ({ kind: l.kind, url: l.url, label: l.label })),
    section: e.sectionPath,
    source: `${e.source.file}:${e.source.line}`,
  }));
  const findings = [
    ...input.skipped.map((f) => ({ severity: 'skipped', ...f })),
    ...input.warnings.map((f) => ({ severity: 'warning', ...f })),
  ];
  return new Map([
    [
      CORPUS_FILES.manifest,
      stringify({ ...input.manifest, title: list.title ?? input.manifest.title }),
    ],
    [CORPUS_FILES.sections, toJsonLines(sections)],
    [CORPUS_FILES.entries, toJsonLines(entries)],
    [CORPUS_FILES.findings, toJsonLines(findings)],
    [CORPUS_FILES.records, toJsonLines(input.records.map(toCorpusRecord))],
    [CORPUS_FILES.entityLinks, toJsonLines(input.entityLinks)],
  ]);
}

function toJsonLines(rows: readonly object[]): string {
  return rows.map((row) => JSON.stringify(row)).join('\n') + (rows.length ? '\n' : '');
}

function toCorpusRecord({ abstract: _abstract, source, ...facts }: PaperRecord): object {
  return { ...facts, source: `${source.file}:${source.line}` };
}
