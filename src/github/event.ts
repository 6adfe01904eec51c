// What run this is, from the runner's environment and event payload. Reads no Octokit code.
import { readFile } from '../fs-async.js';
import { parseRepository, type Repository } from './refs.js';

export interface RunContext {
  eventName: string;
  repository?: Repository;
  /** On pull_request events: what the change is judged against. */
  pullRequest?: {
    number: number;
    baseSha: string;
    base: Repository;
    headSha: string;
    head: Repository;
  };
  defaultBranch?: string;
  /** The workflow file (from GITHUB_WORKFLOW_REF), to find this workflow's earlier runs. */
  workflowFile?: string;
  runId?: number;
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

export async function readRunContext(env: NodeJS.ProcessEnv): Promise<RunContext> {
  let event: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = record(JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')));
    } catch {
      // No readable payload: the run is treated as a sweep, not a pull request check.
    }
  }
  const context: RunContext = { eventName: env.GITHUB_EVENT_NAME ?? '' };
  const repository = parseRepository(env.GITHUB_REPOSITORY);
  if (repository) context.repository = repository;
  const defaultBranch = record(event.repository).default_branch;
  if (typeof defaultBranch === 'string') context.defaultBranch = defaultBranch;
  // A schedule's payload may carry no repository, and schedules run on the default branch only.
  else if (context.eventName === 'schedule' && env.GITHUB_REF_NAME) {
    context.defaultBranch = env.GITHUB_REF_NAME;
  }
  const workflow = /\/\.github\/workflows\/([^@/]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1];
  if (workflow) context.workflowFile = workflow;
  const runId = Number(env.GITHUB_RUN_ID);
  if (Number.isSafeInteger(runId) && runId > 0) context.runId = runId;

  const pull = record(event.pull_request);
  const base = record(pull.base);
  const head = record(pull.head);
  const repoOf = (side: Record<string, unknown>) => {
    const fullName = record(side.repo).full_name;
    return parseRepository(typeof fullName === 'string' ? fullName : undefined);
  };
  const baseRepo = repoOf(base);
  if (
    (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') &&
    typeof pull.number === 'number' &&
    typeof base.sha === 'string' &&
    baseRepo
  ) {
    context.pullRequest = {
      number: pull.number,
      baseSha: base.sha,
      base: baseRepo,
      headSha: typeof head.sha === 'string' ? head.sha : base.sha,
      head: repoOf(head) ?? baseRepo,
    };
  }
  return context;
}
