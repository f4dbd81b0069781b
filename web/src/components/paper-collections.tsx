import { useState } from 'preact/hooks';
import { checkMutation, gql } from '../graphql';
import type { MutationResult } from '../graphql';
import { pathTo } from '../route';
import { useToken } from '../use-token';
import { AddToCollection } from './add-to-collection';

const REMOVE = `mutation Remove($input: RemovePapersFromCollectionInput!) {
  removePapersFromCollection(input: $input) { __typename ... on Collection { name } ... on Error { message } } }`;

/** The collections a paper is in, with "remove" (and "add to") when a token was entered. */
export function PaperCollections(props: {
  paperId: string;
  title: string;
  collections: { id: string; name: string }[];
  onChange: () => void;
}) {
  const token = useToken();
  const [status, setStatus] = useState('');
  async function remove(collection: { id: string; name: string }) {
    try {
      const result = await gql<{ removePapersFromCollection: MutationResult }>(REMOVE, {
        input: { collectionId: collection.id, paperIds: [props.paperId] },
      });
      checkMutation(result.removePapersFromCollection);
      setStatus(`Removed from ${collection.name}.`);
      props.onChange();
    } catch (error) {
      setStatus(`Not removed: ${(error as Error).message}`);
    }
  }
  return (
    <div class="paper-collections">
      {props.collections.length > 0 && (
        <p>
          In collections:{' '}
          {props.collections.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ', '}
              <a href={pathTo('collections', c.name)}>{c.name}</a>
              {token && (
                <>
                  {' '}
                  <button
                    type="button"
                    onClick={() => remove(c)}
                    aria-label={`Remove “${props.title}” from ${c.name}`}
                  >
                    Remove
                  </button>
                </>
              )}
            </span>
          ))}
        </p>
      )}
      <AddToCollection paperId={props.paperId} title={props.title} onAdded={props.onChange} />
      <p role="status" class="status">
        {status}
      </p>
    </div>
  );
}
