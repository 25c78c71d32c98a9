/**
 * `npm run data:import`: rebuilds data/generated/*.json from the raw reference data
 * in /work/shared/data (or $BACKSTORY_SOURCES). Deterministic: same input, same bytes.
 * The build never runs this; it reads the committed output.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../src/shared/dataset';
import { isNameAmbiguous } from '../dataset/merge';
import { importCities, namesTakenFromTowns, peopleWordsOf } from './cities';
import { importCompanies } from './companies';
import { importCongress, importFormerMembers } from './congress';
import { importCountries } from './countries';
import { SOURCE_DIR, hasSources, writeEntities } from './lib/io';
import { importOfficeholders, importUnOfficeholders, skipped } from './officeholders';
import { importExecutives } from './reconcile-executives';
import { importOpenStates } from './openstates';
import { importOrganizations, orgId } from './organizations';
import { mergeByIdentity } from './identity';
import { addNameVariants, dropBareInitials } from './name-variants';
import { foldAlias } from './lib/text';
import { importParties } from './parties';
import { PeopleRegistry } from './people';
import { ADDED_KIND, importRegions } from './regions';
import { markFamousSurnames } from './famous-surnames';
import { resolveCollisions } from './resolve';
import { importTerms } from './terms';
import { importUsStates } from './us-states';
import { usState } from './lib/us-states';
import { importWikitrivia } from './wikitrivia';

function readHand(dataDir: string): Entity[] {
  const dir = join(dataDir, 'entities');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Entity[]);
}

/** Runs every importer and returns the generated files by name (without writing). */
export function buildGenerated(dataDir: string): { files: Map<string, Entity[]>; dropped: { id: string; name: string; reason: string }[]; log: string[] } {
  skipped.length = 0; // one run's refusals, however often the tests call this
  const countries = importCountries();
  const usId = countries.byIso2.get('US')!.id;
  const people = new PeopleRegistry();
  const log: string[] = [];
  importCongress(people, usId);
  importOfficeholders(countries, people);
  importUnOfficeholders(people, orgId('UN', 'United Nations'));
  importOpenStates(people, log);
  // Last: the Factbook's weekly history is the newest word on heads of state and government.
  importExecutives(countries, people, log);
  const countryById = new Map(countries.entities.map((e) => [e.id, e]));
  const demonym = (id: string) => {
    const alias = countryById.get(id)?.aliases?.find((a) => typeof a !== 'string' && a.demonym);
    return typeof alias === 'object' ? alias.text : undefined;
  };
  const population = (id: string) => Number(countryById.get(id)?.facts?.find((f) => f.label === 'Population')?.value.replace(/,/g, '') ?? 0);

  const hand = readHand(dataDir);
  const peopleEntities = dropBareInitials(addNameVariants(people.toEntities({ demonym, population })));
  const persons = [...peopleEntities, ...importWikitrivia(new Map()), ...hand].filter((e) => e.type === 'person');
  // Former members of Congress, unless the person already has an entry (by any name or alias).
  // An alias marked ambiguous is a namesake's, shared on purpose: it takes no one's place
  // ("Bill Johnson", PG&E's chief, beside the Ohio congressman).
  // So does a name its own entry marks as shared ("David Davis", the British minister, beside the US senator).
  // A hand entry written over a former member's own record (same id) is that member: it
  // takes no name from the record, which is imported so that the compiler merges its facts in.
  const nameHolders = new Map<string, Set<string>>();
  for (const e of persons) {
    const texts = [...(isNameAmbiguous(e) ? [] : [e.name]), ...(e.aliases ?? []).filter((a) => typeof a === 'string' || !a.ambiguous).map((a) => (typeof a === 'string' ? a : a.text))];
    for (const text of texts) hold(nameHolders, text, e.id);
  }
  const formerMembers = importFormerMembers(takenByOthers(nameHolders), foldAlias);
  // The words of every person's name ("Victoria", "Anderson"): towns sharing one may be left out.
  const peopleWords = peopleWordsOf(persons.map((e) => e.name));
  const majorCities = importCities(countries, { majorOnly: true });
  const usStates = importUsStates();
  // Places already named by a country, city, state or hand entry are never shadowed by a region or a former state.
  const named = [...countries.entities, ...majorCities, ...usStates, ...hand].filter((e) => e.type !== 'person' && e.type !== 'term');
  // Every one of their names, with who holds it: a Wikidata item is never kept off its own name by
  // the hand card written over it (same QID), which is the same entity and merges with it. A town
  // is also left the names hand entries share on purpose.
  const owners = new Map<string, Set<string>>();
  const own = (text: string, id: string) => hold(owners, text, id);
  for (const e of named) for (const alias of [e.name, ...(e.aliases ?? [])]) own(typeof alias === 'string' ? alias : alias.text, e.id);
  const takenFromTowns = namesTakenFromTowns(named, new Set(hand));
  const regions = importRegions(countries, takenByOthers(owners));
  for (const e of regions) {
    own(e.name, e.id);
    takenFromTowns.add(foldAlias(e.name));
  }
  // Smaller towns come last: a region's or a landmark's name is never theirs ("Suffolk").
  const regionIds = new Map<string, string>();
  // By name, and by the short name GeoNames gives ("Iwate" for "Iwate Prefecture", "Arkhangelsk" for "Arkhangelsk Oblast").
  // A region's own name wins over another's short one ("Altai" is the republic, not Altai Krai).
  const countryOf = (e: Entity) => e.facts?.find((f) => f.label === 'Country')?.value;
  for (const e of regions) regionIds.set(`${countryOf(e)}|${foldAlias(e.name)}`, e.id);
  for (const e of regions) {
    const key = `${countryOf(e)}|${foldAlias(e.name.replace(ADDED_KIND, ''))}`;
    if (!regionIds.has(key)) regionIds.set(key, e.id);
  }
  const regionOf = (iso2: string, code: string, name: string | undefined) =>
    iso2 === 'US' ? usState(code)?.qid : name ? regionIds.get(`${countries.byIso2.get(iso2)?.name}|${foldAlias(name)}`) : undefined;
  const cities = importCities(countries, { people: peopleWords, exclude: takenFromTowns, regionOf });
  for (const e of cities) own(e.name, e.id);

  const { groups } = mergeByIdentity(hand, [
    ['countries', countries.entities],
    ['regions', [...usStates, ...regions]],
    ['organizations', [...importOrganizations(countries), ...importParties(countries)]],
    ['cities', cities],
    ['people', [...peopleEntities, ...formerMembers]],
    ['companies', importCompanies()],
    ['terms', importTerms(dataDir)],
    ['wikidata', importWikitrivia(owners, peopleWords.words)],
  ]);
  const fileOf = new Map<string, string>();
  for (const [file, entities] of groups) for (const e of entities) fileOf.set(e.id, file);
  const resolved = resolveCollisions(hand, groups.flatMap(([, e]) => e));
  const { dropped } = resolved;
  // Variants of names other than people's (companies, organizations, Wikidata rows) join here, after the merge.
  const entities = addNameVariants(markFamousSurnames(resolved.entities, hand));

  // Links to dropped entities go too, so the compiler's link check holds.
  const kept = new Set([...entities.map((e) => e.id), ...hand.map((e) => e.id)]);
  const files = new Map<string, Entity[]>(groups.map(([file]) => [file, []]));
  for (const entity of entities) {
    const related = entity.related?.filter((id) => kept.has(id));
    const roles = entity.roles?.map((r) => (r.of && !kept.has(r.of) ? (({ of: _of, ...rest }) => rest)(r) : r));
    const { related: _r, roles: _o, ...rest } = entity;
    const clean: Entity = { ...rest, ...(roles ? { roles } : {}), ...(related && related.length > 0 ? { related } : {}) };
    files.get(fileOf.get(entity.id)!)!.push(clean);
  }
  return { files, dropped, log: [...skipped.map((line) => `skipped ${line}`), ...log] };
}

