import type { Root, RootContent } from 'mdast';
import type {
  ArxivCoverage,
  ListSurvey,
  SurveyEntry,
  SurveySection,
} from '../../src/model/curation/survey-list';
import type { ParseResult } from '../types';
import { measureArxivCoverage } from './measure-arxiv-coverage';
import type { EntryKeeper } from './keep-entries';
import { acceptEntry, adoptAnnouncedPapers, skipNewsLinks } from './keep-entries';
import { readHtmlHeading } from './read-html-heading';
import { SectionTree } from './build-section-tree';
import { checkUnterminatedBlocks } from './check-unterminated-blocks';
import { findHiddenEntries } from './find-hidden-entries';
import type { Definitions } from './inline-tokens';
import type { DocumentFacts } from './document-facts';
import { DocumentFactsReader, sameFacts } from './document-facts';
import { noteArxivLinks, sightingsOf } from './find-arxiv-links';
import { parseInChunks } from './parse-in-chunks';
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

export interface ParseOptions {
  /**
   * Characters per piece the document is parsed in; `Infinity` parses it as one tree. By default
   * lists up to 1 MB are parsed whole and bigger ones in pieces of about 200 000 characters.
   */
  chunkChars?: number;
}

/** Above this, a list is parsed in pieces: its syntax tree at once would take gigabytes. */
const WHOLE_UP_TO_CHARS = 1_000_000;
const CHUNK_CHARS = 200_000;

interface Walk extends EntryKeeper {
  text: string;
  definitions: Definitions;
}

/**
 * Reads a Markdown awesome-list of papers: entries are list items led by a title link (or a
 * plain title with `[Paper]`-style links), grouped under the headings above them. Entries
 * hidden in HTML comments or code blocks are skipped with a reason; doubtful ones are kept
 * with warnings. Throws `NotThisFormatError` only when a comment or code fence is never
 * closed and swallows the rest of the file. Big lists are parsed in pieces, with exactly the
 * result of parsing them whole.
 */
export function parseAwesomeList(
  text: string,
  file: string,
  options: ParseOptions = {},
): ParsedAwesomeList {
  const chunkChars =
    options.chunkChars ?? (text.length > WHOLE_UP_TO_CHARS ? CHUNK_CHARS : Infinity);
  // Facts first assumed from the first piece are checked against the whole document; a second
  // reading uses the facts found. Definitions are found exactly by then, so a third reading
  // (when the header read differently with them) is the last.
  let assumed: DocumentFacts | undefined;
  for (;;) {
    const reading = readDocument(text, file, chunkChars, assumed);
    if ('parsed' in reading) return reading.parsed;
    assumed = reading.found;
  }
}

function readDocument(
  text: string,
  file: string,
  chunkChars: number,
  assumed: DocumentFacts | undefined,
): { parsed: ParsedAwesomeList } | { found: DocumentFacts } {
  const factsReader = new DocumentFactsReader();
  const linked = new Map<string, number>();
  let facts = assumed;
  let walk: Walk | undefined;
  for (const { root, last } of parseInChunks(text, chunkChars, () => facts)) {
    factsReader.read(root);
    facts ??= factsReader.facts();
    walk ??= startWalk(text, file, facts);
    if (last) checkUnterminatedBlocks(root, text, file);
    walkTree(root, walk);
    noteArxivLinks(root, linked);
  }
  const found = factsReader.facts();
  if (!walk || !facts || !sameFacts(facts, found)) return { found };
  adoptAnnouncedPapers(walk);
  const { result, sections, skippedIds, survey } = walk;
  const measured = measureArxivCoverage(
    sightingsOf(linked),
    result.records,
    skippedIds,
    survey?.arxivId,
    file,
  );
  result.warnings.push(...measured.findings);
  const coverage = measured.coverage;
  return {
    parsed: {
      title: sections.title,
      sections: sections.usedSections(),
      survey,
      coverage,
      ...result,
    },
  };
}

function startWalk(text: string, file: string, facts: DocumentFacts): Walk {
  return {
    text,
    file,
    definitions: facts.definitions,
    sections: new SectionTree(facts.title),
    result: { records: [], skipped: [], warnings: [] },
    survey: facts.survey,
    skippedIds: new Map<string, string>(),
    announced: [],
  };
}

function walkTree(root: Root, walk: Walk): void {
  const consumed = new Set<RootContent>();
  root.children.forEach((node, index) => {
    if (consumed.has(node)) return;
    const htmlHeading = node.type === 'html' ? readHtmlHeading(node) : undefined;
    if (htmlHeading) walk.sections.enter(htmlHeading);
    else if (node.type === 'heading') walk.sections.enter(node);
    else if (node.type === 'paragraph') {
      const next = root.children[index + 1];
      const reading = readParagraphEntries(node, next, walkContext(walk));
      reading.readings.forEach((entry) => acceptEntry(entry, walk));
      if (reading.subList) consumed.add(reading.subList);
    } else visit(node, walk);
  });
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
