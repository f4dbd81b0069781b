import { PaperCollections } from '../components/paper-collections';
import { CiteBox } from '../components/cite-box';
import type { Evidence } from '../components/evidence';
import { EvidenceText } from '../components/evidence';
import { formatDate } from '../paper-row';
import { pathTo } from '../route';
import { searchLink } from '../search-state';
import { useGql } from '../use-query';

const LINK_FIELDS = 'relation confidence origin note evidence { field matchedText start end rule }';
const PAPER = `query Paper($id: ID!) {
  paper(id: $id) {
    id title year month published dateText venue arxivId doi kind listed abstract
    authors { name } links { kind url }
    sections { id path pillar { slug name } } pillars { slug name }
    algorithms { ${LINK_FIELDS} entity: algorithm { slug name } }
    rewards { ${LINK_FIELDS} entity: reward { slug name } }
    benchmarks { ${LINK_FIELDS} entity: benchmark { slug name } }
    paradigms { ${LINK_FIELDS} entity: paradigm { slug name } }
    conflicts { field keptValue keptSource otherValue otherSource }
    collections { id name }
  }
  related(paper: $id, first: 8) { score reason paper { id title year month } }
}`;

interface EntityLink {
  relation: 'PROPOSES' | 'USES';
  confidence: number;
  origin: string;
  note: string | null;
  evidence: Evidence | null;
  entity: { slug: string; name: string };
}

interface PaperDetail {
  id: string;
  title: string;
  year: number | null;
  month: number | null;
  published: string | null;
  dateText: string | null;
  venue: string | null;
  arxivId: string | null;
  doi: string | null;
  kind: string;
  listed: boolean;
  abstract: string | null;
  authors: { name: string }[];
  links: { kind: string; url: string }[];
  sections: { id: string; path: string[]; pillar: { slug: string; name: string } | null }[];
  pillars: { slug: string; name: string }[];
  algorithms: EntityLink[];
  rewards: EntityLink[];
  benchmarks: EntityLink[];
  paradigms: EntityLink[];
  conflicts: {
    field: string;
    keptValue: string | null;
    keptSource: string | null;
    otherValue: string;
    otherSource: string;
  }[];
  collections: { id: string; name: string }[];
}

interface PaperAnswer {
  paper: PaperDetail | null;
  related:
    | {
        score: number;
        reason: string;
        paper: { id: string; title: string; year: number | null; month: number | null };
      }[]
    | null;
}

/** One paper: its facts, its concepts with evidence, conflicts, related papers and citations. */
export function PaperPage({ id }: { id: string }) {
  const [answer, reload] = useGql<PaperAnswer>(PAPER, { id });
  if (answer.state === 'loading') return <p aria-busy="true">Loading…</p>;
  if (answer.state === 'error') return <p role="alert">{answer.message}</p>;
  const { paper, related } = answer.data;
  if (!paper) return <NotFound what="paper" />;
  const texts = { title: paper.title, abstract: paper.abstract };
  return (
    <article class="paper-page">
      <h1 tabIndex={-1}>{paper.title}</h1>
      <p class="byline">
        {paper.authors.map((a, i) => (
          <span key={a.name}>
            {i > 0 && ', '}
            <a href={pathTo('author', a.name)}>{a.name}</a>
          </span>
        ))}
        {paper.authors.length === 0 && <span class="muted">Authors not known yet.</span>}
      </p>
      <dl class="facts">
        <dt>Date</dt>
        <dd>
          {paper.published ?? formatDate(paper)}
          {paper.dateText && <span class="muted"> (list says “{paper.dateText}”)</span>}
        </dd>
        <dt>Venue</dt>
        <dd>
          {paper.venue ? <a href={pathTo('venue', paper.venue)}>{paper.venue}</a> : 'preprint'}
        </dd>
        <dt>Links</dt>
        <dd class="links">
          {paper.arxivId && (
            <ExternalLink
              url={`https://arxiv.org/abs/${paper.arxivId}`}
              label={`arXiv:${paper.arxivId}`}
            />
          )}
          {paper.doi && (
            <ExternalLink url={`https://doi.org/${paper.doi}`} label={`doi:${paper.doi}`} />
          )}
          {paper.links
            .filter((l) => l.kind !== 'arxiv')
            .map((l) => (
              <ExternalLink key={l.url} url={l.url} label={l.kind} />
            ))}
        </dd>
        <dt>Placed under</dt>
        <dd>
          <ul class="plain">
            {paper.sections.map((s) => (
              <li key={s.id}>
                {s.pillar && (
                  <>
                    <a href={searchLink({ pillars: [s.pillar.slug] })}>{s.pillar.name}</a> ›{' '}
                  </>
                )}
                <a href={searchLink({ sections: [s.id] })}>{s.path.join(' › ')}</a>
              </li>
            ))}
          </ul>
          {!paper.listed && <p class="muted">No list places this paper any more.</p>}
        </dd>
      </dl>
      <PaperCollections
        paperId={paper.id}
        title={paper.title}
        collections={paper.collections}
        onChange={reload}
      />
      {paper.abstract && (
        <section aria-labelledby="abstract-heading">
          <h2 id="abstract-heading">Abstract</h2>
          <p>{paper.abstract}</p>
        </section>
      )}
      <section aria-labelledby="concepts-heading">
        <h2 id="concepts-heading">Concepts, with evidence</h2>
        <ConceptLinks title="Algorithms" kind="algorithm" links={paper.algorithms} texts={texts} />
        <ConceptLinks title="Rewards" kind="reward" links={paper.rewards} texts={texts} />
        <ConceptLinks title="Benchmarks" kind="benchmark" links={paper.benchmarks} texts={texts} />
        <ConceptLinks title="Paradigms" kind="paradigm" links={paper.paradigms} texts={texts} />
      </section>
      <Conflicts conflicts={paper.conflicts} />
      <Related related={related ?? []} />
      <CiteBox paperId={paper.id} />
    </article>
  );
}

