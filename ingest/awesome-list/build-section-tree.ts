import type { Heading, RootContent } from 'mdast';
import type { SurveySection } from '../../src/model/curation/survey-list';
import { isTocHeading, readHeadingText } from './heading-text';

/** One content heading of the list; `used` once an entry sits in it or below it. */
export interface SectionNode {
  path: string[];
  line: number;
  parent: SectionNode | undefined;
  used: boolean;
}

/** The single leading H1 of a document, which titles it. */
export interface TitleHeading {
  line: number;
  text: string;
}

/** An open heading: content headings carry a section, TOC and empty headings do not. */
interface OpenHeading {
  depth: number;
  section: SectionNode | undefined;
}

/**
 * Follows the headings of a document in reading order. The single leading H1 is the document
 * title, not a section; a "Table of Contents" heading is nobody's parent, so the headings
 * after it attach to the nearest content heading above it.
 */
export class SectionTree {
  readonly title: string | null;
  private readonly open: OpenHeading[] = [];
  private readonly all: SectionNode[] = [];

  constructor(private readonly titleHeading: TitleHeading | undefined) {
    this.title = titleHeading?.text ?? null;
  }

  enter(heading: Heading): void {
    if (heading.position?.start.line === this.titleHeading?.line) return;
    while ((this.open.at(-1)?.depth ?? 0) >= heading.depth) this.open.pop();
    const text = readHeadingText(heading);
    if (text === '' || isTocHeading(text)) {
      this.open.push({ depth: heading.depth, section: undefined });
      return;
    }
    const parent = this.current();
    const section: SectionNode = {
      path: [...(parent?.path ?? []), text],
      line: heading.position?.start.line ?? 0,
      parent,
      used: false,
    };
    this.all.push(section);
    this.open.push({ depth: heading.depth, section });
  }

  /** The innermost open content heading. */
  current(): SectionNode | undefined {
    return this.open.findLast((heading) => heading.section !== undefined)?.section;
  }

  /** Marks the current section and its ancestors as holding entries; returns its path. */
  useCurrent(): string[] {
    return this.use(this.current());
  }

  /** Marks a section met earlier (and its ancestors) as holding entries; returns its path. */
  use(section: SectionNode | undefined): string[] {
    for (let node = section; node && !node.used; node = node.parent) node.used = true;
    return section ? [...section.path] : [];
  }

  /** The sections that hold entries directly or below, in document order. */
  usedSections(): SurveySection[] {
    return this.all
      .filter((node) => node.used)
      .map(({ path, line }) => ({ path: [...path], line }));
  }
}

/** What decides a document's title, gathered from its top-level blocks in document order. */
export class TitleClues {
  private first: Heading | undefined;
  private h1Count = 0;

  read(nodes: readonly RootContent[]): void {
    for (const node of nodes) {
      if (node.type !== 'heading') continue;
      this.first ??= node;
      if (node.depth === 1) this.h1Count++;
    }
  }

  /** The first top-level heading, when it is the document's only H1. */
  title(): TitleHeading | undefined {
    const first = this.first;
    if (first?.depth !== 1 || this.h1Count !== 1) return undefined;
    return { line: first.position?.start.line ?? 0, text: readHeadingText(first) };
  }
}
