// Dispatch in order, after the plan is made: archive what is done, approve our own plans, then
// start the plan's next prompts one at a time, each after a fresh account-wide list, stopping at
// the first refusal. The only place that sends write calls to Jules.
import * as core from '../action/runner.js';
import type { Backlog } from '../backlog/model.js';
import type { RunContext } from '../github/event.js';
import type { Inputs } from '../inputs.js';
import type { WriteOptions, WriteResult } from '../jules/write.js';
import {
  approvals,
  archiveCalls,
  dispatchTitle,
  eventRefusal,
  nextStart,
  promptIds,
  sessionsByPrompt,
  startsInCopilot,
  waitingTasks,
  type ArchiveCandidate,
  type CopilotTaskBody,
  type DispatchCall,
  type DispatchLimits,
  type DispatchReport,
} from '../planner/dispatch.js';
import { dailyQuota } from '../planner/plan.js';
import { pullKeyOfUrl } from '../planner/sessions.js';
import { linkJules, type JulesInput, type RepositoryName } from '../planner/jules.js';
import {
  recordDispatch,
  type DispatchRecord,
  type Ledger,
  type RecordedStart,
} from '../planner/ledger.js';
import { escapeLog } from '../render/escape.js';
import { ACTION_SURFACE } from '../surface.js';
import type { LiveLookup, Plan } from '../planner/types.js';
import type { SourceId, SourceInput } from '../sources/index.js';
import type { CopilotWriteOptions } from '../copilot/client.js';
import { endpointsFromEnv } from '../github/endpoints.js';

/** The three write calls, so a test (or dry-run) can stand in for Jules. */
export interface JulesWriter {
  create: typeof import('../jules/write.js').createSession;
  archive: typeof import('../jules/write.js').archiveSession;
  approve: typeof import('../jules/write.js').approvePlan;
}

/** Starting prompts in Copilot: the token's options, the call, and this repository's tasks. */
export interface CopilotDispatch {
  start: (body: CopilotTaskBody) => Promise<WriteResult>;
  /** This repository's tasks, archived ones too (their markers count). */
  list: () => Promise<SourceInput>;
}

export interface DispatchSettings {
  mode: 'dry-run' | 'on';
  archive: boolean;
  eventName: string;
  repository?: RepositoryName;
  defaultBranch?: string;
  /** The key and address; absent when no key was given. */
  write?: WriteOptions;
  limits: DispatchLimits;
  /** The Jules plan's daily limit applies: the fresh list is counted against it. */
  dailyTasks?: number;
  now: string;
  /** Every session of the account, archived ones too when the quota needs them. */
  list: () => Promise<JulesInput>;
  /** Copilot's half, when a Copilot token was given: its start call and its fresh list. */
  copilot?: CopilotDispatch;
  /** Beside Copilot: the Jules plan's sessions at once. */
  julesConcurrent?: number;
  writer?: JulesWriter;
  log?: (message: string) => void;
}

/** What the sweep read, as the plan was made from it. */
export interface DispatchWorld {
  plan: Plan;
  /** The backlog the plan was made of (started prompts already entries). */
  backlog: Backlog;
  /** The file as loaded: its prompts, started ones included, say how each is approved. */
  file: Backlog;
  jules: JulesInput | undefined;
  /** Copilot's tasks of this repository, when a Copilot token was given. */
  copilot?: SourceInput;
  lookups: Record<string, LiveLookup>;
  /** The prompts earlier sweeps started, by the ledger they left. */
  recorded?: ReadonlyMap<string, RecordedStart>;
  /** Why the ledger could not be read this sweep: then no prompt is started. */
  ledgerUnread?: string;
}

const empty = (mode: DispatchReport['mode']): DispatchReport => ({
  mode,
  started: [],
  archived: [],
  approved: [],
  skipped: [],
  needsYou: [],
  calls: [],
});

