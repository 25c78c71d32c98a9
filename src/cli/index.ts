/**
 * The Backstory CLI (bundled by build.mjs to dist/cli.mjs). Commands: `match`
 * and `show`; see USAGE in args.ts. Exit codes: 0 done, 1 not found / no
 * dataset, 2 bad usage or input (message on stderr).
 */
import { USAGE, UsageError, parseArgs, type CliArgs } from './args';
import { CliFailure, datasetPath, loadDataset } from './dataset';
import { readTextInput } from './input';
import { inputBlocks, matchBlocks, mentionTable } from './match';
import { entityCard, findEntity } from './show';


async function run(args: CliArgs): Promise<number> {
  if (args.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'match') {
    const text = readTextInput(args.target);
    const dataset = loadDataset(datasetPath(args.dataset));
    const mentions = matchBlocks(dataset, await inputBlocks(text), args.asOf);
    process.stdout.write(`${args.isJson ? JSON.stringify(mentions, null, 2) : mentionTable(mentions)}\n`);
    return 0;
  }
  const dataset = loadDataset(datasetPath(args.dataset));
  const found = findEntity(dataset, args.target);
  if (!found.ok) throw new CliFailure(found.error);
  const card = entityCard(dataset, found.id, args.asOf);
  process.stdout.write(`${args.isJson ? JSON.stringify(card, null, 2) : card.text}\n`);
  return 0;
}

/** Runs the CLI on argv (without node and script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await run(parseArgs(argv));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`backstory: ${error.message}\nRun with --help for usage.\n`);
      return 2;
    }
    if (error instanceof CliFailure) {
      process.stderr.write(`backstory: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
