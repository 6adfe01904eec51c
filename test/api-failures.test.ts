// Every row of docs/api-failures.md, pinned: the action run in-process against the fake GitHub,
// once with `on-api-error: warn` and once with `fail`. A row without a case, or a case without a
// row, fails the last test here.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../src/planner/types.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { makeRunner } from './helpers/runner.js';

// The GitHub client the artifact library makes reads GITHUB_API_URL once, when it is first
// loaded: the fake must be in place before any GitHub code is imported.
const github: FakeGitHub = await startFakeGitHub();
process.env.GITHUB_API_URL = github.url;
const { DEFAULT_TIMING } = await import('../src/github/client.js');
/** A port nothing listens on: taken from the system, then let go. */
const closedPort = await new Promise<number>((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    server.close(() => {
      resolve(port);
    });
  });
});
const { run } = await import('../src/main.js');

// Production waits are seconds; here a second of backoff or retry-after is a millisecond, and one
// request may take 300 ms. Counts of requests and retries are the production ones.
const productionTiming = { ...DEFAULT_TIMING };
beforeAll(() => {
  Object.assign(DEFAULT_TIMING, {
    retryBaseMs: 5,
    rateLimitUnitMs: 1,
    requestTimeoutMs: 300,
    spacingMs: 0,
  });
});
afterAll(async () => {
  Object.assign(DEFAULT_TIMING, productionTiming);
  await github.close();
});

let log = '';
const savedEnv = { ...process.env };
beforeEach(() => {
  log = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    log += String(chunk);
    return true;
  });
  github.requests.length = 0;
  github.faults.length = 0;
  github.always = undefined;
  github.artifactService = undefined;
  github.pulls.splice(0, Infinity, { owner: 'acme', repo: 'summit', number: 1 });
  github.files.clear();
  github.runs.length = 0;
  github.artifacts.length = 0;
});
afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});

/** The artifact library's own waits (3 s and up between attempts) shortened to a millisecond. */
function quickArtifactWaits(): void {
  const real = globalThis.setTimeout;
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
    callback: (...args: unknown[]) => void,
    ms?: number,
    ...args: unknown[]
  ) =>
    real(
      callback,
      ms !== undefined && ms >= 1000 && ms <= 60_000 ? 1 : ms,
      ...args,
    )) as typeof setTimeout);
}

const oneSession = `version: 1
categories: [UX]
sessions:
  - {name: a, category: UX, status: pr-ready, pr: 1}
`;
const prBase = `version: 1
capacity: 3
categories: [Security, Graph]
sessions:
  - {name: a, category: Security, status: needs-more-work, next_action: go}
  - {name: b, category: Graph, status: needs-more-work, next_action: go}
`;
// Graph goes cold: a finding the base may have had already.
const prHead = prBase.replace('category: Graph', 'category: Security');

const secondaryLimit = (status: number, retryAfter: string) => ({
  status,
  headers: { 'retry-after': retryAfter },
  body: JSON.stringify({ message: 'You have exceeded a secondary rate limit.' }),
});
const primaryLimit = (secondsToReset: number) => ({
  status: 403,
  headers: {
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + secondsToReset),
  },
  body: JSON.stringify({ message: 'API rate limit exceeded for installation.' }),
});
const refused = {
  status: 403,
  body: JSON.stringify({ message: 'Resource not accessible by integration' }),
};

// The runtime token is a JWT the artifact client only decodes, for its run and job ids.
const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const artifactEnv = {
  ACTIONS_RUNTIME_TOKEN: `${part({ alg: 'none' })}.${part({ scp: 'Actions.Results:run-1:job-1' })}.sig`,
  ACTIONS_RESULTS_URL: `${github.url}/`,
  GITHUB_WORKFLOW_REF: 'acme/summit/.github/workflows/sweep.yml@refs/heads/main',
  GITHUB_RUN_ID: '77',
};

type RequestKind = 'graphql' | 'contents' | 'runs' | 'artifact-api' | 'results' | 'blob';
const kindOf = (url: string): RequestKind | 'other' =>
  url === '/graphql'
    ? 'graphql'
    : url.includes('/contents/')
      ? 'contents'
      : /\/actions\/workflows\/[^/]+\/runs/.test(url)
        ? 'runs'
        : url.includes('/actions/')
          ? 'artifact-api'
          : url.startsWith('/twirp/')
            ? 'results'
            : url.startsWith('/blob/')
              ? 'blob'
              : 'other';

