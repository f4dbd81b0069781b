import type { LinkKind, PaperKind } from '../curation/survey-list';

/** A paper as the graph stores it: the merged view over every source that mentions it. */
export interface Paper {
  id: number;
  /** Identity key: `arxiv:<id>`, `doi:<doi>`, `url:<host/path>` or `title:<normalised title>`. */
  key: string;
  arxivId: string | null;
  doi: string | null;
  title: string;
  year: number | null;
  month: number | null;
  venue: string | null;
  /** The date note as a list wrote it, e.g. `Jun. 2024, NeurIPS 2024`. */
  dateText: string | null;
  /** First arXiv submission or publication date `YYYY-MM-DD`, when metadata gives it. */
  published: string | null;
  kind: PaperKind;
  abstract: string | null;
  /** The short name a list gives the paper (`DT`, `Tree-GRPO`); absent when none did. */
  shortName?: string | null | undefined;
}

export interface Author {
  id: number;
  name: string;
}

export interface PaperLink {
  kind: LinkKind;
  url: string;
}

export interface Section {
  id: number;
  listId: number;
  parentId: number | null;
  name: string;
  /** Names from the top of the list down to this section. */
  path: string[];
  depth: number;
  position: number;
  /** The pillar or group entity this section belongs to, if any. */
  pillarId: number | null;
  pillarSlug: string | null;
}

/** A paper with everything an export or a report needs, gathered in one place. */
export interface PaperDetails {
  paper: Paper;
  /** Author names in order. */
  authors: string[];
  links: PaperLink[];
  /** Each section the paper is listed in, as a path from the top of its list. */
  sections: string[][];
  /** Names of the survey pillars the paper belongs to. */
  pillars: string[];
}

/** A curated list (an awesome-list) whose versions were ingested. */
export interface CuratedList {
  id: number;
  /** Stable name across versions, e.g. `visual-rl`. */
  name: string;
  title: string | null;
  /** The paper the list accompanies, when it names one. */
  surveyPaperId: number | null;
}
