import type { PaperLink } from '../../model/paper/paper';
import type { Conflict, Provenance } from '../../store/provenance.store';
import { builder } from '../builder';

export const PaperKindEnum = builder.enumType('PaperKind', {
  description: 'What kind of work a paper entry is.',
  values: {
    preprint: { value: 'preprint', description: 'An arXiv preprint with no known venue.' },
    publication: { value: 'publication', description: 'Published at a venue or by a publisher.' },
    blog: { value: 'blog', description: 'A blog post.' },
    course: { value: 'course', description: 'A course or tutorial.' },
    web: { value: 'web', description: 'Any other web page.' },
  } as const,
});

export const LinkKindEnum = builder.enumType('LinkKind', {
  description: 'What a link points at.',
  values: {
    arxiv: { value: 'arxiv', description: 'The arXiv page.' },
    paper: { value: 'paper', description: 'The paper elsewhere: publisher, OpenReview, PDF.' },
    code: { value: 'code', description: 'A source code repository.' },
    project: { value: 'project', description: 'A project, demo or homepage.' },
    doi: { value: 'doi', description: 'A DOI resolver link.' },
    blog: { value: 'blog', description: 'A blog post.' },
    course: { value: 'course', description: 'A course page.' },
    model: { value: 'model', description: 'Released model weights.' },
    dataset: { value: 'dataset', description: 'A released dataset.' },
    web: { value: 'web', description: 'Any other page.' },
  } as const,
});

export const LinkType = builder.objectRef<PaperLink>('Link').implement({
  description: 'A link attached to a paper.',
  fields: (t) => ({
    kind: t.field({
      type: LinkKindEnum,
      description: 'What the link points at.',
      resolve: (l) => l.kind,
    }),
    url: t.exposeString('url', { description: 'The URL as the source gave it.' }),
  }),
});

export const ProvenanceType = builder.objectRef<Provenance>('Provenance').implement({
  description: 'One fact about a paper and where it came from.',
  fields: (t) => ({
    fact: t.exposeString('fact', {
      description: 'Which fact: `listed_in`, `title`, `date`, `link:code` …',
    }),
    value: t.exposeString('value', {
      description:
        'The value the source asserted. A long text (an abstract) the paper no longer holds reads as `sha256:` and the hex digest of that text.',
    }),
    sourceFile: t.exposeString('sourceFile', { description: 'The file the fact was read from.' }),
    sourceLine: t.exposeInt('sourceLine', {
      nullable: true,
      description: '1-based line in that file.',
    }),
    runId: t.exposeInt('runId', { description: 'The ingest run that recorded it.' }),
  }),
});

export const ConflictType = builder.objectRef<Conflict>('Conflict').implement({
  description: 'Two sources disagree about one fact of a paper; neither value was dropped.',
  fields: (t) => ({
    field: t.exposeString('field', {
      description: 'The disputed field, e.g. `title` or `arxiv_id`.',
    }),
    keptValue: t.exposeString('keptValue', {
      nullable: true,
      description: 'The value the graph kept.',
    }),
    otherValue: t.exposeString('otherValue', { description: 'The competing value.' }),
    keptSource: t.exposeString('keptSource', {
      nullable: true,
      description: 'Where the kept value came from.',
    }),
    otherSource: t.exposeString('otherSource', {
      description: 'Where the competing value came from.',
    }),
  }),
});