/** Records that entity `id` holds the (folded) name `text`. */
function hold(holders: Map<string, Set<string>>, text: string, id: string): void {
  const key = foldAlias(text);
  holders.set(key, (holders.get(key) ?? new Set()).add(id));
}

/** Whether a folded name is held by an entity other than `id` (the record's own hand-written twin holds none of its names). */
function takenByOthers(holders: ReadonlyMap<string, ReadonlySet<string>>): (key: string, id: string) => boolean {
  return (key, id) => {
    for (const holder of holders.get(key) ?? []) if (holder !== id) return true;
    return false;
  };
}

function main(): void {
  if (!hasSources()) {
    console.error(`data:import needs the raw reference data at ${SOURCE_DIR} (set BACKSTORY_SOURCES).`);
    process.exit(1);
  }
  const dataDir = process.argv[2] ?? 'data';
  const { files, dropped, log } = buildGenerated(dataDir);
  for (const [file, entities] of files) {
    writeEntities(join(dataDir, 'generated', `${file}.json`), entities);
    console.log(`data/generated/${file}.json: ${entities.length} entities`);
  }
  for (const d of dropped) console.log(`dropped ${d.id} (${d.name}): ${d.reason}`);
  // Every refused row, conflict between sources and unreadable text, for review with the data.
  writeFileSync(join(dataDir, 'generated', 'import-log.txt'), `${log.join('\n')}\n`);
  console.log(`data/generated/import-log.txt: ${log.length} lines (${log.filter((l) => l.startsWith('conflict')).length} conflicts, ${log.filter((l) => l.startsWith('skipped')).length} rows refused)`);
}

if (process.argv[1]?.endsWith('import.mjs')) main();