interface Row {
  /** The row's id in docs/api-failures.md. */
  id: string;
  /** What GitHub, or the artifact service, does. */
  given: (fake: FakeGitHub) => void;
  /** A nightly sweep (the default), one with `ledger: artifact`, or a pull request's check. */
  on?: 'sweep' | 'artifact-sweep' | 'pull-request';
  backlog?: string;
  /** Requests the fake saw in one run, by kind. */
  requests: Partial<Record<RequestKind, number>>;
  /** plan.json's `api.retries`. */
  retries?: number;
  /** plan.json's `api.failure`: said at the top of the summary and, under `fail`, as the error. */
  failure?: string;
  /** Log lines (waits, give-ups) and warning annotations, each as it starts. */
  log?: string[];
  /** The verdict output, decided by the rails whatever GitHub did. */
  verdict: 'pass' | 'warn';
  /** The error that fails the job under `on-api-error: fail`; without it the job passes. */
  failsWith?: string;
  /** Where GraphQL is sent instead of the fake: a host or port that cannot be reached. */
  graphqlUrl?: string;
  /** The artifact library waits 3 s and more between attempts; here a millisecond. */
  quickWaits?: boolean;
}

const liveMissing = (failure: string) =>
  `::error::Live status from GitHub is missing (on-api-error: fail): ${failure}`;
const sixtySessions = `version: 1
capacity: 100
categories: [UX]
sessions:
${Array.from({ length: 60 }, (_, i) => `  - {name: s${i + 1}, category: UX, status: pr-ready, pr: ${i + 1}}`).join('\n')}
`;

