import { useState } from 'preact/hooks';
import { CITE_FORMATS, exportPapers } from '../components/cite-box';
import { PaperItem } from '../components/paper-list';
import { TokenPanel } from '../components/token-panel';
import { checkMutation, gql } from '../graphql';
import type { MutationResult } from '../graphql';
import { saveBlob } from '../figures/download';
import type { PaperRow } from '../paper-row';
import { PAPER_ROW_FIELDS } from '../paper-row';
import { useGql } from '../use-query';
import { useToken } from '../use-token';
import { NotFound } from '../components/not-found';

const COLLECTION = `query Collection($name: String!) {
  collection(name: $name) { id name description paperCount
    papers(first: 100) { edges { position note tags node { ${PAPER_ROW_FIELDS} } } } } }`;

const RESULT = `{ __typename ... on Collection { paperCount } ... on Error { message } }`;
const MUTATIONS = {
  remove: `mutation Remove($input: RemovePapersFromCollectionInput!) { result: removePapersFromCollection(input: $input) ${RESULT} }`,
  move: `mutation Move($input: MovePaperInCollectionInput!) { result: movePaperInCollection(input: $input) ${RESULT} }`,
  annotate: `mutation Annotate($input: AnnotateCollectionPaperInput!) { result: annotateCollectionPaper(input: $input) ${RESULT} }`,
};

interface Entry {
  position: number;
  note: string | null;
  tags: string[];
  node: PaperRow;
}
interface CollectionAnswer {
  collection: {
    id: string;
    name: string;
    description: string;
    paperCount: number;
    papers: { edges: Entry[] };
  } | null;
}

/** One collection in its order; with a token: remove, move, annotate. Downloads for all. */
export function CollectionPage({ name }: { name: string }) {
  const [answer, reload] = useGql<CollectionAnswer>(COLLECTION, { name });
  const token = useToken();
  const [status, setStatus] = useState('');
  if (answer.state === 'loading') return <p aria-busy="true">Loading…</p>;
  if (answer.state === 'error') return <p role="alert">{answer.message}</p>;
  const collection = answer.data.collection;
  if (!collection) return <NotFound what="collection" />;
  async function change(
    kind: keyof typeof MUTATIONS,
    input: Record<string, unknown>,
    done: string,
  ) {
    try {
      const result = await gql<{ result: MutationResult }>(MUTATIONS[kind], {
        input: { collectionId: collection!.id, ...input },
      });
      checkMutation(result.result);
      setStatus(done);
      reload();
    } catch (error) {
      setStatus(`Nothing changed: ${(error as Error).message}`);
    }
  }
  const entries = collection.papers.edges;
  return (
    <div>
      <p class="kicker">Collection</p>
      <h1 tabIndex={-1}>{collection.name}</h1>
      {collection.description && <p>{collection.description}</p>}
      <p>
        <span data-testid="total">{collection.paperCount}</span> papers
      </p>
      <Downloads name={collection.name} />
      <TokenPanel />
      <p role="status" data-testid="collection-status">
        {status}
      </p>
      <ol class="papers" data-testid="paper-list">
        {entries.map((entry) => (
          <li key={entry.node.id} class="collection-entry">
            <ul class="plain">
              <PaperItem paper={entry.node} />
            </ul>
            {!token && entry.note && <p class="note">{entry.note}</p>}
            {!token && entry.tags.length > 0 && <p class="muted">Tags: {entry.tags.join(', ')}</p>}
            {token && (
              <EntryEditor
                entry={entry}
                count={entries.length}
                onRemove={() =>
                  change('remove', { paperIds: [entry.node.id] }, `Removed “${entry.node.title}”.`)
                }
                onMove={(position) =>
                  change(
                    'move',
                    { paperId: entry.node.id, position },
                    `Moved “${entry.node.title}” to ${position}.`,
                  )
                }
                onAnnotate={(note, tags) =>
                  change(
                    'annotate',
                    { paperId: entry.node.id, note, tags },
                    `Saved the note on “${entry.node.title}”.`,
                  )
                }
              />
            )}
          </li>
        ))}
      </ol>
      {entries.length === 0 && (
        <p class="empty">No papers yet: add some from a result list or a paper page.</p>
      )}
    </div>
  );
}

function EntryEditor(props: {
  entry: Entry;
  count: number;
  onRemove: () => void;
  onMove: (position: number) => void;
  onAnnotate: (note: string, tags: string[]) => void;
}) {
  const { entry } = props;
  const [note, setNote] = useState(entry.note ?? '');
  const [tags, setTags] = useState(entry.tags.join(', '));
  const title = entry.node.title;
  return (
    <div class="entry-editor">
      <button
        type="button"
        disabled={entry.position === 1}
        onClick={() => props.onMove(entry.position - 1)}
        aria-label={`Move “${title}” up`}
      >
        ↑
      </button>
      <button
        type="button"
        disabled={entry.position === props.count}
        onClick={() => props.onMove(entry.position + 1)}
        aria-label={`Move “${title}” down`}
      >
        ↓
      </button>
      <button
        type="button"
        onClick={props.onRemove}
        aria-label={`Remove “${title}” from the collection`}
      >
        Remove
      </button>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onAnnotate(
            note,
            tags
              .split(',')
              .map((t) => t.trim())
              .filter(Boolean),
          );
        }}
      >
        <label>
          Note{' '}
          <input
            value={note}
            onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)}
            aria-label={`Note on “${title}”`}
          />
        </label>{' '}
        <label>
          Tags{' '}
          <input
            value={tags}
            onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)}
            aria-label={`Tags of “${title}”, comma-separated`}
          />
        </label>{' '}
        <button type="submit">Save note</button>
      </form>
    </div>
  );
}

function Downloads({ name }: { name: string }) {
  const [status, setStatus] = useState('');
  async function download(format: (typeof CITE_FORMATS)[number]) {
    try {
      const file = await exportPapers(format, { collection: name });
      saveBlob(new Blob([file.text], { type: file.contentType }), file.filename);
      setStatus(`Saved ${file.filename} (${file.paperCount} papers).`);
    } catch (error) {
      setStatus((error as Error).message);
    }
  }
  return (
    <div class="downloads" role="group" aria-label="Download the collection">
      Download:{' '}
      {CITE_FORMATS.map((f) => (
        <button key={f.id} type="button" onClick={() => download(f)}>
          {f.label}
        </button>
      ))}{' '}
      <span role="status">{status}</span>
    </div>
  );
}
