import * as Plot from '@observablehq/plot';
import { useMemo } from 'preact/hooks';
import { FigureFrame } from './figure-frame';

/** A node of a drawn tree: its label, paper count, where it links, and its children. */
export interface TreeNode {
  key: string;
  label: string;
  count: number;
  href: string;
  children: TreeNode[];
}

const DELIMITER = '\u001f';

function flatten(node: TreeNode, path: string[] = []): { path: string[]; node: TreeNode }[] {
  const here = [...path, `${shorten(node.label)} (${node.count})`];
  return [{ path: here, node }, ...node.children.flatMap((child) => flatten(child, here))];
}

/** A tree as a Plot figure (for the eye and downloads) and as nested lists of links (for all). */
export function TreeFigure(props: {
  name: string;
  title: string;
  caption: string;
  root: TreeNode;
}) {
  const entries = useMemo(() => flatten(props.root), [props.root]);
  const draw = useMemo(() => {
    const leaves = entries
      .filter((e) => e.node.children.length === 0)
      .map((e) => e.path.join(DELIMITER));
    const hrefs = new Map(entries.map((e) => [e.path.join(DELIMITER), e.node.href]));
    return (width: number) =>
      Plot.plot({
        width,
        height: Math.max(200, leaves.length * 16 + 40),
        axis: null,
        margin: 10,
        marginLeft: 130,
        marginRight: Math.min(260, width / 3),
        marks: [
          Plot.tree(leaves, {
            delimiter: DELIMITER,
            textStroke: 'var(--bg)',
            fontSize: 11,
            href: (d: string) => hrefs.get(d) ?? null,
          } as Plot.TreeOptions),
        ],
      });
  }, [entries]);
  return (
    <FigureFrame
      name={props.name}
      title={props.title}
      caption={props.caption}
      draw={draw}
      csv={entries.map((e) => ({
        path: e.path.slice(1).map(stripCount).join(' > ') || props.root.label,
        depth: e.path.length - 1,
        papers: e.node.count,
      }))}
    >
      <ul class="tree" data-testid={`${props.name}-list`}>
        <TreeItem node={props.root} />
      </ul>
    </FigureFrame>
  );
}

/** Long section names overlap their neighbours in the drawing; the list below has them whole. */
function shorten(label: string, max = 30): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

function stripCount(label: string): string {
  return label.replace(/ \(\d+\)$/, '');
}

function TreeItem({ node }: { node: TreeNode }) {
  return (
    <li data-key={node.key}>
      <a href={node.href}>{node.label}</a> <span class="count">{node.count}</span>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <TreeItem key={child.key} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