export async function runDispatch(
  world: DispatchWorld,
  settings: DispatchSettings,
): Promise<DispatchReport> {
  const report = empty(settings.mode);
  const refused = refusalOf(world, settings);
  if (refused) return { ...report, refused };
  const repository = settings.repository!;
  const defaultBranch = settings.defaultBranch!;
  const sessions = world.jules?.sessions ?? [];
  const dry = settings.mode === 'dry-run';
  const writer: JulesWriter = settings.writer ?? writerOf(await import('../jules/write.js'));
  const send = async (call: DispatchCall): Promise<WriteResult | undefined> => {
    report.calls.push(call);
    if (dry) return undefined;
    if (startsInCopilot(call)) return settings.copilot!.start(call.body);
    if (call.path === 'sessions') return writer.create(settings.write!, call.body);
    const id = 'session' in call ? call.session : '';
    return call.path.endsWith(':archive')
      ? writer.archive(settings.write!, id)
      : writer.approve(settings.write!, id);
  };

  // "If PR already exists: archive the session after confirming status": merged, per GitHub.
  // The agent tasks API has no archive call: Copilot's tasks are archived in GitHub.
  if (settings.archive && world.jules) {
    const byId = new Map(sessions.map((j) => [j.id, j]));
    for (const call of archiveCalls(archiveCandidates(world))) {
      const id = 'session' in call ? call.session : '';
      const result = await send(call);
      // dry-run: the call is printed; nothing was archived.
      if (!result) continue;
      if (!result.ok) {
        report.stopped = `archiving ${id} failed: ${'refused' in result ? result.refused : result.unknown}`;
        return report;
      }
      const j = byId.get(id)!;
      report.archived.push({ session: id, url: j.url, pullRequest: j.pullRequests[0] ?? '' });
    }
  }

  const waiting = approvals(sessions, world.file.prompts, repository);
  report.needsYou = [...waiting.needsYou, ...waitingTasks(world.copilot?.sessions ?? [])];
  for (const call of waiting.calls) {
    const id = 'session' in call ? call.session : '';
    const result = await send(call);
    if (!result) continue;
    if (!result.ok) {
      report.stopped = `approving the plan of ${id} failed: ${'refused' in result ? result.refused : result.unknown}`;
      return report;
    }
    const j = sessions.find((s) => s.id === id)!;
    report.approved.push({ session: id, url: j.url, prompt: waiting.approvedPrompts.get(id)! });
  }

  await startPrompts(world, settings, report, send, repository, defaultBranch);
  return report;
}

/** Why nothing may be sent at all, or undefined. */
function refusalOf(world: DispatchWorld, settings: DispatchSettings): string | undefined {
  const byEvent = eventRefusal(settings.eventName);
  if (byEvent) return byEvent;
  if (!settings.write && !settings.copilot)
    return 'dispatch needs a Jules API key or a Copilot token, and neither was given, so nothing was sent';
  // A source given but unread leaves the slots uncounted: nothing is started anywhere.
  if (settings.write && (!world.jules?.enabled || world.jules.failure)) {
    return `the Jules session list could not be read (${world.jules?.failure ?? 'not asked for'}), so slots cannot be counted and nothing was sent`;
  }
  if (settings.copilot && (!world.copilot?.enabled || world.copilot.failure)) {
    return `the Copilot task list could not be read (${world.copilot?.failure ?? 'not asked for'}), so slots cannot be counted and nothing was sent`;
  }
  if (!settings.repository) return 'the repository is not known, so nothing was sent';
  if (!settings.defaultBranch) {
    return "the repository's default branch is not known (the event payload names none), so nothing was sent";
  }
  return undefined;
}

/** Every entry linked to a Jules session, with what GitHub shows of its pull request. */
function archiveCandidates(world: DispatchWorld): ArchiveCandidate[] {
  const jules = world.jules;
  if (!jules) return [];
  const { linked } = linkJules(
    world.backlog.sessions,
    jules.sessions,
    jules.repository,
    jules.notFound,
  );
  const candidates: ArchiveCandidate[] = [];
  for (const [session, j] of linked) {
    const lookup = Object.hasOwn(world.lookups, session.name)
      ? world.lookups[session.name]
      : undefined;
    if (!lookup || !('pull' in lookup)) continue;
    // The session's own pull request: a merged one the entry names elsewhere says nothing of it.
    const key = pullKeyOfUrl(lookup.pull.url);
    const own = key !== undefined && j.pullRequests.some((url) => pullKeyOfUrl(url) === key);
    candidates.push({ jules: j, pullRequest: lookup.pull.url, merged: own && lookup.pull.merged });
  }
  return candidates;
}

/**
 * One session for each start-prompt recommendation, in the plan's order: a fresh list before
 * each create, and after a create whose outcome is unknown, a fresh list before anything else.
 */
