import { arxivAbsUrl } from '../model/paper/arxiv-id';
import type { PaperDetails } from '../model/paper/paper';
import { describeWork } from './describe-work';
import { groupPapers, type MarkdownGroup, type MarkdownGroupBy } from './markdown-groups';

export type { MarkdownGroupBy } from './markdown-groups';

export interface MarkdownOptions {
  groupBy?: MarkdownGroupBy | undefined;
  /** A `#` title line on top, like the lists' own. */
  title?: string | undefined;
  /** Level of the top group headings (2 → `##`); nested sections go one level deeper each. */
  headingLevel?: number | undefined;
  /**
   * The paper the list accompanies. In no section, it is named in the header, as lists name
   * their survey, so ingesting the export again records it as the list's survey, not an entry.
   */
  surveyPaperId?: number | undefined;
}

const MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May.',
  'Jun.',
  'Jul.',
  'Aug.',
  'Sep.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/**
 * An awesome-list in the style of the survey's own list: `+ [Title](url) (Mon. YYYY, Venue)`
 * with arXiv, GitHub-stars and website badges on the indented lines below.
 */
export function formatMarkdown(papers: PaperDetails[], options: MarkdownOptions = {}): string {
  const blocks: string[] = [];
  if (options.title) blocks.push(`# ${options.title}`);
  const groupBy = options.groupBy ?? 'section';
  const survey = groupBy === 'section' ? headerSurvey(papers, options.surveyPaperId) : undefined;
  if (survey) blocks.push(`This list accompanies the survey ${surveyLink(survey)}.`);
  const listed = survey ? papers.filter((details) => details !== survey) : papers;
  const top = options.headingLevel ?? 2;
  for (const group of groupPapers(listed, groupBy)) {
    blocks.push(...groupBlocks(group, top));
  }
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}

function headerSurvey(papers: PaperDetails[], id: number | undefined): PaperDetails | undefined {
  if (id === undefined) return undefined;
  const survey = papers.find((details) => details.paper.id === id);
  return survey && survey.sections.length === 0 && survey.paper.arxivId ? survey : undefined;
}

function surveyLink({ paper }: PaperDetails): string {
  const title = escapeLinkText(paper.title.replace(/\s+/g, ' ').trim());
  return `[${title}](${linkDestination(arxivAbsUrl(paper.arxivId!))})`;
}

function groupBlocks(group: MarkdownGroup, level: number): string[] {
  const blocks =
    group.heading === undefined ? [] : [`${'#'.repeat(Math.min(level, 6))} ${group.heading}`];
  blocks.push(...group.papers.map(formatEntry));
  const childLevel = group.heading === undefined ? level : level + 1;
  for (const child of group.children) blocks.push(...groupBlocks(child, childLevel));
  return blocks;
}

export function formatEntry(details: PaperDetails): string {
  const { paper } = details;
  const url = paper.arxivId ? arxivAbsUrl(paper.arxivId) : describeWork(details).url;
  const title = escapeLinkText(paper.title.replace(/\s+/g, ' ').trim());
  const note = dateNote(details);
  const head = url ? `+ [${title}](${linkDestination(url)})` : `+ ${title}`;
  return [note ? `${head} (${note})` : head, ...badges(details)].join('\n');
}

/** `Mar. 2025`, `2024, NeurIPS`, `Jul. 2025, Blog`. */
function dateNote({ paper }: PaperDetails): string {
  const date =
    paper.month && paper.year ? `${MONTHS[paper.month - 1]} ${paper.year}` : (paper.year ?? '');
  const venue = paper.venue ?? (paper.kind === 'blog' ? 'Blog' : '');
  return [String(date), venue].filter((part) => part !== '').join(', ');
}

function badges({ paper, links }: PaperDetails): string[] {
  const lines: string[] = [];
  if (paper.arxivId) {
    lines.push(
      badge('arXiv', 'https://img.shields.io/badge/arXiv-b31b1b.svg', arxivAbsUrl(paper.arxivId)),
    );
  }
  const seen = new Set<string>();
  for (const link of links.filter((candidate) => candidate.kind === 'code')) {
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    const repo = githubRepo(link.url);
    lines.push(
      repo
        ? badge(
            'Star',
            `https://img.shields.io/github/stars/${repo}.svg?style=social&label=Star`,
            `https://github.com/${repo}`,
          )
        : badge('Code', 'https://img.shields.io/badge/Code-black.svg', link.url),
    );
  }
  for (const link of links.filter((candidate) => candidate.kind === 'project')) {
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    lines.push(badge('Website', 'https://img.shields.io/badge/Website-9cf', link.url));
  }
  return lines;
}

function badge(label: string, image: string, url: string): string {
  return `  [![${label}](${image})](${linkDestination(url)})`;
}

/** `OWNER/REPO` of a GitHub repository URL, or undefined for anything else. */
export function githubRepo(url: string): string | undefined {
  const match =
    /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:[/?#].*)?$/i.exec(url);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/**
 * Escapes what would end or restructure link text: brackets, backslashes before punctuation,
 * code spans, HTML, and emphasis markers (an `_` inside a word, as in `π_RL`, is left alone).
 */
export function escapeLinkText(text: string): string {
  return text
    .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
    .replace(/[[\]`*<]/g, (char) => `\\${char}`)
    .replace(/_/g, (char, offset: number, whole: string) =>
      /[\p{L}\p{N}]/u.test(whole[offset - 1] ?? '') && /[\p{L}\p{N}]/u.test(whole[offset + 1] ?? '')
        ? char
        : `\\${char}`,
    );
}

/** Link destinations with spaces or parentheses go in angle brackets, as CommonMark allows. */
function linkDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/</g, '%3C').replace(/>/g, '%3E')}>` : url;
}
