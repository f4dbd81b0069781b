import type { LinkToken } from './inline-token';

/** The part of an entry before its links: title, title link, date note and venue tags. */
export interface EntryHead {
  title: string;
  /** The link whose text is the title; absent for plain-text titles (`Title. [[Paper](…)]`). */
  titleLink?: LinkToken | undefined;
  dateText?: string | undefined;
  /** Bracketed, bold or code tags before or after the title (`[2508]`, `**CVPR 2025**`). */
  tags: string[];
  /** Names from an authors line under a plain-text title. */
  authors?: string[] | undefined;
  shortName?: string | undefined;
}
