#!/usr/bin/env node
// The session-sweeper command; the bundle and its chunks are in dist/cli/.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE' || error.code === 'ECONNRESET') return;
    process.exitCode = 2;
    process.stderr.write(`session-sweeper: standard output could not be written (${error.code ?? error.message}), so what it shows is not whole.\n`);
  });
  process.stdout.write("1.0.0\n");
} else await import('./cli/index.js');
