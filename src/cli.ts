#!/usr/bin/env node
// The `session-sweeper` command. Everything happens in runCli; this file only wires the process.
import { fstatSync, writeSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { USAGE } from './usage.js';
import { VERSION } from './version.js';

// A reader that stops early (`| head`) closes the pipe: that ends the command, quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Node 22.1 and later keep the compiled bundle on disk, so the next run starts sooner.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

/**
 * Into a file (`> plan.json`, or /dev/null), text goes straight to the descriptor: the stream
 * would first copy each piece into a buffer of its own, a second copy of a large plan.
 */
function stdoutWriter(): (text: string) => void {
  try {
    const target = fstatSync(1);
    if (target.isFile() || (target.isCharacterDevice() && !process.stdout.isTTY)) {
      return (text) => {
        const written = writeSync(1, text);
        // A write the system cut short goes on from where it stopped: nothing of the plan is lost.
        if (written < Buffer.byteLength(text)) {
          const rest = Buffer.from(text);
          for (let at = written; at < rest.length;) at += writeSync(1, rest, at);
        }
      };
    }
  } catch {
    // No descriptor to look at: the stream decides.
  }
  return (text) => process.stdout.write(text);
}

const argv = process.argv.slice(2);
// `--version` and `--help` alone answer before the rest of the command is loaded.
const only = argv.length === 1 ? argv[0] : undefined;
if (only === '--version' || only === '-v') {
  process.stdout.write(`${VERSION}\n`);
} else if (only === '--help' || only === '-h') {
  process.stdout.write(USAGE);
} else {
  const { runCli } = await import('./command.js');
  process.exitCode = await runCli(argv, {
    stdout: stdoutWriter(),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  });
}
