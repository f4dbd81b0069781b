/** Helpers over fast-xml-parser's output for TEI, where any element may be text or an object. */

export type TeiNode = Record<string, unknown>;

/** The element's text (its `#text`, or itself when a string), whitespace collapsed. */
export function teiText(node: unknown): string | undefined {
  if (typeof node === 'string' || typeof node === 'number')
    return String(node).replace(/\s+/g, ' ').trim() || undefined;
  if (Array.isArray(node)) return teiText(node[0]);
  if (node && typeof node === 'object') return teiText((node as TeiNode)['#text']);
  return undefined;
}

export function teiChildren(node: unknown, name: string): TeiNode[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as TeiNode)[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item) =>
    typeof item === 'object' && item !== null ? (item as TeiNode) : { '#text': item },
  );
}

/** Every element with the given name anywhere below `node`, in document order. */
export function teiDescendants(node: unknown, name: string): TeiNode[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((item) => teiDescendants(item, name));
  return Object.entries(node as TeiNode).flatMap(([key, value]) =>
    key === name
      ? teiChildren(node, name)
      : key.startsWith('@_')
        ? []
        : teiDescendants(value, name),
  );
}

export function teiAttribute(node: TeiNode, name: string): string | undefined {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}
