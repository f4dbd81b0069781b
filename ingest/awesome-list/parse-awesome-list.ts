import type { ListItem, Nodes, Root, RootContent } from 'mdast';
import type {
  ArxivCoverage,
  ListSurvey,
  SurveyEntry,
  SurveySection,
} from '../../src/model/survey-list';
import { findListSurvey } from './find-list-survey';
import { at } from '../types';
import type { Finding, ParseResult } from '../types';
import { findArxivIdInUrl } from '../../src/model/arxiv-id';
import { measureArxivCoverage } from './measure-arxiv-coverage';
import type { EntryReading } from './assemble-entry';
import { isNewsHeading } from './heading-text';
import { readHtmlHeading } from './read-html-heading';
import type { SectionTree } from './build-section-tree';
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

interface Walk {
  text: string;
  file: string;
  definitions: Definitions;
  sections: SectionTree;
  result: ParseResult<SurveyEntry>;
  survey: ListSurvey | undefined;
  /** arXiv ids of items skipped with a reason, and that reason's code. */
  skippedIds: Map<string, string>;
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
      reading.readings.forEach((entry) => accept(entry, walk));
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
    if (reading) accept(reading, walk);
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
  for (const reading of readings) accept(reading, walk);
}

/**
 * Keeps an entry, unless it is a news item (it sits under a News or Updates heading) or the
 * list's own survey, which are skipped with the reason.
 */
function accept(reading: EntryReading, walk: Walk): void {
  const { entry } = reading;
  const section = walk.sections.current()?.path ?? [];
  const news = section.find(isNewsHeading);
  const where = at(entry.source);
  if (news !== undefined) {
    const reason = `"${entry.title}" is an item of "${news}", not an entry`;
    skip(walk, entry, { where, code: 'news-item', reason });
    return;
  }
  if (entry.arxivId !== undefined && entry.arxivId === walk.survey?.arxivId) {
    const reason = `"${entry.title}" is the list's own survey (arXiv ${entry.arxivId}), recorded as such`;
    skip(walk, entry, { where, code: 'list-survey', reason });
    return;
  }
  entry.sectionPath = walk.sections.useCurrent();
  walk.result.records.push(entry);
  walk.result.warnings.push(...reading.warnings);
}

/** A news item that is not shaped like an entry may still link papers: say why they are not taken. */
function skipNewsLinks(item: ListItem, walk: Walk): void {
  const news = (walk.sections.current()?.path ?? []).find(isNewsHeading);
  if (news === undefined) return;
  const ids = ownArxivIds(item).filter(
    (id) => id !== walk.survey?.arxivId && !walk.skippedIds.has(id),
  );
  if (ids.length === 0) return;
  const where = at({ file: walk.file, line: item.position?.start.line ?? 0 });
  const reason = `an item of "${news}" links arXiv ${ids.join(', ')}; news is not an entry`;
  walk.result.skipped.push({ where, code: 'news-item', reason });
  for (const id of ids) walk.skippedIds.set(id, 'news-item');
}

/** arXiv ids linked from an item's own paragraphs (not its nested lists). */
function ownArxivIds(item: ListItem): string[] {
  const ids: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'list') return;
    if (node.type === 'link') {
      const id = findArxivIdInUrl(node.url);
      if (id?.ok && !ids.includes(id.id)) ids.push(id.id);
    }
    if ('children' in node) node.children.forEach(walk);
  };
  item.children.forEach(walk);
  return ids;
}

function skip(walk: Walk, entry: SurveyEntry, finding: Finding): void {
  walk.result.skipped.push(finding);
  for (const link of entry.links) {
    const id = findArxivIdInUrl(link.url);
    if (id?.ok && !walk.skippedIds.has(id.id)) walk.skippedIds.set(id.id, finding.code);
  }
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
