import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { checkoutRoot } from '../model/checkout-root';
import type { PaperDetails } from '../model/paper/paper';
import { toCslItems } from './format-csl-json';

import type { CitationFormat, CitationStyle } from './citation-styles';

export type { CitationFormat, CitationStyle } from './citation-styles';
export { citationStyles } from './citation-styles';

export interface CitationOptions {
  /** Citation keys already given out, by paper id; they become the CSL item ids. */
  keys?: ReadonlyMap<number, string> | undefined;
}

/**
 * APA 7 ships with @citation-js/plugin-csl. IEEE and Chicago author-date do not; surveygraph's
 * own compact styles for them live in ./styles and are registered on first use. (An unknown
 * template name would silently fall back to APA, so registration is checked, not assumed.)
 */
/** Read from the checkout, which both the sources (src/export) and the bundle (dist/cli) sit in. */
const STYLES_DIR = join(checkoutRoot(import.meta.dirname, 2), 'src/export/styles');

const BUNDLED_STYLES: Partial<Record<CitationStyle, string>> = {
  ieee: 'ieee.csl',
  'chicago-author-date': 'chicago-author-date.csl',
};

/** A formatted bibliography of the papers in the given citation style (via citeproc-js). */
export function formatCitations(
  papers: PaperDetails[],
  style: CitationStyle,
  format: CitationFormat = 'text',
  options: CitationOptions = {},
): string {
  if (papers.length === 0) return '';
  const cite = new Cite(toCslItems(papers, { keys: options.keys }));
  return cite.format('bibliography', {
    format,
    template: templateName(style),
    lang: 'en-US',
  });
}

/** One paper's reference, as a bibliography of one, without the trailing newline. */
export function citePaper(
  paper: PaperDetails,
  style: CitationStyle,
  format: CitationFormat = 'text',
  options: CitationOptions = {},
): string {
  return formatCitations([paper], style, format, options).trim();
}

function templateName(style: CitationStyle): string {
  const file = BUNDLED_STYLES[style];
  if (file === undefined) return style;
  const name = `surveygraph-${style}`;
  const templates = plugins.config.get('@csl').templates;
  if (!templates.has(name)) {
    templates.add(name, readFileSync(join(STYLES_DIR, file), 'utf8'));
  }
  return name;
}
