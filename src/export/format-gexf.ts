import type { GraphDocument } from './citation-graph-document';
import { escapeXml, NODE_ATTRIBUTES } from './citation-graph-document';

const GEXF_TYPES = { string: 'string', int: 'integer', boolean: 'boolean' } as const;

/** GEXF 1.3 (https://gexf.net/), Gephi's own format: directed, with node attributes. */
export function formatGexf(graph: GraphDocument): string {
  const attributes = NODE_ATTRIBUTES.map(
    (a, i) => `      <attribute id="${i}" title="${a.key}" type="${GEXF_TYPES[a.type]}"/>`,
  );
  const nodes = graph.nodes.map((node) => {
    const values = [node.kind, node.year, node.arxivId, node.doi, node.listed]
      .map((value, i) =>
        value === null ? '' : `<attvalue for="${i}" value="${escapeXml(String(value))}"/>`,
      )
      .join('');
    return `      <node id="${node.id}" label="${escapeXml(node.label)}"><attvalues>${values}</attvalues></node>`;
  });
  const edges = graph.edges.map(
    (edge, i) => `      <edge id="${i}" source="${edge.source}" target="${edge.target}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>surveygraph</creator><description>citation graph</description></meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    '    <attributes class="node">',
    ...attributes,
    '    </attributes>',
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
