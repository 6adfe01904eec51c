// The sweep ledger as a workflow artifact: uploaded by each sweep, downloaded by the next from
// the newest successful run of the same workflow on the default branch.
import { ArtifactNotFoundError, DefaultArtifactClient } from '@actions/artifact';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitHubClient } from './client.js';
import type { RunContext } from './event.js';

export const LEDGER_ARTIFACT = 'session-sweeper-ledger';
const LEDGER_FILE = 'ledger.json';

/** How many earlier runs are tried for a ledger before the sweep starts afresh. */
const RUNS_TRIED = 5;

/** The previous ledger's text, or null when no earlier sweep of this workflow left one. */
export async function downloadLedger(
  github: GitHubClient,
  context: RunContext,
  token: string,
): Promise<string | null> {
  const { repository, workflowFile, defaultBranch } = context;
  if (!repository || !workflowFile || !defaultBranch) return null;
  const runs = await github.recentSweepRuns(
    repository.owner,
    repository.repo,
    workflowFile,
    defaultBranch,
  );
  const client = new DefaultArtifactClient();
  for (const runId of runs.filter((id) => id !== context.runId).slice(0, RUNS_TRIED)) {
    const findBy = {
      token,
      workflowRunId: runId,
      repositoryOwner: repository.owner,
      repositoryName: repository.repo,
    };
    let id: number | undefined;
    try {
      // Listed rather than asked for by name: a run without a ledger is normal, not a warning.
      const { artifacts } = await client.listArtifacts({ latest: true, findBy });
      id = artifacts.find((a) => a.name === LEDGER_ARTIFACT)?.id;
    } catch (error) {
      // That run is gone. Any other failure is an outage: said as such, never taken for
      // "no ledger", which would restart the count.
      if (error instanceof ArtifactNotFoundError || (error as { status?: unknown }).status === 404)
        continue;
      throw new Error(
        `the artifacts of run ${runId} could not be listed: ${(error as Error).message}`,
        { cause: error },
      );
    }
    // That run kept no ledger (it stopped early), or it expired.
    if (id === undefined) continue;
    const path = await mkdtemp(join(tmpdir(), 'session-sweeper-ledger-'));
    await client.downloadArtifact(id, { path, findBy });
    return readFile(join(path, LEDGER_FILE), 'utf8');
  }
  return null;
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
