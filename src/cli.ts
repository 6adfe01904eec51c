#!/usr/bin/env node
// The `session-sweeper` command. Everything happens in runCli; this file only wires the process.
import { runCli } from './command.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
});
