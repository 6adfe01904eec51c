#!/usr/bin/env node
// The `session-sweeper` command. Everything happens in runCli; this file only wires the process.
import { fstatSync, writeSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { USAGE } from './usage.js';
import { VERSION } from './version.js';

// Node 22.1 and later keep the compiled bundle on disk, so the next run starts sooner.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

/** The reader went away early: `| head` closed the pipe, or a parent closed its end of the socket. */
const readerGone = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EPIPE' || code === 'ECONNRESET';
};

/**
 * Once the reader of stdout has gone, the rest of the output is dropped, quietly, and the command
 * goes on to its end: --out and --write-ledger are still written, and the exit code is still the
 * command's (1 for a broken rail under --enforce), which is not known until runCli returns.
 * Output that cannot be written at all (a full disk) is said in one line, and the command exits 2.
 */
const stdoutState = { gone: false, failed: false };
function onStdoutError(error: NodeJS.ErrnoException): void {
  stdoutState.gone = true;
  if (readerGone(error) || stdoutState.failed) return;
  stdoutState.failed = true;
  process.exitCode = 2;
  process.stderr.write(
    `session-sweeper: standard output could not be written (${error.code ?? error.message}), so what it shows is not whole.\n`,
  );
}

let stream: ((chunk: string | Uint8Array) => void) | undefined;
/** process.stdout, made once and only when needed: making it loads Node's stream modules. */
function streamWriter(): (chunk: string | Uint8Array) => void {
  if (!stream) {
    process.stdout.on('error', onStdoutError);
    stream = (chunk) => {
      if (!stdoutState.gone) process.stdout.write(chunk);
    };
  }
  return stream;
}

/** Linux's memory devices (/dev/null, /dev/zero): character devices that are never a terminal. */
const isMemoryDevice = (rdev: number) => process.platform === 'linux' && rdev >> 8 === 1;

/**
 * Into a file (`> plan.json`), a pipe (`| jq`, or a socket as Node's child processes have) or a
 * device that is not a terminal (/dev/null), text goes straight to the descriptor: the stream
 * would first copy each piece into a buffer of its own, a second copy of a large plan. A
 * terminal gets the stream.
 */
function stdoutWriter(): (text: string) => void {
  try {
    const target = fstatSync(1);
    const direct =
      target.isFile() ||
      // Windows' pipes are its own kind: the stream knows them.
      ((target.isFIFO() || target.isSocket()) && process.platform !== 'win32') ||
      (target.isCharacterDevice() && (isMemoryDevice(target.rdev) || !process.stdout.isTTY));
    if (direct) return directWriter();
  } catch {
    // No descriptor to look at: the stream decides.
  }
  return streamWriter();
}

function directWriter(): (text: string) => void {
  let blocked = false;
  return (text) => {
    if (stdoutState.gone) return;
    if (blocked) {
      streamWriter()(text);
      return;
    }
    let rest: Buffer | undefined;
    let at = 0;
    try {
      at = writeSync(1, text);
      if (at === Buffer.byteLength(text)) return;
      // A write the system cut short goes on from where it stopped: nothing of the plan is lost.
      rest = Buffer.from(text);
      while (at < rest.length) at += writeSync(1, rest, at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
        onStdoutError(error as NodeJS.ErrnoException);
        return;
      }
      // A pipe its reader made non-blocking is full: the stream waits for it, from here on.
      blocked = true;
      streamWriter()(rest ? rest.subarray(at) : text);
    }
  };
}

/** stderr the same way: with `2>&1 | head`, a bad input still exits 2, not with Node's error. */
function stderrWriter(): (text: string) => void {
  let gone = false;
  let listening = false;
  return (text) => {
    if (gone) return;
    if (!listening) {
      listening = true;
      process.stderr.on('error', (error) => {
        if (!readerGone(error)) throw error;
        gone = true;
      });
    }
    process.stderr.write(text);
  };
}

const argv = process.argv.slice(2);
// `--version` and `--help` alone answer before the rest of the command is loaded.
const only = argv.length === 1 ? argv[0] : undefined;
if (only === '--version' || only === '-v') {
  streamWriter()(`${VERSION}\n`);
} else if (only === '--help' || only === '-h') {
  streamWriter()(USAGE);
} else {
  const { runCli } = await import('./command.js');
  const code = await runCli(argv, {
    stdout: stdoutWriter(),
    stderr: stderrWriter(),
    cwd: process.cwd(),
    env: process.env,
  });
  process.exitCode = stdoutState.failed ? 2 : code;
}
