import { resolve } from 'node:path';

/** The project's own folders (ontology, bundled corpus), wherever the command is run from. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const ONTOLOGY_DIR = resolve(PROJECT_ROOT, 'db/ontology');
export const CORPUS_DIR = resolve(PROJECT_ROOT, 'db/corpus');
