// The server start-up floor: node:http over better-sqlite3, answering one JSON query.
import Database from 'better-sqlite3';
import { createServer } from 'node:http';

const db = new Database(process.argv[2], { readonly: true });
const count = db.prepare('SELECT count(*) FROM papers').pluck();
const server = createServer((_, response) => {
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ data: { papers: { totalCount: count.get() } } }));
});
server.listen(0, '127.0.0.1', () => {
  console.error(`listening at http://127.0.0.1:${server.address().port}/graphql`);
});
process.once('SIGTERM', () => server.close(() => db.close()));
