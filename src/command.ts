// The command-line flow: parse arguments, load the backlog, pick the command, print. Exit codes:
// 0 a plan, 1 a broken rail under --enforce, 2 bad input or usage.
import { now as clockNow } from './clock.js';
import { parse, UsageError, type Parsed } from './cli/args.js';
import { checkedSettings, load } from './cli/backlog.js';
import { BadInput, type CliIo } from './cli/io.js';
import { runPlan } from './cli/plan.js';
import { escapeLogLines, escapeTerminalLines } from './render/escape.js';
import { USAGE } from './usage.js';
import { VERSION } from './version.js';

export type { CliIo };
export { USAGE };

export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  // Everything on stderr may quote the backlog or an API's error: escaped, and in a job never a
  // workflow command.
  const inJob = given.env.GITHUB_ACTIONS === 'true';
  const io: CliIo = {
    ...given,
    stderr: (text) => {
      given.stderr(inJob ? escapeLogLines(text) : escapeTerminalLines(text));
    },
  };
  if (argv[0] === 'convert') {
    // Loaded only to convert: it writes YAML, which a plan never does.
    const { runConvert } = await import('./cli/convert.js');
    return runConvert(argv.slice(1), io);
  }
  // Loaded only to dispatch: it writes to Jules, which a plan never does.
  if (argv[0] === 'dispatch') {
    const { runDispatchCli } = await import('./cli/dispatch.js');
    return runDispatchCli(argv.slice(1), io);
  }
  try {
    return await runParsed(parse(argv), io);
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`session-sweeper: ${error.message}\n\n${USAGE}`);
    else if (error instanceof BadInput) io.stderr(`session-sweeper: ${error.message}\n`);
    else throw error;
    return 2;
  }
}

async function runParsed(parsed: Parsed, io: CliIo): Promise<number> {
  if (parsed.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (parsed.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const head = await load(parsed.files.at(-1)!, io, parsed);
  if (!head) return 2;

  if (parsed.command === 'validate') {
    const active = head.sessions.filter((s) => s.status !== 'archived').length;
    io.stdout(
      `${head.file}: valid (${head.format}, ${head.sessions.length} session${head.sessions.length === 1 ? '' : 's'}, ${active} active)\n`,
    );
    return 0;
  }
  const settings = { ...checkedSettings(parsed.settings, head), now: clockNow() };
  // Loaded only to diff: judging a change against its base is the required check's work.
  if (parsed.command === 'diff')
    return (await import('./cli/diff.js')).runDiff(parsed, io, head, settings);
  return runPlan(parsed, io, head, settings);
}