async function startPrompts(
  world: DispatchWorld,
  settings: DispatchSettings,
  report: DispatchReport,
  send: (call: DispatchCall) => Promise<WriteResult | undefined>,
  repository: RepositoryName,
  defaultBranch: string,
): Promise<void> {
  const startedIds = new Set<string>();
  const skippedIds = new Set<string>();
  const record = (skipped: DispatchReport['skipped']) => {
    for (const s of skipped) {
      if (skippedIds.has(s.prompt)) continue;
      skippedIds.add(s.prompt);
      report.skipped.push(s);
    }
  };
  // "Exactly once" reads markers on archived sessions too: without them, nothing is started.
  const unread = (listed: SourceInput | undefined) =>
    listed?.archivedUnread === undefined
      ? undefined
      : `the archived ${listed.source === 'copilot' ? 'Copilot tasks' : 'sessions'} could not be listed (${listed.archivedUnread}), so a prompt started before cannot be told from a waiting one; ${startedIds.size > 0 ? 'no more sessions were started' : 'no session was started'}`;
  let fresh = world.jules?.sessions ?? [];
  let source: JulesInput | undefined = world.jules;
  let freshCopilot = world.copilot?.sessions;
  let copilotSource = world.copilot;
  const unavailable: Partial<Record<SourceId, string>> = {
    ...(settings.write ? {} : { jules: 'its agent is jules, and no Jules API key was given' }),
    ...(settings.copilot
      ? {}
      : { copilot: 'its agent is copilot, and no Copilot token was given' }),
  };
  for (;;) {
    if (settings.mode === 'on') {
      const listed = settings.write ? await settings.list() : undefined;
      const tasks = settings.copilot ? await settings.copilot.list() : undefined;
      const failure = listed?.failure ?? tasks?.failure;
      if (failure) {
        report.stopped = `the list taken before a start could not be read (${failure}), so no more sessions were started`;
        return;
      }
      if (listed) [fresh, source] = [listed.sessions, listed];
      if (tasks) [freshCopilot, copilotSource] = [tasks.sessions, tasks];
    }
    const step = nextStart({
      recommendations: world.plan.recommendations,
      prompts: world.backlog.prompts,
      fresh,
      ...(freshCopilot ? { freshCopilot } : {}),
      ...(world.copilot ? { plannedCopilot: world.copilot.sessions } : {}),
      defaultAgent: world.file.agent,
      unavailable,
      ...(settings.julesConcurrent !== undefined
        ? { julesConcurrent: settings.julesConcurrent }
        : {}),
      planned: world.jules?.sessions ?? [],
      limits: settings.limits,
      repository,
      defaultBranch,
      startedSoFar: startedIds.size,
      startedIds,
      knownIds: promptIds(world.file.prompts),
      ...(world.recorded ? { recorded: world.recorded } : {}),
      ...(settings.dailyTasks !== undefined
        ? { createdToday: dailyQuota(fresh, settings.dailyTasks, settings.now).created }
        : {}),
    });
    record(step.skipped);
    const call = step.call;
    if (!call) return;
    // A marker on either agent's archived work holds a prompt, whichever agent it starts in now.
    const why =
      unread(copilotSource) ??
      unread(source) ??
      (world.ledgerUnread === undefined
        ? undefined
        : `the ledger could not be read (${world.ledgerUnread}), so a prompt an earlier sweep started, its session since renamed or deleted, cannot be told from a waiting one; ${startedIds.size > 0 ? 'no more sessions were started' : 'no session was started'}`);
    if (why) {
      report.stopped = why;
      return;
    }
    const result = await send(call);
    if (!result) {
      // dry-run: counted as started, so the rails hold for the calls that follow.
      startedIds.add(call.prompt);
      continue;
    }
    if (result.ok) {
      startedIds.add(call.prompt);
      report.started.push({
        prompt: call.prompt,
        category: call.category,
        session: result.session.id,
        url: result.session.url,
      });
      continue;
    }
    const agent = startsInCopilot(call) ? 'Copilot' : 'Jules';
    if ('refused' in result) {
      report.stopped = `${agent} refused to start ${call.prompt}: ${result.refused}`;
      return;
    }
    // "Exactly once": whether the agent made the session is read from a list, never guessed.
    const after = startsInCopilot(call) ? await settings.copilot!.list() : await settings.list();
    const made = after.failure
      ? undefined
      : sessionsByPrompt(after.sessions, promptIds(world.file.prompts), repository).get(
          call.prompt,
        );
    if (made) {
      startedIds.add(call.prompt);
      report.started.push({
        prompt: call.prompt,
        category: call.category,
        session: made.id,
        url: made.url,
      });
      settings.log?.(
        `${result.unknown} while starting ${call.prompt}; the list shows ${agent === 'Copilot' ? 'task' : 'session'} ${made.id}, so it was not created again.`,
      );
      continue;
    }
    report.stopped = `${result.unknown} while starting ${call.prompt}, and ${after.failure ? 'the list after it could not be read' : 'the list after it shows no such session'}; it was not sent again, and the next sweep starts it if it is still missing`;
    return;
  }
}

