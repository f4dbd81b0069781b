import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';

const SHORTCODE = /:[a-z0-9_+-]+:/g;
// Pictographs plus the joiners, selectors, keycaps and skin tones that build emoji sequences.
const EMOJI =
  '(?:\\p{Extended_Pictographic}|\\p{Emoji_Modifier}|\\p{Regional_Indicator}|\\u200d|\\ufe0f|\\u20e3)';
const LEADING_EMOJI = new RegExp(`^(?:${EMOJI}|\\s)+`, 'u');
const TRAILING_EMOJI = new RegExp(`(?:${EMOJI}|\\s)+$`, 'u');
const TOC = /^(?:table of contents?|contents|toc)$/i;

/**
 * A heading as a section name: the visible text without inline HTML (`<!-- omit in toc -->`),
 * emoji shortcodes (`:thinking:`) or decorative emoji around it, whitespace collapsed.
 */
export function readHeadingText(heading: Heading): string {
  return cleanHeadingText(toString(heading, { includeHtml: false, includeImageAlt: false }));
}

export function cleanHeadingText(text: string): string {
  return text
    .replace(SHORTCODE, ' ')
    .replace(LEADING_EMOJI, '')
    .replace(TRAILING_EMOJI, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Table of Contents" and its variants: a heading for navigation, not a topic. */
export function isTocHeading(text: string): boolean {
  return TOC.test(text);
}

const NEWS = /^(?:latest |recent )?(?:news|updates?|changelog|announcements?|what'?s new)\b/i;

/** "News", "Updates", "Changelog": a heading whose items announce things rather than list papers. */
export function isNewsHeading(text: string): boolean {
  return NEWS.test(text);
}
