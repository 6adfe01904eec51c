// Bundles the action (dist/index.js) and the command-line tool (dist/cli.js) with ncc.
// The CLI is a bundle of its own, so it never loads GitHub client code.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, rmSync } from 'node:fs';

const bundles = [
  { entry: 'src/index.ts', out: 'dist/index.js', license: 'dist/licenses.txt' },
  { entry: 'src/cli.ts', out: 'dist/cli.js' },
];

rmSync('.build', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
for (const { entry, out, license } of bundles) {
  const dir = `.build/${entry.replace(/\W/g, '-')}`;
  const args = ['build', entry, '-o', dir, '--quiet', '--target', 'es2022'];
  if (license) args.push('--license', 'licenses.txt');
  execFileSync('npx', ['--no-install', 'ncc', ...args], { stdio: 'inherit' });
  copyFileSync(`${dir}/index.js`, out);
  if (license) copyFileSync(`${dir}/licenses.txt`, license);
}
chmodSync('dist/cli.js', 0o755);
rmSync('.build', { recursive: true, force: true });
