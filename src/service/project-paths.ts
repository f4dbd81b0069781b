import { resolve } from 'node:path';
import { checkoutRoot } from '../model/checkout-root';

/** The project's own folders (ontology, bundled corpus), wherever the command is run from. */
export const PROJECT_ROOT = checkoutRoot(import.meta.dirname, 2);
export const ONTOLOGY_DIR = resolve(PROJECT_ROOT, 'db/ontology');
export const CORPUS_DIR = resolve(PROJECT_ROOT, 'db/corpus');
