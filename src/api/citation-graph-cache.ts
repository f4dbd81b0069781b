import type { CitationNode } from '../model/citation-network/citation-graph';
import { CitationGraph, nodeOf } from '../model/citation-network/citation-graph';
import { parseWorkRefText } from '../model/citation-network/citation';
import { listCitationEdges } from '../store/citation-graph.store';
import { findNodeIdsByRef } from '../store/work.store';
import { createContentMemo } from './content-memo';
import type { ApiContext } from './context';
import { createGraphQLError } from 'graphql-yoga';
import { decodeGlobalID } from '@pothos/plugin-relay';

const graphsByVersion = createContentMemo(1);
const graphsByRequest = new WeakMap<ApiContext, CitationGraph>();

/**
 * The citation graph, read once per content version (every ingest that changes the graph, a
 * citation import included, moves it) and looked up once per request however many fields ask:
 * `references` or `citationPath` no longer read every edge on every request.
 */
export function citationGraphOf(ctx: ApiContext): CitationGraph {
  let graph = graphsByRequest.get(ctx);
  if (!graph) {
    graph = graphsByVersion(
      ctx.db,
      'citation-graph',
      () => new CitationGraph(listCitationEdges(ctx.db)),
    );
    graphsByRequest.set(ctx, graph);
  }
  return graph;
}

/**
 * The node an argument names: a Paper global id, an arXiv id or a DOI (of a paper or of an
 * external work); null when the graph has neither.
 */
export function findCitationNode(ctx: ApiContext, text: string): CitationNode | null {
  const global = tryDecodePaperId(text);
  if (global !== undefined) return `p:${global}`;
  const ref = parseWorkRefText(text);
  if (!ref) {
    throw createGraphQLError(`"${text}" is neither a Paper id, an arXiv id nor a DOI.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const found = findNodeIdsByRef(ctx.db, ref);
  return found ? nodeOf(found.paperId, found.workId ?? 0) : null;
}

function tryDecodePaperId(text: string): number | undefined {
  try {
    const decoded = decodeGlobalID(text);
    return decoded.typename === 'Paper' && /^\d+$/.test(decoded.id)
      ? Number(decoded.id)
      : undefined;
  } catch {
    return undefined;
  }
}
