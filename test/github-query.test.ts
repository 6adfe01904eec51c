import { schema } from '@octokit/graphql-schema';
import { buildClientSchema, parse, validate, type IntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildPullQueries, decodePullAnswer, PULLS_PER_QUERY } from '../src/github/query.js';
import { resolvePull, type ResolvedPull } from '../src/github/refs.js';
import { ACTION_SURFACE, CLI_SURFACE } from '../src/surface.js';

// GitHub's public schema as published by @octokit/graphql-schema (introspection form).
const github = buildClientSchema(schema.json as unknown as IntrospectionQuery);

const pull = (owner: string, repo: string, number: number): ResolvedPull => ({
  owner,
  repo,
  number,
  key: `${owner}/${repo}#${number}`.toLowerCase(),
});

describe('the GraphQL the sweep sends', () => {
  it.each([
    ['one pull request', [pull('acme', 'web', 1)]],
    [
      'several repositories',
      [pull('acme', 'web', 1), pull('acme', 'api', 2), pull('other', 'x.y', 3)],
    ],
    [
      '120 pull requests',
      Array.from({ length: 120 }, (_, i) => pull('acme', `repo-${i % 7}`, i + 1)),
    ],
  ])("validates against GitHub's public schema: %s", (_, pulls) => {
    for (const { query, variables } of buildPullQueries(pulls)) {
      expect(validate(github, parse(query))).toEqual([]);
      expect(Object.values(variables).every((v) => typeof v === 'string')).toBe(true);
    }
  });

  it('a 15-session backlog costs exactly one query', () => {
    const pulls = Array.from({ length: 15 }, (_, i) => pull('acme', 'web', i + 1));
    expect(buildPullQueries(pulls)).toHaveLength(1);
  });

  it('asks for at most 50 pull requests per query, each once', () => {
    const pulls = Array.from({ length: 120 }, (_, i) => pull('acme', 'web', i + 1));
    const queries = buildPullQueries([...pulls, ...pulls]);
    expect(queries.map((q) => q.aliases.size)).toEqual([PULLS_PER_QUERY, PULLS_PER_QUERY, 20]);
  });

  it('owners and names travel as variables, never inside the query text', () => {
    const [query] = buildPullQueries([pull('evil") { x } #', 'r', 1)]);
    expect(query!.query).not.toContain('evil');
    expect(query!.variables).toEqual({ o0: 'evil") { x } #', n0: 'r' });
  });

  it('asks for the rate limit in the same query', () => {
    const [query] = buildPullQueries([pull('acme', 'web', 1)]);
    expect(query!.query).toContain('rateLimit { cost remaining resetAt }');
  });
});

describe('reading the answer', () => {
  it('keeps what was found when GitHub answers partially with NOT_FOUND', () => {
    const [query] = buildPullQueries([pull('acme', 'web', 1), pull('acme', 'web', 2)]);
    const { lookups, rateLimit } = decodePullAnswer(query!, {
      data: {
        rateLimit: { cost: 1, remaining: 4990, resetAt: '2026-11-25T06:00:00Z' },
        r0: { p1: { number: 1, state: 'OPEN', title: 'x', commits: { nodes: [] } }, p2: null },
      },
      errors: [{ type: 'NOT_FOUND', path: ['r0', 'p2'], message: 'Could not resolve' }],
    });
    expect(lookups.get('acme/web#1')).toMatchObject({ pull: { state: 'OPEN', title: 'x' } });
    expect(lookups.get('acme/web#2')).toEqual({
      missing: 'acme/web#2 was not found, or the token cannot see it',
    });
    expect(rateLimit).toEqual({ cost: 1, remaining: 4990, resetAt: '2026-11-25T06:00:00Z' });
  });

  it('a pull request the token may not read names the permission to add', () => {
    const [query] = buildPullQueries([pull('acme', 'web', 1)]);
    const { lookups } = decodePullAnswer(query!, {
      data: { r0: { p1: null } },
      errors: [{ type: 'FORBIDDEN', path: ['r0', 'p1'] }],
    });
    expect(lookups.get('acme/web#1')).toEqual({
      missing:
        "the token may not read acme/web#1: add `pull-requests: read` to the workflow's permissions",
    });
  });

  it('an answer without the expected shape is incomplete, not a crash', () => {
    const [query] = buildPullQueries([pull('acme', 'web', 1)]);
    const { lookups } = decodePullAnswer(query!, { data: { r0: { p1: { state: 'WEIRD' } } } });
    expect(lookups.get('acme/web#1')).toEqual({
      missing: "GitHub's answer for acme/web#1 was incomplete",
    });
  });
});

describe('resolving `pr:`', () => {
  const here = { owner: 'acme', repo: 'summit' };
  it('a bare number belongs to the current repository', () => {
    expect(resolvePull({ number: 12 }, here, 'https://github.com', CLI_SURFACE)).toEqual({
      pull: { owner: 'acme', repo: 'summit', number: 12, key: 'acme/summit#12' },
    });
  });

  it('owner/repo#n and URLs may name other repositories', () => {
    const url = 'https://github.com/Other/Web/pull/3';
    expect(
      resolvePull(
        { owner: 'Other', repo: 'Web', number: 3, url },
        here,
        'https://github.com',
        CLI_SURFACE,
      ),
    ).toEqual({
      pull: { owner: 'Other', repo: 'Web', number: 3, key: 'other/web#3' },
    });
  });

  it('a URL on another host is not looked up', () => {
    const ref = { owner: 'a', repo: 'b', number: 1, url: 'https://gitlab.example/a/b/pull/1' };
    expect(resolvePull(ref, here, 'https://github.com', CLI_SURFACE)).toEqual({
      problem:
        'https://gitlab.example/a/b/pull/1 is on gitlab.example, not on github.com, where this sweep runs',
    });
  });

  it('a bare number without a known repository says how to name one, in the words of the CLI or the action', () => {
    const cli = resolvePull({ number: 5 }, undefined, 'https://github.com', CLI_SURFACE);
    expect(cli).toMatchObject({ problem: expect.stringContaining('--repo owner/name') as string });
    const action = resolvePull({ number: 5 }, undefined, 'https://github.com', ACTION_SURFACE);
    expect(action).toMatchObject({
      problem: expect.stringContaining('write the pull request as owner/repo#12') as string,
    });
    expect(JSON.stringify(action)).not.toContain('--');
  });
});
