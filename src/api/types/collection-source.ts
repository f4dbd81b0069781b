import type { CollectionSource } from '../../model/curation/collection';
import type { PaperFilter } from '../../model/selection/paper-filter';
import { builder } from '../builder';
import { SectionNode } from './section';

export const CollectionSourceKindEnum = builder.enumType('CollectionSourceKind', {
  description: 'How a source selected papers.',
  values: {
    FILTER: { description: 'Every paper a filter matched.' },
    SEARCH: { description: 'The hits of a full-text search, best first.' },
  } as const,
});

const SavedPaperFilterType = builder.objectRef<PaperFilter>('SavedPaperFilter').implement({
  description:
    'A paper filter as it was given (see `PaperFilterInput`); null fields did not narrow.',
  fields: (t) => ({
    pillars: t.exposeStringList('pillars', {
      nullable: true,
      description: 'Pillar or group slugs; a paper matched any of them.',
    }),
    sections: t.field({
      type: [SectionNode],
      nullable: true,
      description: 'Sections; a paper matched when listed in any of them or below.',
      resolve: (filter) => filter.sectionIds ?? null,
    }),
    yearFrom: t.exposeInt('yearFrom', { nullable: true, description: 'Earliest year, inclusive.' }),
    yearTo: t.exposeInt('yearTo', { nullable: true, description: 'Latest year, inclusive.' }),
    venues: t.exposeStringList('venues', {
      nullable: true,
      description: 'Venue names (compared ignoring case).',
    }),
    hasCode: t.exposeBoolean('hasCode', {
      nullable: true,
      description: 'Only papers with (true) or without (false) a code link.',
    }),
    listed: t.exposeBoolean('listed', {
      nullable: true,
      description: 'Only papers some list placed (true) or every list had dropped (false).',
    }),
  }),
});

export const CollectionSourceType = builder
  .objectRef<CollectionSource>('CollectionSource')
  .implement({
    description:
      'A filter or search that papers were added from. Its result was stored as papers when it was added; it is kept for reference and is not re-run.',
    fields: (t) => ({
      kind: t.field({
        type: CollectionSourceKindEnum,
        description: 'Whether a filter or a search selected the papers.',
        resolve: (source) => (source.kind === 'search' ? 'SEARCH' : 'FILTER'),
      }),
      query: t.exposeString('query', {
        nullable: true,
        description: 'The search words (null for a filter).',
      }),
      filter: t.field({
        type: SavedPaperFilterType,
        description:
          'The filter (for a search: what narrowed its hits; all null when nothing did).',
        resolve: (source) => source.filter,
      }),
      paperCount: t.exposeInt('paperCount', {
        description: 'How many papers it matched when added (some may have been in already).',
      }),
      addedAt: t.exposeString('addedAt', { description: 'When it was added (ISO 8601).' }),
    }),
  });
