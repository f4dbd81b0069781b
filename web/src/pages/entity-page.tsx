import { PaperList } from '../components/paper-list';
import type { PaperRow } from '../paper-row';
import { PAPER_ROW_FIELDS } from '../paper-row';
import { pathTo } from '../route';
import type { SearchState } from '../search-state';
import { emptySearch, searchLink, toPaperFilter } from '../search-state';
import { useGql } from '../use-query';
import { NotFound } from '../components/not-found';

type Kind = 'author' | 'venue' | 'algorithm' | 'reward' | 'benchmark';

/** How each kind is fetched and which search facet narrows to it. */
const KINDS: Record<
  Kind,
  {
    field: string;
    arg: string;
    extra: string;
    filter: (key: string) => Partial<SearchState>;
    label: string;
  }
> = {
  author: {
    field: 'author',
    arg: 'name',
    extra: '',
    filter: (k) => ({ authors: [k] }),
    label: 'Author',
  },
  venue: {
    field: 'venue',
    arg: 'name',
    extra: '',
    filter: (k) => ({ venues: [k] }),
    label: 'Venue',
  },
  algorithm: {
    field: 'algorithm',
    arg: 'slug',
    extra:
      'slug description aliases variantOf { slug name } variants { slug name } paradigms { slug name }',
    filter: (k) => ({ algorithms: [k] }),
    label: 'Algorithm',
  },
  reward: {
    field: 'rewardType',
    arg: 'slug',
    extra: 'slug description aliases',
    filter: (k) => ({ rewards: [k] }),
    label: 'Reward design',
  },
  benchmark: {
    field: 'benchmark',
    arg: 'slug',
    extra: 'slug description aliases task pillars { slug name }',
    filter: (k) => ({ benchmarks: [k] }),
    label: 'Benchmark',
  },
};

function entityQuery(kind: Kind): string {
  const { field, arg, extra } = KINDS[kind];
  const order = kind === 'author' || kind === 'venue' ? '' : ', orderBy: NEWEST';
  return `query Entity($key: String!, $filter: PaperFilterInput) {
  entity: ${field}(${arg}: $key) { name paperCount ${extra} papers(first: 100${order}) { totalCount edges { node { ${PAPER_ROW_FIELDS} } } } }
  pillars: matrix(rows: PILLAR, columns: YEAR, filter: $filter, includeGroups: true) { ...axes }
  concepts: matrix(rows: ALGORITHM_FAMILY, columns: REWARD, filter: $filter) { ...axes }
  more: matrix(rows: BENCHMARK, columns: AUTHOR, filter: $filter, top: 12) { ...axes }
}
fragment axes on Matrix { rows { key label total } columns { key label total } }`;
}

interface Axis {
  rows: Value[];
  columns: Value[];
}
interface Value {
  key: string;
  label: string;
  total: number;
}
interface EntityAnswer {
  entity: {
    name: string;
    paperCount: number;
    slug?: string;
    description?: string;
    aliases?: string[];
    task?: string | null;
    variantOf?: { slug: string; name: string } | null;
    variants?: { slug: string; name: string }[];
    paradigms?: { slug: string; name: string }[];
    pillars?: { slug: string; name: string }[];
    papers: { totalCount: number; edges: { node: PaperRow }[] };
  } | null;
  pillars: Axis;
  concepts: Axis;
  more: Axis;
}

/** An author, venue, algorithm, reward or benchmark: what it is, how it connects, its papers. */
export function EntityPage({ kind, name }: { kind: Kind; name: string }) {
  const spec = KINDS[kind];
  const filter = toPaperFilter({ ...emptySearch, ...spec.filter(name) });
  const [answer] = useGql<EntityAnswer>(entityQuery(kind), { key: name, filter });
  if (answer.state === 'loading') return <p aria-busy="true">Loading…</p>;
  if (answer.state === 'error') return <p role="alert">{answer.message}</p>;
  const { entity, pillars, concepts, more } = answer.data;
  if (!entity) return <NotFound what={kind} />;
  const base = spec.filter(kind === 'author' || kind === 'venue' ? entity.name : name);
  return (
    <article>
      <p class="kicker">{spec.label}</p>
      <h1 tabIndex={-1}>{entity.name}</h1>
      {entity.description && <p>{entity.description}</p>}
      {entity.aliases && entity.aliases.length > 0 && (
        <p class="muted">Also written: {entity.aliases.join(', ')}</p>
      )}
      {entity.task && <p>Task: {entity.task}</p>}
      <AlgorithmFamily entity={entity} />
      <section aria-labelledby="connections-heading">
        <h2 id="connections-heading">How it connects</h2>
        <div class="connections">
          <Connection
            title="Pillars"
            values={pillars.rows}
            link={(v) => searchLink({ ...base, pillars: [v.key] })}
          />
          <Connection
            title="Years"
            values={pillars.columns}
            link={(v) => searchLink({ ...base, year: v.key })}
          />
          {kind !== 'algorithm' && (
            <Connection
              title="Algorithm families"
              values={concepts.rows}
              link={(v) => pathTo('algorithm', v.key)}
            />
          )}
          {kind !== 'reward' && (
            <Connection
              title="Rewards"
              values={concepts.columns}
              link={(v) => pathTo('reward', v.key)}
            />
          )}
          {kind !== 'benchmark' && (
            <Connection
              title="Benchmarks"
              values={more.rows}
              link={(v) => pathTo('benchmark', v.key)}
            />
          )}
          <Connection
            title={kind === 'author' ? 'Co-authors' : 'Authors'}
            values={more.columns.filter((v) => v.label !== entity.name)}
            link={(v) => pathTo('author', v.label)}
          />
        </div>
      </section>
      <section aria-labelledby="papers-heading">
        <h2 id="papers-heading">
          <span data-testid="total">{entity.papers.totalCount}</span> papers
        </h2>
        <p>
          <a href={searchLink(base)}>Refine these papers in search</a>
        </p>
        <PaperList papers={entity.papers.edges.map((e) => e.node)} />
      </section>
    </article>
  );
}

function AlgorithmFamily({ entity }: { entity: NonNullable<EntityAnswer['entity']> }) {
  if (!entity.variants && !entity.variantOf) return null;
  return (
    <p>
      {entity.variantOf && (
        <>
          Variant of{' '}
          <a href={pathTo('algorithm', entity.variantOf.slug)}>{entity.variantOf.name}</a>.{' '}
        </>
      )}
      {entity.variants && entity.variants.length > 0 && (
        <>
          Variants:{' '}
          {entity.variants.map((v, i) => (
            <span key={v.slug}>
              {i > 0 && ', '}
              <a href={pathTo('algorithm', v.slug)}>{v.name}</a>
            </span>
          ))}
          .{' '}
        </>
      )}
      {entity.paradigms && entity.paradigms.length > 0 && (
        <>Paradigms: {entity.paradigms.map((p) => p.name).join(', ')}.</>
      )}
    </p>
  );
}

function Connection({
  title,
  values,
  link,
}: {
  title: string;
  values: Value[];
  link: (v: Value) => string;
}) {
  const shown = values
    .filter((v) => v.total > 0)
    .sort((a, b) => b.total - a.total)
    .slice(0, 10);
  if (shown.length === 0) return null;
  return (
    <div class="connection">
      <h3>{title}</h3>
      <ul class="plain">
        {shown.map((v) => (
          <li key={v.key}>
            <a href={link(v)}>{v.label}</a> <span class="count">{v.total}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
