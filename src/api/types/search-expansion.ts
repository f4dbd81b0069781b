import type { QueryUnit } from '../../search/expand-query';
import { builder } from '../builder';

export const QueryExpansionType = builder.objectRef<QueryUnit>('QueryExpansion').implement({
  description:
    'Words of the query that name a known concept, and the other spellings searched for with them.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The words as the query wrote them, e.g. `T2I`.' }),
    alternatives: t.stringList({
      description: 'Other spellings also searched for, e.g. `text-to-image`.',
      resolve: (unit) => unit.alternatives.map((alternative) => alternative.text),
    }),
    sources: t.exposeStringList('sources', {
      description:
        'Where the equivalence comes from: `algorithm/grpo`, `abbreviation/T2I`, `synonym/personalized` (a set in db/ontology/synonyms.yaml) …',
    }),
  }),
});
