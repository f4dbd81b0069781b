import type { OntologyEntity } from './ontology';
import type { EntityLinkOverride } from './entity-link-overrides';
import { applyOverrides } from './apply-overrides';
import type { EntityLink, TagInput } from './entity-mention';
import { tagEntities } from './tag-entities';

/** `algorithm/flow-grpo`: how overrides and summaries name an entity. */
export function entityRef(entity: Pick<OntologyEntity, 'kind' | 'slug'>): string {
  return `${entity.kind}/${entity.slug}`;
}

/**
 * The links a paper should have: what the tagger finds in its title and abstract, plus imported
 * links for entities the tagger did not find (a corpus read the abstract this database lacks),
 * then the paper's override (if any) on top. Pure and deterministic, so re-linking is idempotent.
 */
export function planEntityLinks(
  input: TagInput,
  ontology: OntologyEntity[],
  override?: EntityLinkOverride | undefined,
  imported: readonly EntityLink[] = [],
): EntityLink[] {
  const tagged = tagEntities(input, ontology).map((mention): EntityLink => ({
    kind: mention.kind,
    slug: mention.slug,
    relation: mention.relation,
    confidence: mention.confidence,
    origin: 'tagger',
    evidence: mention.evidence,
    note: null,
  }));
  const known = new Set(tagged.map((link) => `${entityRef(link)}\u0000${link.relation}`));
  const carried = imported.filter(
    (link) =>
      !known.has(`${entityRef(link)}\u0000${link.relation}`) &&
      ontology.some((e) => e.kind === link.kind && e.slug === link.slug),
  );
  const links = [...tagged, ...carried];
  return sortLinks(override ? applyOverrides(links, override) : links);
}

/** Links in a canonical order (kind, slug, relation), so two sets compare by value. */
export function sortLinks(links: readonly EntityLink[]): EntityLink[] {
  const key = (link: EntityLink) => `${link.kind}\u0000${link.slug}\u0000${link.relation}`;
  return [...links].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Whether two sets of links say exactly the same (order aside); lets the linker skip no-ops. */
export function sameEntityLinks(a: readonly EntityLink[], b: readonly EntityLink[]): boolean {
  if (a.length !== b.length) return false;
  const canonical = (links: readonly EntityLink[]) =>
    JSON.stringify(
      sortLinks(links).map((link) => [
        link.kind,
        link.slug,
        link.relation,
        link.confidence,
        link.origin,
        link.note,
        link.evidence && [
          link.evidence.field,
          link.evidence.matchedText,
          link.evidence.start,
          link.evidence.end,
          link.evidence.rule,
        ],
      ]),
    );
  return canonical(a) === canonical(b);
}
