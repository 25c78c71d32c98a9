/**
 * `npm run data:audit`: draws a seeded random sample of compiled entities, stratified by
 * the kind a reader sees (person, place, organization, term), checks each against the
 * raw source it cites, and writes every sampled card as a reader would see it (today
 * and on a seeded article date) to data/audit-sample.md for a hand check. The result of
 * that check is recorded in data/AUDIT.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCard, cardText } from '../../src/shared/card';
import { aliasObject, kindOf, type Entity, type EntityKind } from '../../src/shared/dataset';
import { today } from '../../src/shared/dates';
import { buildLeaderIndex } from '../../src/shared/time-lines';
import { readSourceCsv, readSourceJson } from '../import/lib/io';
import { decodeEntities, foldAlias } from '../import/lib/text';
import { compileDataset } from './compile';

export const AUDIT_SEED = 20261202;
/** Cards drawn per kind: 4 kinds × 30 = 120, over the issue's 100. */
export const AUDIT_PER_KIND = 30;
const KINDS: EntityKind[] = ['person', 'place', 'organization', 'term'];

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

/** `perKind` entities of each kind a reader sees, each kind drawn as above: cities cannot crowd out people. */
export function drawStratified(entities: readonly Entity[], perKind: number, seed: number): Entity[] {
  return KINDS.flatMap((kind) => drawSample(entities.filter((e) => kindOf(e.type) === kind), perKind, seed));
}

/** A seeded article date between 2016 and the horizon of the newest data, so time lines are read on past dates too. */
export function articleDate(id: string, seed: number): string {
  const from = Date.parse('2016-01-01');
  const to = Date.parse('2026-06-30');
  return new Date(from + (sampleScore(id, seed + 1) % Math.floor((to - from) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
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
  const executives = JSON.stringify(readSourceJson<unknown>('cia-world-factbook/factbook-executives-2020-2026.json')).toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const openstates = JSON.stringify(readSourceJson<unknown>('openstates-people/openstates-executives.json'), null, 1);
  return { historic, current, un, legislators, cities, sp500, factbook: decodeEntities(factbook), appendix, executives, openstates };
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
    if (role.source === 'cia-factbook-executives') {
      const surname = entity.name.split(/\s+/).pop()!.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      const found = src.executives.includes(surname);
      return { ok: found, note: `${role.title} ${role.start}..${role.end ?? `open, seen ${role.lastSeen}`}: ${found ? 'named in the Factbook history' : 'NAME NOT IN THE FACTBOOK HISTORY'}` };
    }
    if (role.source === 'openstates') {
      const found = src.openstates.includes(`"start_date": "${role.start}"`) && src.openstates.includes(entity.name.split(' ').pop()!);
      return { ok: found, note: `${role.title} ${role.start}: ${found ? 'role found in Open States' : 'ROLE NOT FOUND'}` };
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
  const dataDir = process.argv[2] ?? 'data';
  const compiled = compileDataset(dataDir);
  const src = sources();
  const sample = drawStratified(compiled.entities, AUDIT_PER_KIND, AUDIT_SEED);
  const byId = new Map(compiled.entities.map((e) => [e.id, e]));
  const ctx = { lookup: (id: string) => byId.get(id), sources: new Map(compiled.sources.map((x) => [x.id, x])), leaders: buildLeaderIndex(compiled.entities) };
  const now = today();
  let failed = 0;
  const out: string[] = [
    `# Audit sample: seed ${AUDIT_SEED}, ${AUDIT_PER_KIND} cards of each kind (${sample.length} of ${compiled.entities.length} entities)`,
    '',
    'Written by `npm run data:audit`. Each card is shown as a reader sees it today and on a seeded article date.',
    'Read every line against its source; record what is wrong, stale or awkward in data/AUDIT.md.',
    '',
  ];
  console.log(`Seed ${AUDIT_SEED}, ${sample.length} of ${compiled.entities.length} entities.\n`);
  console.log('| # | id | kind | name | script result | notes |\n|---|---|---|---|---|---|');
  sample.forEach((entity, i) => {
    const checks = checkEntity(entity, src);
    const ok = checks.every((c) => c.ok);
    if (!ok) failed++;
    const notes = checks.map((c) => c.note).join('; ').replace(/\|/g, '/');
    console.log(`| ${i + 1} | ${entity.id} | ${kindOf(entity.type)} | ${entity.name} | ${ok ? 'ok' : '**FAIL**'} | ${notes.slice(0, 300)} |`);
    const date = articleDate(entity.id, AUDIT_SEED);
    out.push(`## ${i + 1}. ${entity.name} (${entity.id}, ${entity.type})`, '', `Script: ${ok ? 'ok' : 'FAIL'}; ${notes}`, '', '```');
    out.push(cardText(buildCard(entity, { ...ctx, asOf: now, asOfOrigin: 'today' })), '', cardText(buildCard(entity, { ...ctx, asOf: date, asOfOrigin: 'article' })).split('\n').slice(2, 4).join('\n'), '```', '');
  });
  console.log(`\nScript: ${failed} of ${sample.length} entities failed a check.`);
  writeFileSync(join(dataDir, 'audit-sample.md'), `${out.join('\n')}\n`);
  console.log(`Cards written to ${join(dataDir, 'audit-sample.md')} for the hand check.`);
}

if (process.argv[1]?.endsWith('audit.mjs')) main();
