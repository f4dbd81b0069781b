import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { linkPapersToOntology } from '../../ingest/pipeline/link-entities';
import type { EntityKind, OntologyEntity } from '../model/ontology/ontology';
import { ENTITY_KINDS } from '../model/ontology/ontology';
import { findUnknownTerms } from '../model/ontology/ontology-unknown-terms';
import { TAGGED_KINDS } from '../model/ontology/tag-entities';
import { saveIndexForNewContent } from './save-index';
import type { Db } from '../store/database';
import { openDatabase } from '../store/database';
import { listEntitiesByKinds } from '../store/entity.store';
import { countPapersByEntityIds } from '../store/entity-link.store';
import { listAllPapers } from '../store/paper.store';
import { formatLinkSummary } from './format-link-summary';
import type { CliIo } from './io';
import { readWholeNumber } from './read-whole-number';
import { UsageError } from './io';
import { loadAbbreviations, loadOntology, loadSynonyms } from '../service/ontology-files';
import { loadEntityLinkOverrides } from '../service/override-files';
import { resolveDbPath } from './paths';

export function registerOntologyCommand(program: Command, io: CliIo): void {
  const ontology = program
    .command('ontology')
    .description('Inspect the curated ontology (db/ontology) and link papers to it');
  ontology
    .command('show')
    .description(
      'List the entities of one kind (algorithms as a variant tree), or count every kind',
    )
    .argument('[kind]', `one of ${ENTITY_KINDS.join(', ')} (plural allowed)`)
    .option('--json', 'print as JSON')
    .option('--db <path>', 'database file; when it exists, show how many papers link to each')
    .action((kindText: string | undefined, options: { json?: boolean; db?: string }) =>
      showOntology(kindText, options, io),
    );
  ontology
    .command('unknown-terms')
    .description(
      'List frequent acronyms and coined names in the titles and abstracts of the papers that no entity spells yet',
    )
    .option('--min <n>', 'in at least this many papers', '3')
    .option('--json', 'print as JSON')
    .option('--db <path>', 'database file')
    .action((options: { min: string; json?: boolean; db?: string }) => {
      const min = readWholeNumber('--min', options.min);
      const terms = withDatabase(options.db, io, (db) =>
        findUnknownTerms(paperTexts(db), loadOntology(), min, { known: knownSpellings() }),
      );
      if (options.json) return io.out(JSON.stringify(terms, null, 2));
      if (terms.length === 0) return io.out(`no unknown term occurs in ${min} or more papers`);
      for (const t of terms)
        io.out(
          `${String(t.count).padStart(4)}  ${t.term}${t.expansion ? `  (${t.expansion})` : ''}`,
        );
    });
  ontology
    .command('link')
    .description(
      'Link every paper to the ontology again (after editing db/ontology or db/overrides)',
    )
    .option('--db <path>', 'database file')
    .action((options: { db?: string }) => {
      const entities = loadOntology();
      const overrides = loadEntityLinkOverrides(entities);
      withDatabase(options.db, io, (db) => {
        io.out(formatLinkSummary(linkPapersToOntology(db, entities, overrides)));
        saveIndexForNewContent(db);
      });
    });
}

function withDatabase<T>(option: string | undefined, io: CliIo, use: (db: Db) => T): T {
  const path = resolveDbPath(option, io);
  if (!existsSync(path))
    throw new UsageError(`${path}: no database yet; run \`surveygraph ingest FILE\` first`);
  const db = openDatabase(path);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

function paperTexts(db: Db): string[] {
  return listAllPapers(db).map((paper) => [paper.title, paper.abstract ?? ''].join('\n'));
}

/** Spellings the search vocabulary already has, beyond the concepts' names and aliases. */
function knownSpellings(): string[] {
  return [
    ...loadAbbreviations().flatMap((a) => [a.abbreviation, ...a.expansions]),
    ...loadSynonyms().flatMap((set) => set.spellings),
  ];
}

function showOntology(
  kindText: string | undefined,
  options: { json?: boolean; db?: string },
  io: CliIo,
): void {
  const ontology = loadOntology();
  if (kindText === undefined) {
    const rows = ENTITY_KINDS.map((kind) => ({
      kind,
      entities: ontology.filter((e) => e.kind === kind).length,
    }));
    if (options.json) return io.out(JSON.stringify(rows, null, 2));
    for (const row of rows) io.out(`${String(row.entities).padStart(4)}  ${row.kind}`);
    return;
  }
  const kind = parseKind(kindText);
  const entities = ontology.filter((e) => e.kind === kind);
  const path = resolveDbPath(options.db, io);
  const counts = existsSync(path) ? withDatabase(options.db, io, countLinkedPapers) : undefined;
  const countOf = (e: OntologyEntity) => counts?.get(`${e.kind}/${e.slug}`);
  if (options.json) {
    return io.out(
      JSON.stringify(
        entities.map((e) => ({ ...e, papers: countOf(e) })),
        null,
        2,
      ),
    );
  }
  for (const { entity, depth } of variantTree(entities)) {
    const papers = countOf(entity);
    const aliases = entity.aliases.length ? `  [${entity.aliases.join(', ')}]` : '';
    const count = papers === undefined ? '' : `  (${papers} paper${papers === 1 ? '' : 's'})`;
    io.out(`${'  '.repeat(depth)}${entity.slug}  ${entity.name}${aliases}${count}`);
  }
}

function parseKind(text: string): EntityKind {
  const kind = ENTITY_KINDS.find((k) => k === text || `${k}s` === text);
  if (!kind) throw new UsageError(`unknown kind "${text}"; use one of ${ENTITY_KINDS.join(', ')}`);
  return kind;
}

/** Entities in file order, each variant right under its parent, indented by depth. */
function variantTree(entities: OntologyEntity[]): { entity: OntologyEntity; depth: number }[] {
  const slugs = new Set(entities.map((e) => e.slug));
  const childrenOf = (slug: string | undefined) =>
    entities.filter(
      (e) => (e.variantOf && slugs.has(e.variantOf) ? e.variantOf : undefined) === slug,
    );
  const walk = (
    slug: string | undefined,
    depth: number,
  ): { entity: OntologyEntity; depth: number }[] =>
    childrenOf(slug).flatMap((entity) => [{ entity, depth }, ...walk(entity.slug, depth + 1)]);
  return walk(undefined, 0);
}

/** Papers linked to each stored entity (variants included), keyed `kind/slug`. */
function countLinkedPapers(db: Db): Map<string, number> {
  const entities = listEntitiesByKinds(db, TAGGED_KINDS);
  const counts = countPapersByEntityIds(
    db,
    entities.map((e) => e.id),
  );
  return new Map(entities.map((e, i) => [`${e.kind}/${e.slug}`, counts[i] ?? 0]));
}