const rows: Row[] = [
  ...([500, 502, 503] as const).map((status): Row => ({
    id: `${status}-then-success`,
    given: (f) => f.faults.push({ status }),
    requests: { graphql: 2 },
    retries: 1,
    log: ['Live status: 1 pull request(s) in 2 request(s), 1 retried'],
    verdict: 'pass',
  })),
  {
    id: '5xx-persistent',
    given: (f) => (f.always = { status: 503 }),
    requests: { graphql: 4 },
    retries: 3,
    failure: 'GitHub kept failing after retries (503): fault 503',
    verdict: 'pass',
    failsWith: liveMissing('GitHub kept failing after retries (503): fault 503'),
  },
  ...(
    [
      [
        'network-refused',
        `http://127.0.0.1:${closedPort}/graphql`,
        `127.0.0.1:${closedPort}: the connection was refused (ECONNREFUSED)`,
      ],
      [
        'network-dns',
        'http://api.session-sweeper.invalid/graphql',
        'api.session-sweeper.invalid: the host name does not resolve (ENOTFOUND)',
      ],
      [
        'network-bad-port',
        'http://127.0.0.1:6000/graphql',
        '127.0.0.1:6000: fetch refuses to connect to that port (bad port)',
      ],
    ] as const
  ).map(([id, graphqlUrl, reason]): Row => ({
    id,
    given: () => undefined,
    graphqlUrl,
    requests: {},
    retries: 2,
    log: [`GitHub: could not reach ${reason}; retrying.`],
    failure: `could not reach ${reason}, even after retries`,
    verdict: 'pass',
    failsWith: liveMissing(`could not reach ${reason}, even after retries`),
  })),
  {
    id: 'timeout-then-success',
    given: (f) => f.faults.push({ delayMs: 1000 }),
    requests: { graphql: 2 },
    retries: 1,
    verdict: 'pass',
  },
  {
    id: 'timeout-persistent',
    given: (f) => (f.always = { delayMs: 1000 }),
    requests: { graphql: 4 },
    retries: 3,
    failure: 'GitHub did not answer within 0.3s, even after retries',
    verdict: 'pass',
    failsWith: liveMissing('GitHub did not answer within 0.3s, even after retries'),
  },
  {
    id: '401-bad-token',
    given: (f) =>
      (f.always = { status: 401, body: JSON.stringify({ message: 'Bad credentials' }) }),
    requests: { graphql: 1 },
    retries: 0,
    failure: 'GitHub refused the token (401): check the github-token input',
    verdict: 'pass',
    failsWith: liveMissing('GitHub refused the token (401): check the github-token input'),
  },
  {
    id: '403-pull-requests-permission',
    given: (f) => (f.always = refused),
    requests: { graphql: 1 },
    retries: 0,
    failure:
      "the token was refused (403): add `pull-requests: read`, `checks: read` and `statuses: read` to the workflow's `permissions:`",
    verdict: 'pass',
    failsWith: liveMissing(
      "the token was refused (403): add `pull-requests: read`, `checks: read` and `statuses: read` to the workflow's `permissions:`",
    ),
  },
  {
    id: '403-contents-permission',
    on: 'pull-request',
    given: (f) => (f.always = refused),
    requests: { contents: 1 },
    log: [
      "::warning::The backlog was not judged against its base (the base version could not be read: the token was refused (403): add `contents: read` to the workflow's `permissions:`); findings are reported but fail the check only with fail-on-existing.",
    ],
    verdict: 'warn',
    failsWith:
      "::error::The base version of sessions.yaml could not be read from GitHub (on-api-error: fail): the token was refused (403): add `contents: read` to the workflow's `permissions:`",
  },
  {
    id: 'base-unreadable-5xx',
    on: 'pull-request',
    given: (f) => (f.always = { status: 503 }),
    requests: { contents: 4 },
    log: [
      '::warning::The backlog was not judged against its base (the base version could not be read: GitHub kept failing after retries (503): fault 503)',
    ],
    verdict: 'warn',
    failsWith:
      '::error::The base version of sessions.yaml could not be read from GitHub (on-api-error: fail): GitHub kept failing after retries (503): fault 503',
  },
  {
    id: '403-actions-permission',
    on: 'artifact-sweep',
    // The runs list is the first request: the ledger is read before live status, since it says
    // which sessions dispatch started.
    given: (f) => f.faults.push(refused),
    // The plan is still uploaded (create, upload, finalize); the ledger is not replaced.
    requests: { graphql: 1, runs: 1, results: 2, blob: 2 },
    log: [
      "::warning::The ledger could not be read (the token was refused (403): add `actions: read` to the workflow's `permissions:`); movement is judged over a time window instead, and the ledger is not replaced, so the next sweep reads the last one saved.",
    ],
    verdict: 'pass',
  },
  {
    id: 'secondary-limit-then-success',
    given: (f) => f.faults.push(secondaryLimit(403, '3')),
    requests: { graphql: 2 },
    retries: 1,
    log: ['GitHub secondary rate limit: waiting 3s before retrying.'],
    verdict: 'pass',
  },
  {
    id: 'secondary-limit-429-then-success',
    given: (f) => f.faults.push(secondaryLimit(429, '3')),
    requests: { graphql: 2 },
    retries: 1,
    log: ['GitHub secondary rate limit: waiting 3s before retrying.'],
    verdict: 'pass',
  },
  {
    id: 'secondary-limit-persistent',
    given: (f) => (f.always = secondaryLimit(403, '3')),
    requests: { graphql: 3 },
    retries: 2,
    failure: "GitHub's rate limit is exhausted (403): You have exceeded a secondary rate limit",
    log: [
      'GitHub secondary rate limit: waiting 3s before retrying.',
      'GitHub secondary rate limit: still limited after 2 retries; giving up.',
    ],
    verdict: 'pass',
    failsWith: liveMissing(
      "GitHub's rate limit is exhausted (403): You have exceeded a secondary rate limit",
    ),
  },
  {
    id: 'secondary-limit-long-wait',
    given: (f) => (f.always = secondaryLimit(403, '600')),
    requests: { graphql: 1 },
    retries: 0,
    failure: "GitHub's rate limit is exhausted (403): You have exceeded a secondary rate limit",
    log: ['GitHub secondary rate limit: a 600s wait is too long; giving up.'],
    verdict: 'pass',
    failsWith: liveMissing(
      "GitHub's rate limit is exhausted (403): You have exceeded a secondary rate limit",
    ),
  },
  {
    id: 'primary-limit-exhausted',
    given: (f) => (f.always = primaryLimit(3600)),
    requests: { graphql: 1 },
    retries: 0,
    failure: "GitHub's rate limit is exhausted (403): API rate limit exceeded for installation",
    // The reset is an hour away, give or take the second the clock turns in.
    log: ['GitHub primary rate limit: a 36'],
    verdict: 'pass',
    failsWith: liveMissing(
      "GitHub's rate limit is exhausted (403): API rate limit exceeded for installation",
    ),
  },
  {
    id: 'primary-limit-near-reset',
    given: (f) => f.faults.push(primaryLimit(5)),
    requests: { graphql: 2 },
    retries: 1,
    log: ['GitHub primary rate limit: waiting '],
    verdict: 'pass',
  },
  {
    id: 'graphql-rate-limited',
    given: (f) =>
      (f.always = {
        status: 200,
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        },
        body: JSON.stringify({
          errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded' }],
        }),
      }),
    requests: { graphql: 1 },
    retries: 0,
    failure: "GitHub's GraphQL rate limit is exhausted until it resets",
    // The reset is an hour away, give or take the second the clock turns in.
    log: ['GitHub primary rate limit: a 36'],
    verdict: 'pass',
    failsWith: liveMissing("GitHub's GraphQL rate limit is exhausted until it resets"),
  },
  {
    id: 'truncated-json',
    given: (f) => (f.always = { raw: '{"data": {"r0": ' }),
    requests: { graphql: 1 },
    retries: 0,
    failure: 'GitHub answered the GraphQL query with something that is not JSON',
    verdict: 'pass',
    failsWith: liveMissing('GitHub answered the GraphQL query with something that is not JSON'),
  },
  {
    id: 'query-refused-whole',
    given: (f) =>
      (f.always = {
        status: 200,
        body: JSON.stringify({ data: null, errors: [{ message: 'Parse error' }] }),
      }),
    requests: { graphql: 1 },
    retries: 0,
    failure: 'GitHub refused the query: Parse error',
    verdict: 'pass',
    failsWith: liveMissing('GitHub refused the query: Parse error'),
  },
  {
    id: 'partial-not-found',
    given: (f) => f.pulls.splice(0),
    requests: { graphql: 1 },
    retries: 0,
    log: [
      '::warning title=session-sweeper%3A drift,file=sessions.yaml,line=4,col=5::Session "a": acme/summit#1 was not found, or the token cannot see it [pr-missing]. Fix: Fix `pr:`, or give the token access to that repository.',
    ],
    verdict: 'warn',
  },
  {
    id: 'partial-forbidden',
    given: (f) => (f.pulls[0]!.forbidden = true),
    requests: { graphql: 1 },
    retries: 0,
    log: [
      '::warning title=session-sweeper%3A drift,file=sessions.yaml,line=4,col=5::Session "a": the token may not read acme/summit#1: add `pull-requests: read` to the workflow\'s permissions [pr-missing].',
    ],
    verdict: 'warn',
  },
  {
    id: 'later-query-fails',
    given: (f) => {
      for (let n = 2; n <= 60; n++) f.pulls.push({ owner: 'acme', repo: 'summit', number: n });
      f.faults.push({ pass: true });
      f.always = { status: 401 };
    },
    backlog: sixtySessions,
    requests: { graphql: 2 },
    retries: 0,
    failure: 'GitHub refused the token (401): check the github-token input',
    verdict: 'pass',
    failsWith: liveMissing('GitHub refused the token (401): check the github-token input'),
  },
  {
    id: 'artifact-upload-down',
    on: 'artifact-sweep',
    quickWaits: true,
    given: (f) => (f.artifactService = { status: 503 }),
    // Five attempts for the plan, five for the ledger.
    requests: { graphql: 1, runs: 1, results: 10 },
    log: [
      '::warning::The plan could not be uploaded as an artifact: Failed to CreateArtifact: Failed to make request after 5 attempts: Failed request: (503) Service Unavailable',
      '::warning::The ledger could not be saved: Failed to CreateArtifact: Failed to make request after 5 attempts: Failed request: (503) Service Unavailable',
    ],
    verdict: 'pass',
  },
  {
    id: 'artifact-service-down',
    on: 'artifact-sweep',
    quickWaits: true,
    given: (f) => {
      f.runs.push(41);
      f.artifactService = { status: 503 };
    },
    // Six tries to list run 41's artifacts, five to upload the plan, none to replace the ledger.
    requests: { graphql: 1, runs: 1, 'artifact-api': 6, results: 5 },
    log: [
      '::warning::The ledger could not be read (the artifacts of run 41 could not be listed: fault 503); movement is judged over a time window instead, and the ledger is not replaced, so the next sweep reads the last one saved.',
      '::warning::The plan could not be uploaded as an artifact: Failed to CreateArtifact: Failed to make request after 5 attempts: Failed request: (503) Service Unavailable',
    ],
    verdict: 'pass',
  },
];

