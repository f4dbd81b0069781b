import type { Nodes, Root, RootContent } from 'mdast';
import type { SurveyEntry, SurveySection } from '../../src/model/survey-list';
import type { ParseResult } from '../types';
import type { SectionTree } from './build-section-tree';
import { buildSectionTree } from './build-section-tree';
import { checkUnterminatedBlocks } from './check-unterminated-blocks';
import { findHiddenEntries } from './find-hidden-entries';
import type { Definitions } from './inline-tokens';
import { parseMarkdown } from './parse-markdown';
import { readEntry } from './read-entry';

/** An awesome-list as read: its entries, what was skipped or looked wrong, title and sections. */
export type ParsedAwesomeList = ParseResult<SurveyEntry> & {
  title: string | null;
  sections: SurveySection[];
};

interface Walk {
  text: string;
  file: string;
  definitions: Definitions;
  sections: SectionTree;
  result: ParseResult<SurveyEntry>;
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
  const walk: Walk = { text, file, definitions: collectDefinitions(root), sections, result };
  for (const node of root.children) {
    if (node.type === 'heading') sections.enter(node);
    else visit(node, walk);
  }
  return { title: sections.title, sections: sections.usedSections(), ...result };
}

function visit(node: RootContent, walk: Walk): void {
  const { result, file, definitions } = walk;
  if (node.type === 'html' || node.type === 'code') {
    result.skipped.push(...findHiddenEntries(node, walk.text, file, definitions));
    return;
  }
  if (node.type === 'listItem') {
    const sectionPath = walk.sections.current()?.path ?? [];
    const reading = readEntry(node, { file, sectionPath, definitions });
    if (reading) {
      reading.entry.sectionPath = walk.sections.useCurrent();
      result.records.push(reading.entry);
      result.warnings.push(...reading.warnings);
    }
  }
  if (node.type === 'heading') return;
  if ('children' in node) {
    for (const child of node.children as RootContent[]) visit(child, walk);
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
