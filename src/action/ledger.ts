// The previous sweeps, for movement: read before a sweep and saved after it, in a file of the
// workspace or as the workflow's artifact.
import * as core from './runner.js';
import { mkdir, readFile } from '../fs-async.js';
import { dirname } from 'node:path';
import { writeWhole } from '../files.js';
import type { GitHubClient } from '../github/client.js';
import { artifactsUnavailable } from '../github/endpoints.js';
import type { RunContext } from '../github/event.js';
import type { Inputs } from '../inputs.js';
import type { Ledger } from '../planner/ledger.js';
import { escapeLog } from '../render/escape.js';
import { inWorkspace } from './backlog.js';

/** The previous sweeps: from a file, from the last successful run's artifact, or none. */
export async function loadLedger(
  inputs: Inputs,
  context: RunContext,
  github: GitHubClient | undefined,
): Promise<{ ledger?: Ledger; note?: string; unreadable?: string }> {
  let text: string | null;
  try {
    if (inputs.ledger.kind === 'off') return {};
    if (inputs.ledger.kind === 'file') {
      text = await readFile(inWorkspace(inputs.ledger.path), 'utf8').catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      });
    } else {
      const why = artifactsUnavailable(process.env);
      if (why) return { note: `The ledger was not read: ${why}.` };
      if (!github || !inputs.githubToken) {
        return {
          note: `The ledger was not read: ${inputs.unexpanded['github-token'] ?? 'no github-token was given'}.`,
        };
      }
      if (!context.repository || !context.workflowFile || !context.defaultBranch) {
        return {
          note: 'The ledger was not read: this run does not say which repository, workflow file or default branch its earlier sweeps ran on (GITHUB_REPOSITORY, GITHUB_WORKFLOW_REF, the event payload).',
        };
      }
      const { downloadLedger } = await import('../github/artifacts.js');
      text = await downloadLedger(github, context, inputs.githubToken);
    }
  } catch (error) {
    const note = `The ledger could not be read (${(error as Error).message}); movement is judged over a time window instead, and the ledger is not replaced, so the next sweep reads the last one saved.`;
    core.warning(escapeLog(note));
    return { note, unreadable: (error as Error).message };
  }
  if (text === null) return {};
  const { parseLedger } = await import('../planner/ledger-file.js');
  const parsed = parseLedger(text);
  if ('problem' in parsed) {
    const note = `The ledger was ignored: ${parsed.problem}.`;
    core.warning(escapeLog(note));
    return { note };
  }
  return { ledger: parsed.ledger };
}

export async function saveLedger(inputs: Inputs, ledger: Ledger): Promise<void> {
  const text = `${JSON.stringify(ledger)}\n`;
  try {
    if (inputs.ledger.kind === 'file') {
      const file = inWorkspace(inputs.ledger.path);
      await mkdir(dirname(file), { recursive: true });
      await writeWhole(file, text);
    } else if (inputs.ledger.kind === 'artifact') {
      if (artifactsUnavailable(process.env)) return;
      const { uploadLedger } = await import('../github/artifacts.js');
      await uploadLedger(text);
    }
  } catch (error) {
    core.warning(escapeLog(`The ledger could not be saved: ${(error as Error).message}`));
  }
}
