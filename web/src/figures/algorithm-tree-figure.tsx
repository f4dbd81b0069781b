import { useMemo } from 'preact/hooks';
import { pathTo } from '../route';
import { useGql } from '../use-query';
import type { TreeNode } from './tree-figure';
import { TreeFigure } from './tree-figure';

const ALGORITHMS = `{ algorithms { slug name paperCount variantOf { slug } } }`;

interface AlgorithmsAnswer {
  algorithms: {
    slug: string;
    name: string;
    paperCount: number;
    variantOf: { slug: string } | null;
  }[];
}

/** Drops branches no paper uses (a family's count includes its variants', so 0 means none do). */
function withoutUnused(node: TreeNode): TreeNode {
  return { ...node, children: node.children.filter((c) => c.count > 0).map(withoutUnused) };
}

/** The algorithm family tree (variantOf), each node with the papers of it and its variants. */
export function AlgorithmTreeFigure() {
  const [answer] = useGql<AlgorithmsAnswer>(ALGORITHMS, {});
  const root = useMemo<TreeNode | null>(() => {
    if (answer.state !== 'done') return null;
    const nodes = new Map<string, TreeNode>(
      answer.data.algorithms.map((a) => [
        a.slug,
        {
          key: a.slug,
          label: a.name,
          count: a.paperCount,
          href: pathTo('algorithm', a.slug),
          children: [],
        },
      ]),
    );
    const roots: TreeNode[] = [];
    for (const a of answer.data.algorithms) {
      const node = nodes.get(a.slug)!;
      const parent = a.variantOf ? nodes.get(a.variantOf.slug) : undefined;
      (parent ? parent.children : roots).push(node);
    }
    return {
      key: 'root',
      label: 'Algorithms',
      count: roots.reduce((n, r) => n + r.count, 0),
      href: '/figures/algorithms',
      children: roots.filter((r) => r.count > 0).map(withoutUnused),
    };
  }, [answer]);
  if (answer.state === 'loading') return <p aria-busy="true">Loading…</p>;
  if (answer.state === 'error') return <p role="alert">{answer.message}</p>;
  return (
    <TreeFigure
      name="algorithm-families"
      title="Algorithm family tree"
      caption="Policy-optimisation algorithms by the variant they build on; a count includes the papers of every variant below; algorithms no paper uses are left out. The root adds up its branches, so a paper using two families counts twice there."
      root={root!}
    />
  );
}
