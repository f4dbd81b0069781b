import { useState } from 'preact/hooks';
import { checkMutation, gql } from '../graphql';
import type { MutationResult } from '../graphql';
import { useCollectionNames, useToken } from '../use-token';

const ADD = `mutation Add($input: AddPapersToCollectionInput!) {
  addPapersToCollection(input: $input) { __typename ... on Collection { name paperCount } ... on Error { message } } }`;

/** "Add to collection": shown only when a write token was entered in this tab. */
export function AddToCollection({
  paperId,
  title,
  onAdded,
}: {
  paperId: string;
  title: string;
  onAdded?: () => void;
}) {
  const token = useToken();
  const collections = useCollectionNames(Boolean(token));
  const [status, setStatus] = useState('');
  if (!token || collections.length === 0) return null;
  async function add(event: Event) {
    const select = event.currentTarget as HTMLSelectElement;
    const collection = collections.find((c) => c.id === select.value);
    select.value = '';
    if (!collection) return;
    try {
      const result = await gql<{ addPapersToCollection: MutationResult }>(ADD, {
        input: { collectionId: collection.id, paperIds: [paperId] },
      });
      checkMutation(result.addPapersToCollection);
      setStatus(`Added to ${collection.name}.`);
      onAdded?.();
    } catch (error) {
      setStatus(`Not added: ${(error as Error).message}`);
    }
  }
  return (
    <div class="add-to-collection">
      <select aria-label={`Add "${title}" to a collection`} onChange={add}>
        <option value="">Add to collection…</option>
        {collections.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <span role="status" class="status">
        {status}
      </span>
    </div>
  );
}
