// The ingest floor: the same facts (papers, authors, sections, placements, links, abstracts)
// read with a regular expression and JSON.parse, written by better-sqlite3 in one transaction
// with prepared statements and no checks. What no real ingest can beat.
// usage: node bench/floor/bare-insert.js LIST.md METADATA.jsonl OUT.sqlite
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';

const [listPath, jsonlPath, out] = process.argv.slice(2);
const db = new Database(out);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec(`
  CREATE TABLE papers (id INTEGER PRIMARY KEY, arxiv_id TEXT UNIQUE, title TEXT NOT NULL,
    year INTEGER, month INTEGER, published TEXT, abstract TEXT);
  CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
  CREATE TABLE paper_authors (paper_id INTEGER, author_id INTEGER, position INTEGER,
    PRIMARY KEY (paper_id, position)) WITHOUT ROWID;
  CREATE TABLE sections (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE);
  CREATE TABLE paper_sections (paper_id INTEGER, section_id INTEGER, position INTEGER,
    PRIMARY KEY (paper_id, section_id)) WITHOUT ROWID;
  CREATE TABLE paper_links (paper_id INTEGER, kind TEXT, url TEXT, PRIMARY KEY (paper_id, url)) WITHOUT ROWID;
`);
const insertPaper = db.prepare(
  'INSERT INTO papers (arxiv_id, title) VALUES (?, ?) ON CONFLICT (arxiv_id) DO UPDATE SET title = title RETURNING id',
);
const insertSection = db.prepare('INSERT INTO sections (path) VALUES (?)');
const insertPlacement = db.prepare('INSERT OR IGNORE INTO paper_sections VALUES (?, ?, ?)');
const insertLink = db.prepare('INSERT OR IGNORE INTO paper_links VALUES (?, ?, ?)');
const updatePaper = db.prepare(
  'UPDATE papers SET published = ?, year = ?, month = ?, abstract = ? WHERE arxiv_id = ?',
);
const paperOf = db.prepare('SELECT id FROM papers WHERE arxiv_id = ?').pluck();
const insertAuthor = db.prepare(
  'INSERT INTO authors (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id',
);
const insertAuthorship = db.prepare('INSERT OR IGNORE INTO paper_authors VALUES (?, ?, ?)');

const ENTRY = /^\+ \[(.+)\]\((https:\/\/arxiv\.org\/abs\/([\d.]+))\)/;
const LINK = /\]\((https:\/\/github\.com\/[^)]+)\)/;
let papers = 0;
db.transaction(() => {
  const path = [];
  let section = 0;
  let position = 0;
  let paper = 0;
  for (const line of readFileSync(listPath, 'utf8').split('\n')) {
    const heading = /^(#{2,6}) (.+)/.exec(line);
    if (heading) {
      path.length = heading[1].length - 2;
      path.push(heading[2]);
      section = Number(insertSection.run(path.join(' / ')).lastInsertRowid);
      continue;
    }
    const entry = ENTRY.exec(line);
    if (entry) {
      paper = insertPaper.get(entry[3], entry[1]).id;
      insertPlacement.run(paper, section, position++);
      insertLink.run(paper, 'arxiv', entry[2]);
      continue;
    }
    const code = LINK.exec(line);
    if (code && paper) insertLink.run(paper, 'code', code[1]);
  }
  for (const line of readFileSync(jsonlPath, 'utf8').split('\n')) {
    if (!line) continue;
    const record = JSON.parse(line);
    const [year, month] = (record.published ?? '').split('-').map(Number);
    updatePaper.run(
      record.published,
      year || null,
      month || null,
      record.abstract,
      record.arxiv_id,
    );
    const id = paperOf.get(record.arxiv_id);
    if (id === undefined) continue;
    papers++;
    (record.authors ?? []).forEach((name, index) =>
      insertAuthorship.run(id, insertAuthor.get(name).id, index),
    );
  }
})();
db.close();
console.log(`${papers} papers`);
