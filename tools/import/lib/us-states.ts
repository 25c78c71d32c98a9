/**
 * The US states and the District of Columbia: postal code, name and Wikidata QID.
 * One table for every importer that needs them (state entities, governors from
 * OpenStates, senators and representatives from congress-legislators), so a
 * state's card and the roles `of` that state always share one id.
 */

export interface UsState {
  /** Postal code, as congress-legislators and OpenStates' OCD ids use it (lower case there). */
  postal: string;
  name: string;
  /** The Wikidata item of the state (for DC, of Washington, D.C.). */
  qid: string;
  kind: 'state' | 'district';
}

const ROWS: [string, string, string][] = [
  ['AL', 'Alabama', 'Q173'], ['AK', 'Alaska', 'Q797'], ['AZ', 'Arizona', 'Q816'], ['AR', 'Arkansas', 'Q1612'],
  ['CA', 'California', 'Q99'], ['CO', 'Colorado', 'Q1261'], ['CT', 'Connecticut', 'Q779'], ['DE', 'Delaware', 'Q1393'],
  ['FL', 'Florida', 'Q812'], ['GA', 'Georgia', 'Q1428'], ['HI', 'Hawaii', 'Q782'], ['ID', 'Idaho', 'Q1221'],
  ['IL', 'Illinois', 'Q1204'], ['IN', 'Indiana', 'Q1415'], ['IA', 'Iowa', 'Q1546'], ['KS', 'Kansas', 'Q1558'],
  ['KY', 'Kentucky', 'Q1603'], ['LA', 'Louisiana', 'Q1588'], ['ME', 'Maine', 'Q724'], ['MD', 'Maryland', 'Q1391'],
  ['MA', 'Massachusetts', 'Q771'], ['MI', 'Michigan', 'Q1166'], ['MN', 'Minnesota', 'Q1527'], ['MS', 'Mississippi', 'Q1494'],
  ['MO', 'Missouri', 'Q1581'], ['MT', 'Montana', 'Q1212'], ['NE', 'Nebraska', 'Q1553'], ['NV', 'Nevada', 'Q1227'],
  ['NH', 'New Hampshire', 'Q759'], ['NJ', 'New Jersey', 'Q1408'], ['NM', 'New Mexico', 'Q1522'], ['NY', 'New York', 'Q1384'],
  ['NC', 'North Carolina', 'Q1454'], ['ND', 'North Dakota', 'Q1207'], ['OH', 'Ohio', 'Q1397'], ['OK', 'Oklahoma', 'Q1649'],
  ['OR', 'Oregon', 'Q824'], ['PA', 'Pennsylvania', 'Q1400'], ['RI', 'Rhode Island', 'Q1387'], ['SC', 'South Carolina', 'Q1456'],
  ['SD', 'South Dakota', 'Q1211'], ['TN', 'Tennessee', 'Q1509'], ['TX', 'Texas', 'Q1439'], ['UT', 'Utah', 'Q829'],
  ['VT', 'Vermont', 'Q16551'], ['VA', 'Virginia', 'Q1370'], ['WA', 'Washington', 'Q1223'], ['WV', 'West Virginia', 'Q1371'],
  ['WI', 'Wisconsin', 'Q1537'], ['WY', 'Wyoming', 'Q1214'],
];

export const US_STATES: readonly UsState[] = [
  ...ROWS.map(([postal, name, qid]): UsState => ({ postal, name, qid, kind: 'state' })),
  { postal: 'DC', name: 'District of Columbia', qid: 'Q61', kind: 'district' },
];

const BY_POSTAL = new Map(US_STATES.map((s) => [s.postal, s]));

/** The state for a postal code, any case ("tx", "TX"). */
export function usState(postal: string): UsState | undefined {
  return BY_POSTAL.get(postal.toUpperCase());
}
