/** Command-line parsing for the CLI: strict, so a typo is an error rather than a surprise. */
import { isIsoDay } from '../shared/dates';

export const USAGE = `Usage:
  backstory match FILE|- [--as-of YYYY-MM-DD] [--json]
      Finds the dataset's entities in an HTML page or a plain-text file ("-" reads stdin).
      Prints every mention; --json prints [{ text, start, end, id, name, type }] where
      start/end are UTF-16 offsets into the extracted blocks joined with "\\n\\n".
      With --as-of, a title before a surname ("Minister Lima") counts only for a role
      the person held on that day.
  backstory show ID|NAME [--as-of YYYY-MM-DD] [--json]
      Prints what the popover shows for one entity, found by id or by name or alias.

Options:
  --as-of YYYY-MM-DD  the day the page is read as of: the card's facts and roles (show),
                      the roles a title may name (match); default: today (show), any (match)
  --json              machine-readable output
  --dataset PATH      read this data directory (as built: dist/chrome/data) or a
                      compiled dataset.json instead of the data next to the CLI
                      (also: environment variable BACKSTORY_DATASET)
  -h, --help          this text

Exit codes: 0 done, 1 entity not found or dataset missing, 2 bad input or usage.`;

/** A problem with how the CLI was called or with its input: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliArgs {
  command: 'match' | 'show' | 'help';
  target: string;
  asOf: string | undefined;
  isJson: boolean;
  dataset: string | undefined;
}

/** Parses argv (without node and the script); throws UsageError on anything unexpected. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const positional: string[] = [];
  let asOf: string | undefined;
  let isJson = false;
  let dataset: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { command: 'help', target: '', asOf, isJson, dataset };
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--json' && inline === undefined) isJson = true;
    else if (flag === '--as-of') {
      asOf = value();
      if (!isIsoDay(asOf)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${asOf}"`);
    } else if (flag === '--dataset') dataset = value();
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else positional.push(arg);
  }
  const [command, target, ...extra] = positional;
  if (command === undefined) throw new UsageError('missing command: match or show');
  if (command !== 'match' && command !== 'show') throw new UsageError(`unknown command "${command}": use match or show`);
  if (target === undefined) throw new UsageError(command === 'match' ? 'match needs a FILE (or - for stdin)' : 'show needs an ID or NAME');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  return { command, target, asOf, isJson, dataset };
}
