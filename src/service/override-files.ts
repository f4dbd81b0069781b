import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EntityLinkOverride } from '../model/ontology/entity-link-overrides';
import { parseEntityLinkOverrides } from '../model/ontology/entity-link-overrides';
import type { OntologyEntity } from '../model/ontology/ontology';
import { PROJECT_ROOT } from './project-paths';

/** Our curated corrections of the tagger's links; reviewable text beside the ontology. */
export const ENTITY_LINK_OVERRIDES_FILE = resolve(PROJECT_ROOT, 'db/overrides/entity-links.yaml');

/** The overrides, checked against `ontology`; none when the file does not exist. */
export function loadEntityLinkOverrides(
  ontology: readonly OntologyEntity[],
  file = ENTITY_LINK_OVERRIDES_FILE,
): EntityLinkOverride[] {
  if (!existsSync(file)) return [];
  return parseEntityLinkOverrides(readFileSync(file, 'utf8'), file, ontology);
}
