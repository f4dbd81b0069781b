import type { Nodes, Root } from 'mdast';
import type { ListSurvey } from '../../src/model/curation/survey-list';
import type { TitleHeading } from './build-section-tree';
import { TitleClues } from './build-section-tree';
import { ListSurveyClues } from './find-list-survey';
import type { Definitions } from './inline-tokens';
import type { DefinedLabels } from './parse-markdown-chunk';

/** What reading any one entry of a list depends on in the whole document. */
export interface DocumentFacts {
  /** Link reference definitions anywhere in the document: identifier → url (the last wins). */
  definitions: Definitions;
  /** Identifiers of footnote definitions anywhere in the document. */
  footnotes: string[];
  title: TitleHeading | undefined;
  survey: ListSurvey | undefined;
}

/** Gathers the document facts from its top-level trees in document order, piece by piece. */
export class DocumentFactsReader {
  private readonly definitions = new Map<string, string>();
  private readonly footnotes = new Set<string>();
  private readonly titleClues = new TitleClues();
  private readonly surveyClues = new ListSurveyClues();

  read(root: Root): void {
    this.collectDefinitions(root);
    this.titleClues.read(root.children);
    this.surveyClues.read(root.children);
  }

  facts(): DocumentFacts {
    return {
      definitions: new Map(this.definitions),
      footnotes: [...this.footnotes],
      title: this.titleClues.title(),
      survey: this.surveyClues.survey(),
    };
  }

  private collectDefinitions(node: Nodes): void {
    if (node.type === 'definition') this.definitions.set(node.identifier, node.url);
    if (node.type === 'footnoteDefinition') this.footnotes.add(node.identifier);
    if ('children' in node) for (const child of node.children) this.collectDefinitions(child);
  }
}

export function factsOf(root: Root): DocumentFacts {
  const reader = new DocumentFactsReader();
  reader.read(root);
  return reader.facts();
}

/** The labels a piece of the document needs defined to read references as the whole does. */
export function definedLabels(facts: DocumentFacts | undefined): DefinedLabels {
  return { definitions: [...(facts?.definitions.keys() ?? [])], footnotes: facts?.footnotes ?? [] };
}

/** Whether reading with `assumed` read every entry as reading with `found` would have. */
export function sameFacts(assumed: DocumentFacts, found: DocumentFacts): boolean {
  return (
    sameEntries([...assumed.definitions], [...found.definitions]) &&
    sameEntries(assumed.footnotes, found.footnotes) &&
    JSON.stringify(assumed.title) === JSON.stringify(found.title) &&
    JSON.stringify(assumed.survey) === JSON.stringify(found.survey)
  );
}

function sameEntries<T>(left: readonly T[], right: readonly T[]): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}
