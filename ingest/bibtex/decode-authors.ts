import { parse } from '@retorquere/bibtex-parser';
import type { Creator } from '@retorquere/bibtex-parser';
import { joinAuthorsWithAnd } from './author-list';
import { cleanBibtexText } from './bibtex-text';

export interface DecodedAuthors {
  /** `Given Family`, LaTeX decoded. */
  names: string[];
  /** The list ended in `and others`. */
  moreAuthors: boolean;
  /** Commas had to be read as separators (the field had no `and` between some names). */
  commaSeparated: boolean;
  /** What the BibTeX library complained about while reading the names. */
  problems: string[];
}

/**
 * Decodes raw (still LaTeX) author fields into names. The fields are first rewritten so that
 * names are separated by `and`, then handed to the BibTeX library in one batch, which knows the
 * name grammar (`von Last, Jr, First`, braced corporate names) and LaTeX decoding.
 */
export function decodeAuthorFields(rawFields: string[]): DecodedAuthors[] {
  const lists = rawFields.map(joinAuthorsWithAnd);
  const source = lists.map((list, index) => `@misc{a${index}, author = {${list.text}}}`);
  const library = parse(source.join('\n'), {
    english: false,
    sentenceCase: false,
    caseProtection: false,
    unsupported: (_node, tex) => tex,
  });
  const creatorsByKey = new Map(library.entries.map((entry) => [entry.key, entry.fields.author]));
  return lists.map((list, index) => {
    const creators = creatorsByKey.get(`a${index}`);
    const problems = library.errors
      .filter((error) => error.error.startsWith(`@a${index}: `))
      .map((error) => error.error.slice(`@a${index}: `.length));
    if (!creators) problems.push('the author field could not be read as BibTeX names');
    return { ...toNames(creators ?? []), commaSeparated: list.commaSeparated, problems };
  });
}

function toNames(creators: Creator[]): { names: string[]; moreAuthors: boolean } {
  const last = creators.at(-1);
  const moreAuthors = last !== undefined && isOthers(last);
  const named = moreAuthors ? creators.slice(0, -1) : creators;
  return { names: named.map(creatorName).filter((name) => name !== ''), moreAuthors };
}

function isOthers(creator: Creator): boolean {
  return !creator.firstName && (creator.name ?? creator.lastName)?.toLowerCase() === 'others';
}

function creatorName(creator: Creator): string {
  const parts = creator.name
    ? [creator.name]
    : [creator.firstName, creator.prefix, creator.lastName, creator.suffix];
  return cleanBibtexText(parts.filter((part) => part !== undefined && part !== '').join(' '));
}
