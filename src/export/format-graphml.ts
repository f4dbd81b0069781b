import type { GraphDocument } from './citation-graph-document';
import { escapeXml, NODE_ATTRIBUTES } from './citation-graph-document';

/** GraphML (http://graphml.graphdrawing.org/), directed, for Gephi, yEd, Cytoscape, networkx. */
export function formatGraphml(graph: GraphDocument): string {
  const keys = [
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...NODE_ATTRIBUTES.map(
      (a) => `  <key id="${a.key}" for="node" attr.name="${a.key}" attr.type="${a.type}"/>`,
    ),
  ];
  const nodes = graph.nodes.map((node) => {
    const data = [
      `<data key="label">${escapeXml(node.label)}</data>`,
      `<data key="kind">${node.kind}</data>`,
      node.year === null ? '' : `<data key="year">${node.year}</data>`,
      node.arxivId ? `<data key="arxivId">${escapeXml(node.arxivId)}</data>` : '',
      node.doi ? `<data key="doi">${escapeXml(node.doi)}</data>` : '',
      `<data key="listed">${node.listed}</data>`,
    ].filter(Boolean);
    return `    <node id="${node.id}">${data.join('')}</node>`;
  });
  const edges = graph.edges.map(
    (edge, i) => `    <edge id="e${i}" source="${edge.source}" target="${edge.target}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="citations" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
