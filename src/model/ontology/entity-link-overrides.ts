import { z } from 'zod';
import { parseArxivId } from '../paper/arxiv-id';
import type { EntityKind, OntologyEntity } from './ontology';
import { OntologyError } from './ontology';
import { parseYamlList } from './parse-yaml-list';
import type { MentionRelation } from './entity-mention';
import { TAGGED_KINDS } from './tag-entities';

/** Which paper an override is about: its arXiv id, or its graph key (`title:…`, `doi:…`). */
export type PaperRef = { arxivId: string } | { key: string };

export interface OverrideTarget {
  kind: EntityKind;
  slug: string;
}

export interface OverrideAddition extends OverrideTarget {
  relation: MentionRelation;
}

export interface OverrideRemoval extends OverrideTarget {
  /** Only this relation; undefined removes the entity whatever the tagger called it. */
  relation?: MentionRelation | undefined;
}

/** A curator's correction of one paper's links (db/overrides/entity-links.yaml). */
export interface EntityLinkOverride {
  paper: PaperRef;
  /** As written in the file, for messages: `2505.17016`, `title:…`. */
  paperText: string;
  reason: string;
  add: OverrideAddition[];
  remove: OverrideRemoval[];
}

const relation = z.enum(['proposes', 'uses']);
const ref = z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, 'must be kind/slug, e.g. algorithm/grpo');
// `algorithm/grpo`, or `{ entity: algorithm/grpo, relation: proposes }`.
const item = z.union([
  ref.transform((entity): { entity: string; relation?: MentionRelation } => ({ entity })),
  z.strictObject({ entity: ref, relation: relation.optional() }),
]);

const entrySchema = z.strictObject({
  paper: z.string({ error: "must be a string (quote arXiv ids: '2505.17016')" }).min(1),
  reason: z.string().trim().min(1, 'must say why the tagger is overruled'),
  add: z.array(item).default([]),
  remove: z.array(item).default([]),
});

/**
 * Parses the overrides file and checks it against the ontology: every entity must exist and be
 * a tagged kind, each paper appears once, and no entity is both added and removed. Curated data,
 * so nothing is skipped: any problem throws an `OntologyError` listing all of them.
 */
export function parseEntityLinkOverrides(
  text: string,
  file: string,
  ontology: readonly OntologyEntity[],
): EntityLinkOverride[] {
  const data = parseYamlList(text, file);
  const problems: string[] = [];
  const overrides: EntityLinkOverride[] = [];
  const seen = new Set<string>();
  data.forEach((raw, index) => {
    const paperText = (raw as { paper?: unknown } | null)?.paper;
    const label = `entry ${index + 1}${typeof paperText === 'string' ? ` (${paperText})` : ''}`;
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${label}: ${issue.path.join('.') || 'entry'}: ${issue.message}`);
      return;
    }
    const { paper, reason, add, remove } = parsed.data;
    const report = (reasonText: string) => problems.push(`${label}: ${reasonText}`);
    if (seen.has(paper)) report('the paper has an entry already; merge them');
    seen.add(paper);
    const additions = add.map((a) => ({
      ...toTarget(a.entity, ontology, report),
      relation: a.relation ?? 'uses',
    }));
    const removals = remove.map((r) => ({
      ...toTarget(r.entity, ontology, report),
      relation: r.relation,
    }));
    for (const addition of additions) {
      if (removals.some((r) => r.kind === addition.kind && r.slug === addition.slug))
        report(`${addition.kind}/${addition.slug} is both added and removed`);
    }
    if (additions.length + removals.length === 0) report('adds and removes nothing');
    overrides.push({
      paper: toPaperRef(paper),
      paperText: paper,
      reason,
      add: additions,
      remove: removals,
    });
  });
  if (problems.length > 0) throw new OntologyError(file, problems);
  return overrides;
}

function toTarget(
  text: string,
  ontology: readonly OntologyEntity[],
  report: (reason: string) => void,
): OverrideTarget {
  const [kind = '', slug = ''] = text.split('/');
  if (!TAGGED_KINDS.includes(kind as EntityKind)) {
    report(`${text}: kind must be one of ${TAGGED_KINDS.join(', ')}`);
  } else if (!ontology.some((e) => e.kind === kind && e.slug === slug)) {
    report(`${text}: no such ${kind} in the ontology`);
  }
  return { kind: kind as EntityKind, slug };
}

/** A bare arXiv id (`2505.17016`, `arXiv:2505.17016v2`) or else a paper key. */
function toPaperRef(text: string): PaperRef {
  const arxiv = parseArxivId(text);
  return arxiv.ok ? { arxivId: arxiv.id } : { key: text };
}
