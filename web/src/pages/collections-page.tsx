import { useState } from 'preact/hooks';
import { TokenPanel } from '../components/token-panel';
import { checkMutation, gql } from '../graphql';
import type { MutationResult } from '../graphql';
import { navigate, pathTo } from '../route';
import { useGql } from '../use-query';
import { forgetCollectionNames, useToken } from '../use-token';
export { CollectionPage } from './collection-page';

const LIST = `{ collections { id name description paperCount updatedAt } }`;
const CREATE = `mutation Create($input: CreateCollectionInput!) {
  createCollection(input: $input) { __typename ... on Collection { name } ... on Error { message } } }`;

interface CollectionSummary {
  id: string;
  name: string;
  description: string;
  paperCount: number;
  updatedAt: string;
}

/** Every collection; with a token, a form to create one. */
export function CollectionsPage() {
  const [answer] = useGql<{ collections: CollectionSummary[] }>(LIST, {});
  const token = useToken();
  return (
    <div>
      <h1 tabIndex={-1}>Collections</h1>
      <TokenPanel />
      {token && <CreateCollection />}
      {answer.state === 'loading' && <p aria-busy="true">Loading…</p>}
      {answer.state === 'error' && <p role="alert">{answer.message}</p>}
      {answer.state === 'done' &&
        (answer.data.collections.length === 0 ? (
          <p class="empty">No collections yet.</p>
        ) : (
          <ul class="collections" data-testid="collections">
            {answer.data.collections.map((c) => (
              <li key={c.id}>
                <a href={pathTo('collections', c.name)}>{c.name}</a>{' '}
                <span class="count">{c.paperCount} papers</span>
                {c.description && <div class="muted">{c.description}</div>}
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}

function CreateCollection() {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [status, setStatus] = useState('');
  async function create(event: Event) {
    event.preventDefault();
    try {
      const result = await gql<{ createCollection: MutationResult & { name?: string } }>(CREATE, {
        input: { name: name.trim(), description: description.trim() },
      });
      const created = checkMutation(result.createCollection);
      forgetCollectionNames();
      navigate(pathTo('collections', created.name ?? name.trim()));
    } catch (error) {
      setStatus((error as Error).message);
    }
  }
  return (
    <form class="create-collection" onSubmit={create} aria-labelledby="create-heading">
      <h2 id="create-heading">New collection</h2>
      <label>
        Name{' '}
        <input
          required
          value={name}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
      </label>{' '}
      <label>
        Description{' '}
        <input
          value={description}
          onInput={(e) => setDescription((e.currentTarget as HTMLInputElement).value)}
        />
      </label>{' '}
      <button type="submit">Create</button>
      <p role="alert" class="error">
        {status}
      </p>
    </form>
  );
}
