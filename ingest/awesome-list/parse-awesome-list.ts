import type { Nodes, Root, RootContent } from 'mdast';
import type {
  ArxivCoverage,
  ListSurvey,
  SurveyEntry,
  SurveySection,
} from '../../src/model/survey-list';
import { findListSurvey } from './find-list-survey';
import type { ParseResult } from '../types';
import { measureArxivCoverage } from './measure-arxiv-coverage';
import type { EntryKeeper } from './keep-entries';
import { acceptEntry, skipNewsLinks } from './keep-entries';
import { readHtmlHeading } from './read-html-heading';
import { buildSectionTree } from './build-section-tree';
import { checkUnterminatedBlocks } from './check-unterminated-blocks';
import { findHiddenEntries } from './find-hidden-entries';
import type { Definitions } from './inline-tokens';
import { parseMarkdown } from './parse-markdown';
import type { EntryContext } from './read-entry';
import { readEntry } from './read-entry';
import { readParagraphEntries } from './read-paragraph-entries';
import { readTableEntries } from './read-table-entries';
import type { TableGrid } from './table-grid';
import { gridFromGfmTable } from './table-grid';
import { gridsFromHtmlTables } from './html-table-grid';

/** An awesome-list as read: its entries, what was skipped or looked wrong, title and sections. */
export type ParsedAwesomeList = ParseResult<SurveyEntry> & {
  title: string | null;
  sections: SurveySection[];
  /** The survey the list accompanies, when it names one (not one of `records`). */
  survey?: ListSurvey | undefined;
  coverage: ArxivCoverage;
};

interface Walk extends EntryKeeper {
  text: string;
  definitions: Definitions;
}

/**
 * Reads a Markdown awesome-list of papers: entries are list items led by a title link (or a
 * plain title with `[Paper]`-style links), grouped under the headings above them. Entries
 * hidden in HTML comments or code blocks are skipped with a reason; doubtful ones are kept
 * with warnings. Throws `NotThisFormatError` only when a comment or code fence is never
 * closed and swallows the rest of the file.
 */
export function parseAwesomeList(text: string, file: string): ParsedAwesomeList {
  const root = parseMarkdown(text);
  checkUnterminatedBlocks(root, text, file);
  const sections = buildSectionTree(root);
  const result: ParseResult<SurveyEntry> = { records: [], skipped: [], warnings: [] };
  const survey = findListSurvey(root);
  const definitions = collectDefinitions(root);
  const skippedIds = new Map<string, string>();
  const walk: Walk = { text, file, definitions, sections, result, survey, skippedIds };
  const consumed = new Set<RootContent>();
  root.children.forEach((node, index) => {
    if (consumed.has(node)) return;
    const htmlHeading = node.type === 'html' ? readHtmlHeading(node) : undefined;
    if (htmlHeading) sections.enter(htmlHeading);
    else if (node.type === 'heading') sections.enter(node);
    else if (node.type === 'paragraph') {
      const next = root.children[index + 1];
      const reading = readParagraphEntries(node, next, walkContext(walk));
      reading.readings.forEach((entry) => acceptEntry(entry, walk));
      if (reading.subList) consumed.add(reading.subList);
    } else visit(node, walk);
  });
  const measured = measureArxivCoverage(root, result.records, skippedIds, survey?.arxivId, file);
  result.warnings.push(...measured.findings);
  const coverage = measured.coverage;
  return { title: sections.title, sections: sections.usedSections(), survey, coverage, ...result };
}

function visit(node: RootContent, walk: Walk): void {
  const { result, file, definitions } = walk;
  if (node.type === 'html' || node.type === 'code') {
    result.skipped.push(...findHiddenEntries(node, walk.text, file, definitions));
    if (node.type === 'html') gridsFromHtmlTables(node).forEach((grid) => readTable(grid, walk));
    return;
  }
  if (node.type === 'table') {
    readTable(gridFromGfmTable(node, definitions), walk);
    return;
  }
  if (node.type === 'listItem') {
    const sectionPath = walk.sections.current()?.path ?? [];
    const reading = readEntry(node, { file, sectionPath, definitions });
    if (reading) acceptEntry(reading, walk);
    else skipNewsLinks(node, walk);
    const children = node.children.filter((child) => child !== reading?.subList);
    for (const child of children) visit(child, walk);
    return;
  }
  if (node.type === 'heading') return;
  if ('children' in node) {
    for (const child of node.children as RootContent[]) visit(child, walk);
  }
}

function walkContext(walk: Walk): EntryContext {
  const sectionPath = walk.sections.current()?.path ?? [];
  return { file: walk.file, sectionPath, definitions: walk.definitions };
}

function readTable(grid: TableGrid, walk: Walk): void {
  const sectionPath = walk.sections.current()?.path ?? [];
  const { readings, skipped } = readTableEntries(grid, walk.file, sectionPath);
  walk.result.skipped.push(...skipped);
  for (const reading of readings) acceptEntry(reading, walk);
}

function collectDefinitions(root: Root): Definitions {
  const definitions = new Map<string, string>();
  const collect = (node: Nodes): void => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if ('children' in node) node.children.forEach(collect);
  };
  collect(root);
  return definitions;
}
