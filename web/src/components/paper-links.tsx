import type { EntityLink, PaperAnswer, PaperDetail } from '../paper-detail';
import { EvidenceText } from './evidence';
import { formatDate } from '../paper-row';
import { pathTo } from '../route';

const ENTITY_PAGE: Record<string, string | null> = {
  algorithm: 'algorithm',
  reward: 'reward',
  benchmark: 'benchmark',
  paradigm: null,
};

export function ConceptLinks({
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

export function Conflicts({ conflicts }: { conflicts: PaperDetail['conflicts'] }) {
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

export function Related({ related }: { related: PaperAnswer['related'] & object }) {
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
