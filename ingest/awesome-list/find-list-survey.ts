import type { Code, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findArxivIdInUrl, parseArxivId } from '../../src/model/paper/arxiv-id';
import type { ListSurvey } from '../../src/model/curation/survey-list';
import { kindFromLabel } from './classify-link';
import { findHtmlLinks } from './html-links';
import { linkLabel } from './inline-tokens';
import { toInlineTokens } from './inline-tokens';

const BIBTEX_ENTRY = /@\w+\s*\{/;
const ID_IN_BIBTEX =
  /arxiv[:\s]*(\d{4}\.\d{4,5})|arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})|eprint\s*=\s*[{"]?\s*(\d{4}\.\d{4,5})/i;
const TITLE_IN_BIBTEX = /^\s*title\s*=\s*[{"]+(.+?)[}"]+\s*,?\s*$/im;

interface Candidate {
  arxivId: string;
  title?: string | undefined;
  line: number;
}

/**
 * The survey a list accompanies: the arXiv paper its citation block asks readers to cite, else
 * the arXiv paper linked in its header (the content before the first section heading). It is
 * the list's own paper, not one of the papers it lists. Its clues are gathered from the
 * top-level blocks in document order, all at once or piece by piece.
 */
export class ListSurveyClues {
  private citationBlock: Code | undefined;
  private readonly header: RootContent[] = [];
  private headerHeadings = 0;
  private headerDone = false;

  read(nodes: readonly RootContent[]): void {
    this.citationBlock ??= nodes.find(
      (node): node is Code => node.type === 'code' && BIBTEX_ENTRY.test(node.value),
    );
    for (const node of nodes) {
      if (this.headerDone) break;
      this.readHeader(node);
    }
  }

  survey(): ListSurvey | undefined {
    const cited = this.citationBlock && findCitedSurvey(this.citationBlock);
    const header = findHeaderSurvey(this.header);
    const chosen = cited ?? header;
    if (!chosen) return undefined;
    const title = chosen.title ?? (header?.arxivId === chosen.arxivId ? header.title : undefined);
    return {
      arxivId: chosen.arxivId,
      title: title ?? `arXiv ${chosen.arxivId}`,
      line: chosen.line,
    };
  }

  /**
   * The header is what comes before the first section heading, list or table: HTML blocks and
   * paragraphs (badges, "this repository accompanies our survey …"). A leading heading is the
   * list's title.
   */
  private readHeader(node: RootContent): void {
    const sectionHeading =
      node.type === 'heading' && (++this.headerHeadings > 1 || this.header.some(isContent));
    if (sectionHeading || node.type === 'list' || node.type === 'table') {
      this.headerDone = true;
      return;
    }
    this.header.push(node);
  }
}

function findCitedSurvey(block: Code): Candidate | undefined {
  const match = ID_IN_BIBTEX.exec(block.value);
  const id = match ? parseArxivId(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
  if (!id?.ok) return undefined;
  const title = TITLE_IN_BIBTEX.exec(block.value)?.[1]?.replace(/[{}]/g, '').trim();
  return { arxivId: id.id, title, line: block.position?.start.line ?? 0 };
}

function findHeaderSurvey(header: readonly RootContent[]): Candidate | undefined {
  const candidates = header.flatMap(arxivLinksOf);
  return candidates.find((candidate) => candidate.title !== undefined) ?? candidates[0];
}

function isContent(node: RootContent): boolean {
  return node.type !== 'html' && node.type !== 'heading';
}

function arxivLinksOf(node: RootContent): Candidate[] {
  const line = node.position?.start.line ?? 0;
  if (node.type === 'html') return arxivLinksInHtml(node.value, line);
  if (!('children' in node)) return [];
  const found: Candidate[] = [];
  const walk = (child: RootContent): void => {
    if (child.type === 'link') {
      const id = findArxivIdInUrl(child.url);
      const [token] = toInlineTokens([child], new Map());
      const text = token?.type === 'link' ? linkLabel(token) : toString(child);
      if (id?.ok && namesThePaper(text)) {
        found.push({ arxivId: id.id, title: titleOf(text), line: lineOf(child, line) });
      }
    } else if (child.type === 'html')
      found.push(...arxivLinksInHtml(child.value, lineOf(child, line)));
    if ('children' in child) (child.children as RootContent[]).forEach(walk);
  };
  walk(node);
  return found;
}

function arxivLinksInHtml(html: string, line: number): Candidate[] {
  return findHtmlLinks(html, line).flatMap((link) => {
    const id = findArxivIdInUrl(link.url);
    const text = link.text || link.image?.alt || '';
    return id?.ok && namesThePaper(text)
      ? [{ arxivId: id.id, title: titleOf(text), line: link.line }]
      : [];
  });
}

/** A header link names the list's paper by its title, a `Paper`/`arXiv` badge or the word survey. */
function namesThePaper(text: string): boolean {
  const kind = kindFromLabel(text);
  return (
    titleOf(text) !== undefined || kind === 'paper' || kind === 'arxiv' || /survey/i.test(text)
  );
}

/** A link text is a title when it is several words and not a label (`Paper`, `arXiv`). */
function titleOf(text: string): string | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.split(' ').length < 3 || kindFromLabel(clean) !== undefined) return undefined;
  return clean;
}

function lineOf(node: RootContent, fallback: number): number {
  return node.position?.start.line ?? fallback;
}
