/** Date helpers for partial dates (YYYY, YYYY-MM, YYYY-MM-DD) and article dates. */


/** Today as YYYY-MM-DD in UTC. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether a string is a real calendar day in YYYY-MM-DD form. */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The year of a partial date. */
export function yearOf(date: string): string {
  return date.slice(0, 4);
}
