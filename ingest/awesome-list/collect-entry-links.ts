import type { EntryLink } from '../../src/model/curation/survey-list';
import { at } from '../../src/model/finding';
import type { Finding } from '../types';
import { classifyLink } from './classify-link';
import type { LinkToken } from './inline-tokens';
import { linkLabel } from './inline-tokens';
import type { LocatedLink } from './read-identifiers';

export interface CollectedLinks {
  /** Every link in order, the title link first and unlabelled. */
  located: LocatedLink[];
  /** Classified and de-duplicated by URL (a badge's label fills in the title link's). */
  links: EntryLink[];
  warnings: Finding[];
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const FINE_SCHEMES = new Set(['http', 'https', 'mailto', 'ftp']);

export function collectEntryLinks(
  tokens: LinkToken[],
  titleLink: LinkToken | undefined,
  file: string,
): CollectedLinks {
  const located = tokens.map((token) => ({
    url: token.url,
    label: token === titleLink ? undefined : linkLabel(token),
    line: token.line,
    imageUrl: token.image?.url,
  }));
  const links: EntryLink[] = [];
  const warnings: Finding[] = [];
  for (const link of located) {
    const { kind, mismatch } = classifyLink(link.url, link.label);
    const where = at({ file, line: link.line });
    if (mismatch) warnings.push({ where, code: 'badge-kind-mismatch', reason: `link ${mismatch}` });
    const scheme = SCHEME.exec(link.url)?.[1]?.toLowerCase();
    if (scheme !== undefined && !FINE_SCHEMES.has(scheme)) {
      warnings.push({
        where,
        code: 'malformed-url',
        reason: `"${link.url}" has the unknown scheme "${scheme}:"`,
      });
    }
    addLink(links, { kind, url: link.url, label: link.label });
  }
  return { located, links, warnings };
}

function addLink(links: EntryLink[], link: EntryLink): void {
  const same = links.find((existing) => existing.url === link.url);
  if (!same) links.push(link);
  else if (same.label === undefined && link.label !== undefined) {
    same.label = link.label;
    same.kind = link.kind;
  }
}
