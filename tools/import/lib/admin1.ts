/**
 * GeoNames' first-level division names by code ("DE.06" → "Lower Saxony"), for the cities
 * file's `admin1_code`. Where the two files number a country differently the names would be
 * wrong, so that country gets none: a city with no region is better than one placed in the
 * wrong province.
 */
import { readSourceCsv } from './io';

/**
 * Countries whose codes in `admin1-codes.csv` are not the ones the cities file uses.
 * Vietnam: the division file has the 34 provinces of the 2025 merger (Ho Chi Minh City is
 * VN.79), the cities file still the 63 before it (VN.20, which is Lạng Sơn now), so Hanoi
 * came out "in Quang Tri". Checked by matching each province capital's name against the
 * division names of its country: only Vietnam disagrees throughout (21 of 21).
 */
const STALE_CODES = new Set(['VN']);

/** Division names by "CC.code"; none for a country in STALE_CODES. */
export function admin1Names(): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of readSourceCsv('geonames-cities/admin1-codes.csv')) {
    if (!STALE_CODES.has(row.code!.slice(0, 2))) out.set(row.code!, row.name!);
  }
  return out;
}