function ExternalLink({ url, label }: { url: string; label: string }) {
  return (
    <a href={url} rel="noopener noreferrer" target="_blank">
      {label}
      <span class="sr-only"> (opens a new tab)</span>
    </a>
  );
}

const ENTITY_PAGE: Record<string, string | null> = {
  algorithm: 'algorithm',
  reward: 'reward',
  benchmark: 'benchmark',
  paradigm: null,
};

function ConceptLinks({
  title,
  kind,
  links,
  texts,
}: {
  title: string;
  kind: string;
  links: EntityLink[];
  texts: Record<string, string | null>;
}) {
  if (links.length === 0) return null;
  const page = ENTITY_PAGE[kind];
  return (
    <div class="concepts">
      <h3>{title}</h3>
      <ul class="plain" data-testid={`links-${kind}`}>
        {links.map((link) => (
          <li key={link.entity.slug}>
            {page ? (
              <a href={pathTo(page, link.entity.slug)}>{link.entity.name}</a>
            ) : (
              <strong>{link.entity.name}</strong>
            )}{' '}
            <span class={`relation ${link.relation.toLowerCase()}`}>
              {link.relation.toLowerCase()}
            </span>{' '}
            <span class="muted">
              {Math.round(link.confidence * 100)}% · {link.origin.toLowerCase()}
            </span>
            <div>
              {link.evidence ? (
                <EvidenceText evidence={link.evidence} texts={texts} />
              ) : (
                <span class="muted">{link.note ?? 'curated'}</span>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Conflicts({ conflicts }: { conflicts: PaperDetail['conflicts'] }) {
  if (conflicts.length === 0) return null;
  return (
    <section aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">Sources disagree</h2>
      <table>
        <caption class="sr-only">Facts two sources disagree on</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Kept</th>
            <th scope="col">Other source says</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c, i) => (
            <tr key={i}>
              <th scope="row">{c.field}</th>
              <td>
                {c.keptValue} <span class="muted">{c.keptSource}</span>
              </td>
              <td>
                {c.otherValue} <span class="muted">{c.otherSource}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Related({ related }: { related: PaperAnswer['related'] & object }) {
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">Related papers</h2>
      <ol class="related" data-testid="related">
        {related.map((r) => (
          <li key={r.paper.id}>
            <a href={pathTo('paper', r.paper.id)}>{r.paper.title}</a>{' '}
            <span class="muted">({formatDate(r.paper)})</span>
            <div class="muted">{r.reason}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function NotFound({ what }: { what: string }) {
  return (
    <div>
      <h1 tabIndex={-1}>No such {what}</h1>
      <p>
        <a href="/">Back to search</a>
      </p>
    </div>
  );
}
