import { builder } from '../builder';
import { citationGraphOf } from '../citation-graph-cache';
import type { GraphExport } from '../../service/export-citation-graph';
import { exportCitationGraph } from '../../service/export-citation-graph';
import { toGraphQLError } from './export';
import { ExportSelectionInput, toExportSelection } from './export-selection-input';

const GraphFormatEnum = builder.enumType('GraphFormat', {
  description: 'File formats for a citation graph.',
  values: {
    GRAPHML: { value: 'graphml', description: 'GraphML: Gephi, yEd, Cytoscape, networkx.' },
    GEXF: { value: 'gexf', description: "GEXF 1.3, Gephi's own format." },
    CSV: { value: 'csv', description: 'A CSV edge list: source, target and their titles.' },
  } as const,
});

const GraphExportType = builder.objectRef<GraphExport>('GraphExport').implement({
  description: 'A citation graph as a file.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The file contents.' }),
    contentType: t.exposeString('contentType', { description: 'Its media type.' }),
    filename: t.exposeString('filename', { description: 'A file name for it.' }),
    nodeCount: t.exposeInt('nodeCount', { description: 'How many nodes it holds.' }),
    edgeCount: t.exposeInt('edgeCount', { description: 'How many citations it holds.' }),
  }),
});

builder.queryField('citationGraphExport', (t) =>
  t.field({
    type: GraphExportType,
    description:
      'The citations among a selection of papers (and, with `includeExternal`, what else they cite) as GraphML, GEXF or a CSV edge list.',
    args: {
      format: t.arg({ type: GraphFormatEnum, required: true, description: 'The format.' }),
      selection: t.arg({ type: ExportSelectionInput, description: 'Which papers (default: all).' }),
      includeExternal: t.arg.boolean({
        defaultValue: false,
        description: 'Also the works outside the selection that it cites.',
      }),
    },
    resolve: (_root, args, ctx) => {
      const outcome = exportCitationGraph(
        { ...ctx, graph: citationGraphOf(ctx) },
        {
          format: args.format,
          selection: toExportSelection(args.selection),
          includeExternal: args.includeExternal ?? false,
        },
      );
      if (!outcome.ok) throw toGraphQLError(outcome);
      return outcome.document;
    },
  }),
);
