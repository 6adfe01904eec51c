// One pull request is one piece of work: two entries naming it, in any spelling, fail to load.
import { describe, expect, it } from 'vitest';
import { parseBacklog } from '../src/backlog/load.js';

const repository = { owner: 'acme', repo: 'summit' };

describe('one pull request, one entry', () => {
  const load = (sessions: string, repo = repository) =>
    parseBacklog(`version: 1\nsessions:\n${sessions}`, 'sessions.yaml', { repository: repo });
  const pr = (name: string, ref: string, status = 'pr-created') =>
    `  - { name: ${name}, category: UX, status: ${status}, pr: ${ref} }\n`;

  it('three entries on one pull request fail to load, at the second and third, naming the first', () => {
    const result = load(
      pr('a', '12') + pr('b', '"#12"') + pr('c', '"https://github.com/acme/summit/pull/12"'),
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => [e.message, e.location?.line])).toEqual([
      ['pull request acme/summit#12 is named by two sessions, "a" and "b", at lines 3 and 4', 4],
      ['pull request acme/summit#12 is named by two sessions, "a" and "c", at lines 3 and 5', 5],
    ]);
    expect(result.ok ? undefined : result.errors[0]?.fix).toContain('the first is at line 3');
  });

  it('archived entries may share a pull request with nothing else', () => {
    const result = load(pr('old', '"acme/summit#12"', 'archived') + pr('new', '12'));
    expect(result.ok ? [] : result.errors.map((e) => e.location?.line)).toEqual([4]);
  });

  it('owner and repository are compared in any case', () => {
    const result = load(
      pr('a', '"https://github.com/ACME/Summit/pull/7"') + pr('b', '"acme/summit#7"'),
    );
    expect(result.ok).toBe(false);
  });

  it('the same number in another repository is another pull request', () => {
    expect(load(pr('a', '12') + pr('b', '"acme/web#12"')).ok).toBe(true);
  });

  it('without a known repository, 12 and "#12" still clash; a URL cannot be resolved against them', () => {
    const unknown = (sessions: string) =>
      parseBacklog(`version: 1\nsessions:\n${sessions}`, 'sessions.yaml');
    const bare = unknown(pr('a', '12') + pr('b', '"#12"'));
    expect(bare.ok ? [] : bare.errors.map((e) => e.message)).toEqual([
      'pull request #12 is named by two sessions, "a" and "b", at lines 3 and 4',
    ]);
    expect(unknown(pr('a', '12') + pr('b', '"https://github.com/acme/summit/pull/12"')).ok).toBe(
      true,
    );
  });
});
