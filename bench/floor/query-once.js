// The start-up floor: a bare node process that opens the database and runs one query.
import Database from 'better-sqlite3';

const db = new Database(process.argv[2], { readonly: true });
console.log(db.prepare('SELECT count(*) FROM papers').pluck().get());
db.close();
