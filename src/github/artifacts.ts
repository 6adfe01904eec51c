// The sweep ledger as a workflow artifact: uploaded by each sweep, downloaded by the next from
// the newest successful run of the same workflow on the default branch.
import { DefaultArtifactClient } from '@actions/artifact';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitHubClient } from './client.js';
import type { RunContext } from './event.js';

export const LEDGER_ARTIFACT = 'session-sweeper-ledger';
const LEDGER_FILE = 'ledger.json';

/** Why artifacts cannot be used here, or undefined when they can. */
export function artifactsUnavailable(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return 'workflow artifacts are only available inside a GitHub Actions job';
  }
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
  const cloud = host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost');
  return cloud ? undefined : 'GitHub Enterprise Server does not support these artifacts';
}

/** The previous ledger's text, or null when no earlier successful sweep left one. */
export async function downloadLedger(
  github: GitHubClient,
  context: RunContext,
  token: string,
): Promise<string | null> {
  const { repository, workflowFile, defaultBranch } = context;
  if (!repository || !workflowFile || !defaultBranch) return null;
  const runId = await github.latestSuccessfulRun(
    repository.owner,
    repository.repo,
    workflowFile,
    defaultBranch,
  );
  if (runId === null) return null;
  const findBy = {
    token,
    workflowRunId: runId,
    repositoryOwner: repository.owner,
    repositoryName: repository.repo,
  };
  const client = new DefaultArtifactClient();
  let id: number;
  try {
    id = (await client.getArtifact(LEDGER_ARTIFACT, { findBy })).artifact.id;
  } catch {
    return null; // that run kept no ledger, or it expired
  }
  const path = await mkdtemp(join(tmpdir(), 'session-sweeper-ledger-'));
  await client.downloadArtifact(id, { path, findBy });
  return readFile(join(path, LEDGER_FILE), 'utf8');
}

export async function uploadLedger(text: string, retentionDays?: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'session-sweeper-ledger-'));
  const file = join(dir, LEDGER_FILE);
  await writeFile(file, text);
  await new DefaultArtifactClient().uploadArtifact(
    LEDGER_ARTIFACT,
    [file],
    dir,
    retentionDays ? { retentionDays } : {},
  );
}

/** Uploads files already written in `dir` as one artifact. */
export async function uploadFiles(
  name: string,
  dir: string,
  files: readonly string[],
  retentionDays?: number,
): Promise<void> {
  await new DefaultArtifactClient().uploadArtifact(
    name,
    files.map((file) => join(dir, file)),
    dir,
    retentionDays ? { retentionDays } : {},
  );
}
