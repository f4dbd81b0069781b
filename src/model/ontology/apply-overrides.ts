import type { EntityLink } from './entity-mention';
import type { EntityLinkOverride } from './entity-link-overrides';

/**
 * Applies a curator's override to the tagger's links for one paper; the override always wins.
 * A removal drops the tagger's link to that entity (of the given relation, or any). An addition
 * replaces whatever the tagger said about that entity: origin `override`, confidence 1, the
 * override's reason as note, keeping the tagger's evidence when it had found the entity too.
 */
export function applyOverrides(
  links: readonly EntityLink[],
  override: EntityLinkOverride,
): EntityLink[] {
  const same = (link: EntityLink, target: { kind: string; slug: string }) =>
    link.kind === target.kind && link.slug === target.slug;
  const kept = links.filter(
    (link) =>
      !override.remove.some(
        (removal) =>
          same(link, removal) && (!removal.relation || removal.relation === link.relation),
      ) && !override.add.some((addition) => same(link, addition)),
  );
  const added = override.add.map((addition): EntityLink => ({
    kind: addition.kind,
    slug: addition.slug,
    relation: addition.relation,
    confidence: 1,
    origin: 'override',
    evidence: links.find((link) => same(link, addition))?.evidence ?? null,
    note: override.reason,
  }));
  return [...kept, ...added];
}
