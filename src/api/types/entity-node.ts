import { createGraphQLError } from 'graphql-yoga';
import type { EntityKind } from '../../model/ontology/ontology';
import type { PaperFilter } from '../../model/selection/paper-filter';
import type { Entity } from '../../store/entity.store';
import { findEntityBySlug, listEntitiesByIds } from '../../store/entity.store';
import { countPapersByEntityIds, listEntitiesWithPaperCounts } from '../../store/entity-link.store';
import { countPapers, listPapers } from '../../store/paper.store';
import { builder } from '../builder';
import { resolvePage } from '../paging';
import { PaperNode } from './paper';
import { PaperFilterInput, PaperOrderEnum, readPaperFilter } from './paper-filter-input';

/**
 * Shared parts of the ontology's node types (Algorithm, RewardType, Benchmark, Paradigm): each
 * is an `entities` row of one kind, with the same fields for its papers and the same query
 * fields to list and find it. Each type's own file adds what only it has.
 */

export const EntityOrderEnum = builder.enumType('EntityOrder', {
  description: 'How a list of ontology entities is sorted.',
  values: {
    NAME: { description: 'Alphabetically by name.' },
    PAPER_COUNT: {
      description: 'Most linked papers first (within `usedBy` when given), then name.',
    },
  } as const,
});

/** A node type over the `entities` rows of one kind; `node(id)` finds nothing of other kinds. */
export function entityNodeRef(name: string, kind: EntityKind) {
  return builder.loadableNodeRef<Entity, number, number>(name, {
    id: { resolve: (entity) => entity.id, parse: (id) => Number(id) },
    load: async (ids: number[], ctx) =>
      listEntitiesByIds(ctx.db, ids).map((entity, i) =>
        entity?.kind === kind ? entity : new Error(`no ${name} ${ids[i]}`),
      ),
  });
}

export type EntityNodeRef = ReturnType<typeof entityNodeRef>;

interface EntityTypeOptions {
  kind: EntityKind;
  /** Plural noun for descriptions: `algorithms`, `reward designs`. */
  noun: string;
  /** Query fields: `algorithms`, and `algorithm(slug)`. */
  listField: string;
  findField: string;
}

/** slug, name, description, aliases, paperCount and papers, plus the list and find query fields. */
export function addEntityFields(ref: EntityNodeRef, options: EntityTypeOptions): void {
  const familyNote = options.kind === 'algorithm' ? ' or to one of its variants' : '';
  builder.objectFields(ref, (t) => ({
    slug: t.exposeString('slug', {
      description: `Stable short name, usable in \`PaperFilterInput.${options.listField}\`.`,
    }),
    name: t.exposeString('name', { description: 'Display name.' }),
    description: t.exposeString('description', { description: 'What it is, in one line.' }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other spellings the tagger recognises (abbreviations, variants).',
    }),
    paperCount: t.loadable({
      type: 'Int',
      byPath: true,
      description: `How many papers are linked to it${familyNote}.`,
      args: {
        filter: t.arg({ type: PaperFilterInput, description: 'Count only papers matching this.' }),
      },
      load: async (ids: number[], ctx, args) =>
        countPapersByEntityIds(ctx.db, ids, readPaperFilter(ctx.db, args.filter)),
      resolve: (entity) => entity.id,
    }),
    papers: t.connection({
      type: PaperNode,
      description: `Papers linked to it${familyNote}, a page at a time.`,
      args: {
        filter: t.arg({ type: PaperFilterInput, description: 'Only papers that also match this.' }),
        orderBy: t.arg({ type: PaperOrderEnum, defaultValue: 'LIST', description: 'Sort order.' }),
      },
      resolve: (entity, args, ctx) => {
        const given = readPaperFilter(ctx.db, args.filter);
        const filter: PaperFilter = {
          ...given,
          entityIds: [...(given.entityIds ?? []), entity.id],
        };
        return resolvePage(args, countPapers(ctx.db, filter), ({ limit, offset }) =>
          listPapers(ctx.db, { filter, order: args.orderBy ?? 'LIST', limit, offset }),
        );
      },
    }),
  }));
  addEntityQueryFields(ref, options);
}

function addEntityQueryFields(ref: EntityNodeRef, options: EntityTypeOptions): void {
  builder.queryFields((t) => ({
    [options.listField]: t.field({
      type: [ref],
      description: `The ontology's ${options.noun}; with \`usedBy\`, only those some matching paper is linked to.`,
      args: {
        usedBy: t.arg({
          type: PaperFilterInput,
          description: `Keep ${options.noun} linked to at least one paper matching this (and count only those for \`PAPER_COUNT\`).`,
        }),
        orderBy: t.arg({ type: EntityOrderEnum, defaultValue: 'NAME', description: 'Sort order.' }),
        first: t.arg.int({ description: 'At most this many (all when omitted).' }),
      },
      resolve: (_root, args, ctx) => {
        if (args.first != null && args.first < 0) {
          throw createGraphQLError(`\`first\` must not be negative (got ${args.first}).`, {
            extensions: { code: 'BAD_USER_INPUT' },
          });
        }
        const ranked = listEntitiesWithPaperCounts(ctx.db, options.kind, {
          usedBy: args.usedBy ? readPaperFilter(ctx.db, args.usedBy) : undefined,
          order: args.orderBy ?? 'NAME',
        });
        return ranked.slice(0, args.first ?? undefined).map((row) => row.entity);
      },
    }),
    [options.findField]: t.field({
      type: ref,
      nullable: true,
      description: `One of the ${options.noun} by slug (null when none has it).`,
      args: { slug: t.arg.string({ required: true, description: 'Its slug, e.g. `grpo`.' }) },
      resolve: (_root, args, ctx) => findEntityBySlug(ctx.db, options.kind, args.slug) ?? null,
    }),
  }));
}
