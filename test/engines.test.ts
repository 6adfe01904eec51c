// `engines` tells the truth: every package `npm ci` installs runs on every Node that `engines`
// names, so `npm ci` on any of them prints no EBADENGINE warning.
import { readFile } from 'node:fs/promises';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface Lock {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
}

describe('engines', () => {
  it('every locked package supports every Node version engines names', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as {
      engines: { node: string };
    };
    const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as Lock;
    const ours = manifest.engines.node;
    const narrower = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const theirs = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (path === '' || theirs === undefined) return [];
      return semver.subset(ours, theirs) ? [] : [`${path}@${entry.version ?? '?'} needs ${theirs}`];
    });
    expect(narrower).toEqual([]);
  });

  it('the check sees a package that needs a newer Node than engines names', () => {
    expect(semver.subset('^20.19.0 || ^22.13.0 || ^24.0.0', '>=22')).toBe(false);
    expect(semver.subset('^20.19.0 || ^22.13.0 || ^24.0.0', '^20.19.0 || >=22.12.0')).toBe(true);
  });
});
