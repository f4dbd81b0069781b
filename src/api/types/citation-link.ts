import type { CitationNode } from '../../model/citation-network/citation-graph';
import type { CitationDetail } from '../../store/citation-graph.store';
import { listCitationDetails } from '../../store/citation-graph.store';
import { builder } from '../builder';
import type { ApiContext } from '../context';
import { CitationNodeType } from './citation-node';

/** A citation seen from one end: the node at the other end and the edges that join them. */
export interface CitationLinkValue {
  node: CitationNode;
  pairs: [number, number][];
}

const CitationSourceType = builder
  .objectRef<CitationDetail['sources'][number]>('CitationSource')
  .implement({
    description: 'A source that asserts a citation: which import, format, file and line.',
    fields: (t) => ({
      format: t.exposeString('format', {
        description:
          'The format it came in: unarxive, bibtex-references, s2-references, s2-citations, s2-dataset, openalex, crossref, grobid.',
      }),
      file: t.exposeString('file', { description: 'The file it was read from.' }),
      line: t.exposeInt('line', {
        nullable: true,
        description: 'The line in that file, when known.',
      }),
      runId: t.exposeInt('runId', { description: 'The ingest run that imported it.' }),
    }),
  });

const details = new WeakMap<ApiContext, Map<string, CitationDetail>>();

/** Details of a link's edges, merged over its stored edges (read per link; pages are small). */
function detailOf(ctx: ApiContext, link: CitationLinkValue): CitationDetail {
  const cache = details.get(ctx) ?? new Map<string, CitationDetail>();
  details.set(ctx, cache);
  const key = JSON.stringify(link.pairs);
  let detail = cache.get(key);
  if (!detail) {
    const parts = listCitationDetails(ctx.db, link.pairs);
    detail = {
      citingWorkId: link.pairs[0]?.[0] ?? 0,
      citedWorkId: link.pairs[0]?.[1] ?? 0,
      contexts: [...new Set(parts.flatMap((p) => p.contexts))],
      intents: [...new Set(parts.flatMap((p) => p.intents))],
      isInfluential: parts.some((p) => p.isInfluential === true)
        ? true
        : parts.some((p) => p.isInfluential === false)
          ? false
          : null,
      sources: parts.flatMap((p) => p.sources),
    };
    cache.set(key, detail);
  }
  return detail;
}

export const CitationLinkType = builder.objectRef<CitationLinkValue>('CitationLink').implement({
  description:
    'A citation seen from one paper: the work at the other end, with what the sources say about it.',
  fields: (t) => ({
    node: t.field({
      type: CitationNodeType,
      description: 'The other end: a paper of the graph or an external work.',
      resolve: (link) => ({ node: link.node }),
    }),
    contexts: t.stringList({
      description:
        'Sentences around the citation marker, when a source gives them (unarXive, Semantic Scholar, GROBID).',
      resolve: (link, _args, ctx) => detailOf(ctx, link).contexts,
    }),
    intents: t.stringList({
      description:
        'Why it is cited, when a source says (Semantic Scholar: background, methodology, result).',
      resolve: (link, _args, ctx) => detailOf(ctx, link).intents,
    }),
    isInfluential: t.boolean({
      nullable: true,
      description:
        'Whether Semantic Scholar marks the citation influential; null when no source says.',
      resolve: (link, _args, ctx) => detailOf(ctx, link).isInfluential,
    }),
    sources: t.field({
      type: [CitationSourceType],
      description: 'Every source that asserts this citation, oldest import first.',
      resolve: (link, _args, ctx) => detailOf(ctx, link).sources,
    }),
  }),
});
