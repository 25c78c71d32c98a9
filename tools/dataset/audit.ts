/**
 * `npm run data:audit`: draws a seeded random sample of compiled entities and checks
 * each against the raw source it cites. Prints a Markdown table for data/AUDIT.md.
 * Entities with no raw source here (hand-written, terms) are listed for reading by eye.
 */
import { aliasObject, type Entity } from '../../src/shared/dataset';
import { readSourceCsv, readSourceJson } from '../import/lib/io';
import { decodeEntities, foldAlias } from '../import/lib/text';
import { compileDataset } from './compile';

export const AUDIT_SEED = 20261129;
export const AUDIT_SIZE = 100;

/** FNV-1a over seed and id: a stable pseudo-random score per entity. */
export function sampleScore(id: string, seed: number): number {
  let hash = 0x811c9dc5 ^ seed;
  for (const char of `${seed}:${id}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The `size` entities with the lowest scores. Unlike a shuffle, removing or adding
 * one entity changes the sample by at most that entity, so fixes keep the sample.
 */
export function drawSample(entities: readonly Entity[], size: number, seed: number): Entity[] {
  return [...entities].sort((a, b) => sampleScore(a.id, seed) - sampleScore(b.id, seed) || a.id.localeCompare(b.id)).slice(0, size);
}

type Check = { ok: boolean; note: string };

function sources() {
  const historic = readSourceCsv('peppercat-wikidata-officeholders/leaders-historic-2023-01-10.csv');
  const current = readSourceCsv('peppercat-wikidata-officeholders/current-2025-01-31.csv');
  const un = readSourceCsv('peppercat-wikidata-officeholders/un-officeholders-2023-01.csv');
  const legislators = [
    ...readSourceJson<{ id: { wikidata?: string }; terms: { start: string }[]; leadership_roles?: { start: string }[] }[]>('us-congress-legislators/legislators-current.json'),
    ...readSourceJson<{ id: { wikidata?: string }; terms: { start: string }[]; leadership_roles?: { start: string }[] }[]>('us-congress-legislators/executive.json'),
  ];
  const cities = new Map(readSourceCsv('geonames-cities/cities-pop50k-or-capital.csv').map((r) => [r.geonameid!, r]));
  const sp500 = new Map(readSourceCsv('datasets-sp500-companies/constituents-2026-08.csv').map((r) => [r.CIK!, r]));
  const factbook = JSON.stringify(readSourceJson<unknown>('cia-world-factbook/factbook-2026-01.json'));
  const appendix = readSourceCsv('cia-world-factbook/appendix-b-international-organizations-2020.csv');
  return { historic, current, un, legislators, cities, sp500, factbook: decodeEntities(factbook), appendix };
}
type Sources = ReturnType<typeof sources>;

function checkPerson(entity: Entity, src: Sources): Check[] {
  return (entity.roles ?? []).map((role) => {
    if (role.source === 'peppercat') {
      const rows = [...src.historic.map((r) => ({ id: r.personID, start: r.start, end: r.end })), ...src.current.map((r) => ({ id: r.personID, start: r.since, end: '' }))];
      const found = rows.some((r) => r.id === entity.id && r.start === role.start);
      const endOk = role.end === undefined || role.endInferred || rows.some((r) => r.id === entity.id && r.end === role.end);
      return { ok: found && endOk, note: `${role.title} ${role.start}..${role.end ?? ''}${role.endInferred ? ' (inferred)' : ''}: ${found ? 'start found' : 'START NOT FOUND'}${endOk ? '' : ', END NOT FOUND'}` };
    }
    if (role.source === 'unitedstates-congress') {
      const person = src.legislators.find((p) => p.id.wikidata === entity.id);
      const found = !!person && [...person.terms, ...(person.leadership_roles ?? [])].some((t) => t.start === role.start);
      return { ok: found, note: `${role.title} ${role.start}: ${found ? 'term found' : 'TERM NOT FOUND'}` };
    }
    if (role.source === 'wikidata-un') {
      const found = src.un.some((r) => r.personID === entity.id && r.start === role.start);
      return { ok: found, note: `${role.title} ${role.start}: ${found ? 'row found' : 'ROW NOT FOUND'}` };
    }
    return { ok: true, note: `${role.title}: hand-written (${role.source}), read by eye` };
  });
}

function checkEntity(entity: Entity, src: Sources): Check[] {
  const geonames = entity.sources.find((s) => s.source === 'geonames')?.url?.split('/').pop();
  if (entity.type === 'person') return checkPerson(entity, src);
  if (geonames) {
    const row = src.cities.get(geonames);
    const population = entity.facts?.find((f) => f.label === 'Population')?.value.replace(/,/g, '');
    return [{ ok: !!row && row.name === entity.name && row.population === population, note: row ? `GeoNames ${geonames}: name ${row.name}, population ${row.population}` : 'GEONAMES ROW NOT FOUND' }];
  }
  const cik = entity.sources.find((s) => s.source === 'sp500')?.url?.match(/CIK=(\d+)/)?.[1];
  if (cik) {
    const row = src.sp500.get(cik);
    const ticker = entity.facts?.find((f) => f.label === 'Ticker')?.value;
    return [{ ok: !!row && row.Symbol === ticker && entity.summary.includes(row['Headquarters Location']!), note: row ? `S&P row ${row.Symbol} ${row.Security}, HQ ${row['Headquarters Location']}` : 'S&P ROW NOT FOUND' }];
  }
  if (entity.sources.some((s) => s.source === 'cia-factbook')) {
    const facts = (entity.facts ?? []).filter((f) => f.source === 'cia-factbook' && !['Members', 'Memberships', 'Languages'].includes(f.label));
    const checks = facts.map((f) => {
      const probe = f.value.replace(/ \(since .*\)$/, '').split(' ').slice(-2).join(' ');
      const found = src.factbook.toLowerCase().includes(probe.toLowerCase());
      return { ok: found, note: `${f.label} "${f.value}": ${found ? 'found in Factbook' : 'NOT FOUND in Factbook'}` };
    });
    if (entity.type === 'organization' || entity.type === 'term' || entity.type === 'party') {
      const named = src.appendix.some((r) => foldAlias(r.name!) === foldAlias(entity.name)) || src.factbook.toLowerCase().includes(entity.name.toLowerCase());
      checks.push({ ok: named, note: named ? 'name found in the Factbook' : 'NAME NOT FOUND' });
    }
    return checks.length > 0 ? checks : [{ ok: true, note: 'no checkable facts' }];
  }
  return [{ ok: true, note: `by eye: ${entity.sources.map((s) => s.source).join(', ')}; aliases ${(entity.aliases ?? []).map((a) => aliasObject(a).text).join(' / ') || 'none'}` }];
}

function main(): void {
  const compiled = compileDataset(process.argv[2] ?? 'data');
  const src = sources();
  const sample = drawSample(compiled.entities, AUDIT_SIZE, AUDIT_SEED);
  let failed = 0;
  console.log(`Seed ${AUDIT_SEED}, ${sample.length} of ${compiled.entities.length} entities.\n`);
  console.log('| # | id | type | name | script result | notes |\n|---|---|---|---|---|---|');
  sample.forEach((entity, i) => {
    const checks = checkEntity(entity, src);
    const ok = checks.every((c) => c.ok);
    if (!ok) failed++;
    const notes = checks.map((c) => c.note).join('; ').replace(/\|/g, '/');
    console.log(`| ${i + 1} | ${entity.id} | ${entity.type} | ${entity.name} | ${ok ? 'ok' : '**FAIL**'} | ${notes.slice(0, 300)} |`);
  });
  console.log(`\nScript: ${failed} of ${sample.length} entities failed a check.`);
}

if (process.argv[1]?.endsWith('audit.mjs')) main();
