/**
 * S&P 500 companies (datasets/s-and-p-500-companies, facts only). A company gets
 * its common short name as an alias ("Microsoft" for "Microsoft Corporation");
 * where that is also a common word or a place or surname ("Apple", "Target",
 * "Dover"), the alias is marked ambiguous so the matcher needs context.
 */
import type { AliasObject, Entity } from '../../src/shared/dataset';
import { readSourceCsv } from './lib/io';
import { foldAlias, slugify } from './lib/text';

export const SP500_DATE = '2026-08-08';

/** Tickers that are also words or common abbreviations; the rest match as exact-case aliases ("NVDA"). */

const SUFFIX = /(,? (Inc\.?|Incorporated|Corporation|Corp\.?|Co\.|Company|plc|PLC|Ltd\.?|Limited|Holdings|Holding|N\.V\.|S\.A\.|SE|AG|\(Class [A-C]\)|Class [A-C]|& Co\.?))+$/;

/** All-capital short names that, written so, mean the company and nothing else in the news. */
const COMPANY_ACRONYMS = new Set(['IBM', 'KKR']);
/** Short names that are everyday words, places or surnames. */
/** Common-word short names that news uses for the company often enough to keep. */
const FAMOUS_WORD_BRANDS = new Set(['apple', 'alphabet', 'amazon', 'intel', 'chevron', 'oracle', 'visa', 'target', 'boeing']);
const COMMON = new Set(
  ('apple alphabet amazon block booking ball target visa oracle progressive southern dover flex fox news carnival everest waters dow ' +
    'intel coherent chevron equity mosaic hartford travelers cooper workday tapestry corning rollins cummins hubbell eaton linde hershey ' +
    'williams jacobs loews sysco copart centene cigna ventas amcor aptiv ciena otis expand qnity monster lennar regency ' +
    'genuine vistra evergy entergy prologis allegion assurant dominion sempra xylem zoetis garmin textron trimble fortive chubb ' +
    'interactive brokers realty income public storage global payments vici united airlines principal financial republic services')
    .split(' '),
);
// A surname with an 's names every family's pub and shop ("Casey's Bar" in Cork is not the Iowa chain).
COMMON.add("casey's");

/** "Coca-Cola Company (The)" → "The Coca-Cola Company"; "Lilly (Eli)" → "Eli Lilly". */
export function displayName(security: string): string {
  const m = /^(.*) \((The|Eli)\)$/.exec(security);
  return m ? `${m[2]} ${m[1]}` : security.replace(/\s*\(Class [A-C]\)$/, '');
}

export function shortName(name: string): string {
  return name.replace(/^The /, '').replace(SUFFIX, '').replace(/ &$/, '').trim();
}

export function importCompanies(): Entity[] {
  const byCik = new Map<string, Record<string, string>>();
  for (const row of readSourceCsv('datasets-sp500-companies/constituents-2026-08.csv')) if (!byCik.has(row.CIK!)) byCik.set(row.CIK!, row);
  const entities: Entity[] = [];
  const used = new Set<string>();
  for (const row of byCik.values()) {
    const name = displayName(row.Security!);
    const short = shortName(name);
    let id = `bs:company/${slugify(short)}`;
    if (used.has(id)) id = `bs:company/${slugify(short)}-${row.CIK}`;
    used.add(id);
    const aliases: AliasObject[] = [];
    // A short name of three letters or fewer is a word ("Dow", "Fox", "Ball") or an acronym with
    // other meanings ("APA", "PTC"), except the few the news writes only for the company.
    const commonWord = COMMON.has(short.toLowerCase()) || (!short.includes(' ') && short.length <= 3 && !COMPANY_ACRONYMS.has(short));
    // A short name that is an ordinary word ("News", "Block", "Southern") is left out:
    // even with context it highlights more news prose than companies. Brands readers
    // know by that word stay, marked ambiguous so they need context.
    const isKeptWord = FAMOUS_WORD_BRANDS.has(short.toLowerCase());
    if (foldAlias(short) !== foldAlias(name) && (!commonWord || isKeptWord)) aliases.push({ text: short, ...(commonWord ? { ambiguous: true } : {}) });
    // A name that is the word itself ("Public Storage", "The Hartford") needs context too; one
    // the word only begins ("News Corp", "Fox Corporation", "Dow Inc.") names the company alone.
    else if (commonWord && foldAlias(name.replace(/^The /, '')) === foldAlias(short)) aliases.push({ text: name, ambiguous: true });
    // Tickers are kept as a fact, not an alias: in prose "USB" is a port and "GIS" a map
    // long before they are U.S. Bancorp or General Mills (both seen on real pages).
    const founded = /^\d{4}/.exec(row.Founded ?? '')?.[0];
    entities.push({
      id,
      type: 'company',
      name,
      ...(aliases.length > 0 ? { aliases } : {}),
      summary: `US-listed company in ${row['GICS Sub-Industry']} (${row['GICS Sector']}), headquartered in ${row['Headquarters Location']}.${founded ? ` Founded ${founded}.` : ''} In the S&P 500 index.`,
      facts: [
        { label: 'Ticker', value: row.Symbol!, asOf: SP500_DATE, source: 'sp500' },
        { label: 'Sector', value: row['GICS Sector']!, asOf: SP500_DATE, source: 'sp500' },
        { label: 'Headquarters', value: row['Headquarters Location']!, asOf: SP500_DATE, source: 'sp500' },
        ...(row['Date added'] ? [{ label: 'In the S&P 500 since', value: row['Date added'], asOf: row['Date added'], source: 'sp500' }] : []),
      ],
      sources: [{ source: 'sp500', url: `https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${row.CIK}` }],
      updated: SP500_DATE,
    });
  }
  return entities;
}
