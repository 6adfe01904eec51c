#!/usr/bin/env node
// The `session-sweeper` command. Everything happens in runCli; this file only wires the process.
import { fstatSync, writeSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { USAGE } from './usage.js';
import { VERSION } from './version.js';

// Node 22.1 and later keep the compiled bundle on disk, so the next run starts sooner.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

/** A reader that stops early (`| head`) closes the pipe: that ends the command, quietly. */
function endOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
}

let stream: ((chunk: string | Uint8Array) => void) | undefined;
/** process.stdout, made once and only when needed: making it loads Node's stream modules. */
function streamWriter(): (chunk: string | Uint8Array) => void {
  if (!stream) {
    process.stdout.on('error', endOnClosedPipe);
    stream = (chunk) => {
      process.stdout.write(chunk);
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
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EAGAIN') {
        endOnClosedPipe(error as NodeJS.ErrnoException);
        return;
      }
      // A pipe its reader made non-blocking is full: the stream waits for it, from here on.
      blocked = true;
      streamWriter()(rest ? rest.subarray(at) : text);
    }
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
  process.exitCode = await runCli(argv, {
    stdout: stdoutWriter(),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  });
}
