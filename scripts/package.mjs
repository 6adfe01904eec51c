// Bundles the action (dist/index.js, GitHub client code in chunks of its own loaded on demand)
// and the command-line tool (dist/cli/, started by dist/cli.js) with ncc.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

rmSync('.build', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');

function bundle(entry, out, license) {
  const dir = `.build/${out}`;
  const args = ['build', entry, '-o', dir, '--quiet', '--target', 'es2022'];
  if (license) args.push('--license', 'licenses.txt');
  execFileSync('npx', ['--no-install', 'ncc', ...args], { stdio: 'inherit' });
  rmSync(`${dir}/package.json`, { force: true });
  cpSync(dir, out === 'action' ? 'dist' : `dist/${out}`, { recursive: true });
}

bundle('src/index.ts', 'action', true);
bundle('src/cli.ts', 'cli', false);
// `--version` alone is answered by dist/cli.js itself: a second module costs Node 20 a few ms.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync(
  'dist/cli.js',
  [
    '#!/usr/bin/env node',
    '// The session-sweeper command; the bundle and its chunks are in dist/cli/.',
    'const argv = process.argv.slice(2);',
    "if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {",
    "  process.stdout.on('error', (error) => {",
    "    if (error.code === 'EPIPE' || error.code === 'ECONNRESET') return;",
    '    process.exitCode = 2;',
    '    process.stderr.write(`session-sweeper: standard output could not be written (${error.code ?? error.message}), so what it shows is not whole.\\n`);',
    '  });',
    `  process.stdout.write(${JSON.stringify(`${version}\n`)});`,
    "} else await import('./cli/index.js');",
    '',
  ].join('\n'),
);
chmodSync('dist/cli.js', 0o755);
rmSync('.build', { recursive: true, force: true });
