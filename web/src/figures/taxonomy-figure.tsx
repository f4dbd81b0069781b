import { useMemo } from 'preact/hooks';
import { searchLink } from '../search-state';
import { useGql } from '../use-query';
import type { TreeNode } from './tree-figure';
import { TreeFigure } from './tree-figure';

const SECTION = 'id name paperCount';
const TAXONOMY = `{
  listed: papers(filter: { listed: true }, first: 0) { totalCount }
  pillars(includeGroups: true) { slug name paperCount }
  sections { ${SECTION} pillar { slug } children { ${SECTION} children { ${SECTION} children { ${SECTION} } } } }
}`;

interface SectionNode {
  id: string;
  name: string;
  paperCount: number;
  pillar?: { slug: string } | null;
  children?: SectionNode[];
}

interface TaxonomyAnswer {
  listed: { totalCount: number };
  pillars: { slug: string; name: string; paperCount: number }[];
  sections: SectionNode[];
}

function sectionNode(section: SectionNode): TreeNode {
  return {
    key: section.id,
    label: section.name,
    count: section.paperCount,
    href: searchLink({ sections: [section.id] }),
    children: (section.children ?? []).map(sectionNode),
  };
}

/** The survey's taxonomy: the lists → pillars and groups → sections, with paper counts. */
export function TaxonomyFigure() {
  const [answer] = useGql<TaxonomyAnswer>(TAXONOMY, {});
  const root = useMemo<TreeNode | null>(() => {
    if (answer.state !== 'done') return null;
    const { pillars, sections, listed } = answer.data;
    return {
      key: 'root',
      label: 'Listed papers',
      count: listed.totalCount,
      href: '/',
      children: pillars.map((p) => ({
        key: p.slug,
        label: p.name,
        count: p.paperCount,
        href: searchLink({ pillars: [p.slug] }),
        children: sections.filter((s) => s.pillar?.slug === p.slug).map(sectionNode),
      })),
    };
  }, [answer]);
  if (answer.state === 'loading') return <p aria-busy="true">Loading…</p>;
  if (answer.state === 'error') return <p role="alert">{answer.message}</p>;
  return (
    <TreeFigure
      name="taxonomy"
      title="Taxonomy: pillars and sections"
      caption="Every list's sections under the survey's pillars and the list's other groups; a paper placed twice counts once per node."
      root={root!}
    />
  );
}
