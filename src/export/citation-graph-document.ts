/** A citation graph ready to write: nodes with their attributes, edges citing → cited. */
export interface GraphDocument {
  nodes: GraphDocumentNode[];
  edges: { source: string; target: string }[];
}

export interface GraphDocumentNode {
  /** `paper:<id>` or `work:<id>`. */
  id: string;
  label: string;
  kind: 'paper' | 'external';
  year: number | null;
  arxivId: string | null;
  doi: string | null;
  listed: boolean;
}

/** Node attributes every graph format writes, with their types. */
export const NODE_ATTRIBUTES = [
  { key: 'kind', type: 'string' },
  { key: 'year', type: 'int' },
  { key: 'arxivId', type: 'string' },
  { key: 'doi', type: 'string' },
  { key: 'listed', type: 'boolean' },
] as const;

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 cannot hold at all, so matching them is the point.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  );
}
