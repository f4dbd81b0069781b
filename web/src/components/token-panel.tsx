import { useState } from 'preact/hooks';
import { saveToken } from '../token';
import { useToken } from '../use-token';

/** Where a person enters the server's write token; it stays in this tab's sessionStorage only. */
export function TokenPanel() {
  const token = useToken();
  const [text, setText] = useState('');
  if (token) {
    return (
      <div class="token-panel" data-testid="token-panel">
        <p>
          Editing is on for this tab (the write token is kept in this tab only).{' '}
          <button type="button" onClick={() => saveToken(null)}>
            Forget the token
          </button>
        </p>
      </div>
    );
  }
  return (
    <form
      class="token-panel"
      data-testid="token-panel"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) saveToken(text.trim());
        setText('');
      }}
    >
      <p>Reading is open to all. To create and edit collections, enter the server's write token:</p>
      <label for="token">Write token</label>{' '}
      <input
        id="token"
        type="password"
        autocomplete="off"
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
      />{' '}
      <button type="submit">Use token</button>
    </form>
  );
}
