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
