import type { ListItem, Nodes } from 'mdast';
import { findArxivIdInUrl } from '../../src/model/paper/arxiv-id';
import type { ListSurvey, SurveyEntry } from '../../src/model/curation/survey-list';
import { at } from '../../src/model/finding';
import type { Finding, ParseResult } from '../types';
import type { EntryReading } from './assemble-entry';
import type { SectionNode, SectionTree } from './build-section-tree';
import { isNewsHeading } from './heading-text';

/** Where entries go once read: kept in their section, or skipped with the reason. */
export interface EntryKeeper {
  file: string;
  sections: SectionTree;
  result: ParseResult<SurveyEntry>;
  survey: ListSurvey | undefined;
  /** arXiv ids of items skipped with a reason, and that reason's code. */
  skippedIds: Map<string, string>;
  /** News items that announce a paper by its title and arXiv id (see adoptAnnouncedPapers). */
  announced: Announcement[];
}

interface Announcement {
  entry: SurveyEntry;
  finding: Finding;
  section: SectionNode | undefined;
  news: string;
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
    const finding: Finding = { where, code: 'news-item', reason };
    skip(walk, entry, finding);
    const title = announcedTitle(entry.title);
    if (entry.arxivId !== undefined && title !== undefined) {
      const section = walk.sections.current();
      walk.announced.push({ entry: { ...entry, title }, finding, section, news });
    }
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

/**
 * Papers a list announces only in its news ("We released our new paper on X: **Title**", or a
 * news item whose link is the paper's title) become papers of the news section, unless the list
 * also has them as entries. Called once the whole list is read; keeps document order.
 */
export function adoptAnnouncedPapers(walk: EntryKeeper): void {
  const kept = new Set(walk.result.records.map((entry) => entry.arxivId));
  for (const { entry, finding, section, news } of walk.announced) {
    if (kept.has(entry.arxivId) || entry.arxivId === walk.survey?.arxivId) continue;
    kept.add(entry.arxivId);
    entry.sectionPath = walk.sections.use(section);
    walk.result.skipped.splice(walk.result.skipped.indexOf(finding), 1);
    if (walk.skippedIds.get(entry.arxivId!) === 'news-item') walk.skippedIds.delete(entry.arxivId!);
    const reason = `"${entry.title}" (arXiv ${entry.arxivId}) is announced in "${news}" and listed nowhere else; kept as a paper of that section`;
    walk.result.warnings.push({ where: finding.where, code: 'announced-paper', reason });
    const after = walk.result.records.findIndex((other) => other.source.line > entry.source.line);
    walk.result.records.splice(after < 0 ? walk.result.records.length : after, 0, entry);
  }
}

const PAPER_NAMED = /\b(?:paper|work)\b[^:]*:\s*(.+)$/i;
const PROSE = /^(?:\W*\d|on\b|introduc|check\b|now\b|new\b)|\b(?:we|our|us|is|are|was|were)\b/i;

/** The paper title a news item names, or undefined when the item is prose about something else. */
function announcedTitle(text: string): string | undefined {
  const named = PAPER_NAMED.exec(text)?.[1];
  const title = (named ?? (PROSE.test(text) ? '' : text)).replace(/[.!\s]+$/, '').trim();
  const words = title.split(/\s+/).filter(Boolean);
  return words.length >= 3 && !/^arxiv\b/i.test(title) ? title : undefined;
}
