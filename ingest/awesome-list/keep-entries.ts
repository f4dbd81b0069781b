import type { ListItem, Nodes } from 'mdast';
import { findArxivIdInUrl } from '../../src/model/paper/arxiv-id';
import type { ListSurvey, SurveyEntry } from '../../src/model/curation/survey-list';
import { at } from '../../src/model/finding';
import type { Finding, ParseResult } from '../types';
import type { EntryReading } from './assemble-entry';
import type { SectionTree } from './build-section-tree';
import { isNewsHeading } from './heading-text';

/** Where entries go once read: kept in their section, or skipped with the reason. */
export interface EntryKeeper {
  file: string;
  sections: SectionTree;
  result: ParseResult<SurveyEntry>;
  survey: ListSurvey | undefined;
  /** arXiv ids of items skipped with a reason, and that reason's code. */
  skippedIds: Map<string, string>;
}

/**
 * Keeps an entry, unless it is a news item (it sits under a News or Updates heading) or the
 * list's own survey, which are skipped with the reason.
 */
export function acceptEntry(reading: EntryReading, walk: EntryKeeper): void {
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
export function skipNewsLinks(item: ListItem, walk: EntryKeeper): void {
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

function skip(walk: EntryKeeper, entry: SurveyEntry, finding: Finding): void {
  walk.result.skipped.push(finding);
  for (const link of entry.links) {
    const id = findArxivIdInUrl(link.url);
    if (id?.ok && !walk.skippedIds.has(id.id)) walk.skippedIds.set(id.id, finding.code);
  }
}