function writerOf(module: typeof import('../jules/write.js')): JulesWriter {
  return {
    create: module.createSession,
    archive: module.archiveSession,
    approve: module.approvePlan,
  };
}

/** Copilot's start call and list, through the GitHub seam with the user's token. */
export async function copilotDispatch(options: CopilotWriteOptions): Promise<CopilotDispatch> {
  const { listCopilotTasks, startCopilotTask } = await import('../copilot/client.js');
  return {
    start: (body) => startCopilotTask(options, body),
    list: () => listCopilotTasks({ ...options, archived: true }),
  };
}

/** What the ledger keeps of a dispatch, and the entry name of each started prompt. */
export function dispatchRecord(
  report: DispatchReport,
  backlog: Backlog,
): { record: DispatchRecord; names: Map<string, string> } {
  const prompts = new Map(
    backlog.prompts.flatMap((g) => [...g.active, ...g.reserve].map((p) => [p.id, p] as const)),
  );
  const names = new Map<string, string>();
  for (const s of report.started) {
    const p = prompts.get(s.prompt);
    if (p) names.set(s.prompt, dispatchTitle(p));
  }
  return {
    record: {
      started: report.started.map(({ prompt, category, session }) => ({
        prompt,
        category,
        session,
      })),
      archived: report.archived.map((a) => a.session),
      approved: report.approved.map((a) => a.session),
    },
    names,
  };
}

/**
 * The action's dispatch step: settings from the inputs, the report on the plan, the outputs, and
 * the ledger with each call recorded. With dispatch off it sets empty outputs and nothing else.
 */
export async function dispatchFromAction(
  inputs: Inputs,
  context: RunContext,
  world: DispatchWorld,
  now: string,
): Promise<(ledger: Ledger) => Ledger> {
  const keep = (ledger: Ledger) => ledger;
  if (inputs.dispatch === 'off') {
    core.setOutput('started', '[]');
    core.setOutput('archived', '[]');
    return keep;
  }
  const log = (message: string) => {
    core.info(escapeLog(message));
  };
  const write: WriteOptions | undefined = inputs.julesApiKey
    ? { apiKey: inputs.julesApiKey, apiUrl: inputs.julesApiUrl, surface: ACTION_SURFACE, log }
    : undefined;
  const plan = world.plan;
  const endpoints = endpointsFromEnv(process.env);
  const report = await runDispatch(world, {
    mode: inputs.dispatch,
    archive: inputs.dispatchArchive,
    eventName: context.eventName,
    ...(context.repository ? { repository: context.repository } : {}),
    ...(context.defaultBranch ? { defaultBranch: context.defaultBranch } : {}),
    ...(write ? { write } : {}),
    limits: {
      capacity: plan.capacity,
      reserve: plan.reserve,
      counted: plan.slots.counted,
      ...(plan.dailyQuota ? { quota: plan.dailyQuota } : {}),
      ...(inputs.dispatchMax !== undefined ? { max: inputs.dispatchMax } : {}),
    },
    ...(plan.julesPlan ? { dailyTasks: plan.julesPlan.dailyTasks } : {}),
    // Beside Copilot the capacity is the file's, and the Jules plan caps Jules' own starts.
    ...(plan.julesPlan && plan.copilot?.enabled
      ? { julesConcurrent: plan.julesPlan.concurrent }
      : {}),
    ...(inputs.copilotToken && context.repository
      ? {
          copilot: await copilotDispatch({
            token: inputs.copilotToken,
            apiUrl: endpoints.apiUrl,
            graphqlUrl: endpoints.graphqlUrl,
            repository: context.repository,
            surface: ACTION_SURFACE,
            log,
          }),
        }
      : {}),
    now,
    list: async () => {
      const { listJulesSessions } = await import('../jules/client.js');
      return listJulesSessions({
        apiKey: inputs.julesApiKey!,
        apiUrl: inputs.julesApiUrl,
        repository: context.repository!,
        surface: ACTION_SURFACE,
        // Exactly once: an archived session's marker still counts.
        archived: true,
        log,
      });
    },
    log,
  });
  plan.dispatch = report;
  core.setOutput('started', JSON.stringify(report.started.map((s) => s.session)));
  core.setOutput('archived', JSON.stringify(report.archived.map((a) => a.session)));
  if (report.refused) core.warning(escapeLog(`Dispatch sent nothing: ${report.refused}.`));
  if (report.stopped) core.warning(escapeLog(`Dispatch stopped: ${report.stopped}.`));
  if (report.mode !== 'on') return keep;
  const { record, names } = dispatchRecord(report, world.backlog);
  return (ledger) => recordDispatch(ledger, record, names);
}