async function runRow(row: Row, onApiError: 'warn' | 'fail') {
  if (row.quickWaits) quickArtifactWaits();
  row.given(github);
  const pullRequest = row.on === 'pull-request';
  if (pullRequest) github.files.set('acme/summit/sessions.yaml@base123', prBase);
  const artifacts = row.on === 'artifact-sweep';
  const runner = await makeRunner(
    { 'sessions.yaml': row.backlog ?? (pullRequest ? prHead : oneSession) },
    {
      ledger: artifacts ? 'artifact' : 'off',
      'github-token': 'ghs_test',
      'on-api-error': onApiError,
    },
  );
  const eventPath = join(await mkdtemp(join(tmpdir(), 'event-')), 'event.json');
  await writeFile(
    eventPath,
    JSON.stringify(
      pullRequest
        ? {
            pull_request: {
              number: 7,
              base: { sha: 'base123', repo: { full_name: 'acme/summit' } },
            },
          }
        : { schedule: '0 5 * * *', repository: { default_branch: 'main' } },
    ),
  );
  Object.assign(process.env, runner.env, {
    GITHUB_EVENT_NAME: pullRequest ? 'pull_request' : 'schedule',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: github.url,
    GITHUB_GRAPHQL_URL: row.graphqlUrl ?? `${github.url}/graphql`,
    GITHUB_REPOSITORY: 'acme/summit',
    ...(artifacts ? artifactEnv : {}),
  });
  await run();
  const outputs = await runner.outputs();
  const requests: Partial<Record<RequestKind, number>> = {};
  for (const r of github.requests) {
    const kind = kindOf(new URL(r.url, github.url).pathname);
    if (kind !== 'other') requests[kind] = (requests[kind] ?? 0) + 1;
  }
  const plan = JSON.parse(await readFile(outputs['plan-json']!, 'utf8')) as Plan;
  return { outputs, summary: await runner.summary(), requests, plan };
}

