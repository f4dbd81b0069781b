import { builder } from '../builder';

/** A row or column header, its key already public (global ids for sections and authors). */
export interface DimensionValueShape {
  key: string;
  label: string;
  parentKey: string | null;
  paperIds: string[];
}

export const DimensionValueType = builder
  .objectRef<DimensionValueShape>('DimensionValue')
  .implement({
    description:
      'One value of a dimension (a matrix row or column, a timeline group) with its total.',
    fields: (t) => ({
      key: t.exposeString('key', {
        description:
          'Stable key, usable in the matching filter: pillar or concept slug, Section or Author global id, `2025`, `2025-03`, venue name.',
      }),
      label: t.exposeString('label', { description: 'Human-readable name.' }),
      total: t.int({
        description: 'Papers (among those analysed) that have this value.',
        resolve: (value) => value.paperIds.length,
      }),
      parentKey: t.exposeString('parentKey', {
        nullable: true,
        description: 'For algorithm families: the key of the family this one is a variant of.',
      }),
      paperIds: t.exposeStringList('paperIds', {
        description: 'Global ids of those papers, ascending by creation.',
      }),
    }),
  });