describe.each(rows)('$id', (row) => {
  it.each(['warn', 'fail'] as const)(
    'under on-api-error: %s the plan is published and the job ends as the table says',
    async (onApiError) => {
      const { outputs, summary, requests, plan } = await runRow(row, onApiError);
      const lines = log.split('\n');
      expect(requests).toEqual(row.requests);
      if (row.retries !== undefined) expect(plan.api.retries).toBe(row.retries);
      expect(plan.api.failure).toBe(row.failure);
      // Said at the top of the summary, ahead of the findings.
      const top = summary.slice(0, summary.indexOf('### '));
      expect(top.includes('Live status is missing')).toBe(row.failure !== undefined);
      for (const line of row.log ?? []) {
        expect(lines.some((l) => l.startsWith(line))).toBe(true);
      }
      expect(outputs.verdict).toBe(row.verdict);
      const errors = lines.filter((l) => l.startsWith('::error::'));
      if (onApiError === 'fail' && row.failsWith) {
        expect(process.exitCode).toBe(1);
        expect(errors).toEqual([row.failsWith]);
      } else {
        expect(process.exitCode).toBeUndefined();
        expect(errors).toEqual([]);
      }
    },
  );
});

describe('docs/api-failures.md', () => {
  it('has one row per case here, and a case for every row', async () => {
    const doc = await readFile('docs/api-failures.md', 'utf8');
    const ids = [...doc.matchAll(/^\| `([a-z0-9-]+)` +\|/gm)].map((m) => m[1]);
    expect(ids.length).toBe(new Set(ids).size);
    expect([...ids].sort()).toEqual(rows.map((r) => r.id).sort());
  });
});
