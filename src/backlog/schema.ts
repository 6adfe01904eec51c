// The sessions.yaml format, version 1. This zod schema is the single source of truth:
// the loader validates with it and schema/sessions.schema.json is generated from it.
import { z } from 'zod';
import * as format from './format.js';

export {
  JULES_ID_PATTERN,
  KINDS,
  normaliseStatus,
  PLAYBOOK_CAPACITY,
  PLAYBOOK_CATEGORIES,
  PLAYBOOK_RESERVE,
  PR_REF_PATTERN,
  STATUS_PATTERN,
  STATUSES,
  type Kind,
  type Status,
} from './format.js';

// Text is kept as written (the playbook tool compares names and categories exactly), but never blank.
const text = z.string().regex(/\S/, 'blank');

const statusField = z.string().regex(format.STATUS_PATTERN).meta({
  description:
    'pr-ready, pr-created, needs-more-work, blocked or archived. Any case is accepted, and the update template spellings "PR-ready", "PR created" and "needs more work".',
});

const agentField = z.enum(format.AGENTS);

const sessionFields = {
  name: text.max(200).meta({ description: 'Unique name of the session (up to 200 characters).' }),
  category: text.max(100).meta({
    description:
      'Rotation category. A category outside the rotation list is counted but never cold.',
  }),
  status: statusField,
  remaining_steps: z
    .int()
    .min(0)
    .default(1)
    .meta({ description: 'Steps left before the session is PR-ready.' }),
  blocked: z
    .boolean()
    .default(false)
    .meta({ description: 'Blocked, whatever the status; `blocker` says by what.' }),
  blocker: text
    .max(1000)
    .optional()
    .meta({ description: 'What blocks the session; required when it is blocked.' }),
  pr: z
    .union([z.int().min(1), z.string().regex(format.PR_REF_PATTERN)])
    .optional()
    .meta({
      description:
        'The pull request: a number in this repository, owner/repo#123, or a pull request URL. One entry per pull request, archived ones included: a second entry naming it (in any spelling) is an error.',
    }),
  jules: z
    .union([z.int().min(0), z.string().regex(format.JULES_ID_PATTERN)])
    .optional()
    .meta({
      description:
        'The Jules session behind this entry: its id, or its resource name sessions/<id>. Links the entry to the live session list.',
    }),
  copilot: z.string().regex(format.COPILOT_ID_PATTERN).optional().meta({
    description:
      "The Copilot cloud agent task behind this entry: its id as text, the last part of the task's URL (`…/copilot/tasks/<id>`). Links the entry to the repository's task list. An entry runs in one place: `jules` or `copilot`, not both.",
  }),
  started: z.iso.date().optional().meta({ description: 'When the session started (YYYY-MM-DD).' }),
  next_action: text
    .max(1000)
    .optional()
    .meta({ description: 'The single highest-value step to advance the session.' }),
  actions: z
    .array(text.max(1000))
    .default([])
    .meta({ description: 'Tangible work completed, for the SESSION UPDATE.' }),
  kind: z.enum(format.KINDS).default('prompt').meta({
    description:
      'What the session is for: a backlog prompt, or a playbook special (rescue, unblocker, hardening, governance, scheduler).',
  }),
};

export const sessionSchema = z.strictObject(sessionFields);

const promptSchema = z
  .strictObject({
    id: text.max(100).meta({ description: 'Unique id of the prompt.' }),
    title: text.max(300).meta({ description: 'What the session is to do.' }),
    added: z.iso.date().optional().meta({ description: 'When the prompt was added (YYYY-MM-DD).' }),
    obsolete: z.boolean().default(false).meta({ description: 'Replace it before the next sweep.' }),
    agent: agentField.optional().meta({
      description:
        "Where dispatch starts this prompt, jules or copilot; the file's `agent` when absent.",
    }),
    prompt: text.max(20_000).optional().meta({
      description: 'What a dispatched session is told to do; the title when absent.',
    }),
    branch: z.string().regex(format.BRANCH_PATTERN).optional().meta({
      description:
        "The branch a dispatched session starts from; the repository's default branch when absent.",
    }),
    approve: z.enum(['auto', 'manual']).default('auto').meta({
      description:
        'auto: the plan Jules writes is approved without a person; manual: Jules waits for one (`requirePlanApproval`). Jules only: a Copilot task has no plan to approve.',
    }),
  })
  .meta({ description: 'A prompt waiting for a slot.' });

export const categoryBacklogSchema = z.strictObject({
  active: z.array(promptSchema).default([]).meta({ description: 'Pulled from first.' }),
  reserve: z.array(promptSchema).default([]).meta({ description: 'Refills active, weekly.' }),
});

const incidentSchema = z.strictObject({
  id: text.max(100).meta({ description: 'Unique id of the incident.' }),
  date: z.iso.date().meta({ description: 'When it happened (YYYY-MM-DD).' }),
  category: text.max(100).meta({ description: 'The rotation category it belongs to.' }),
  summary: text.max(1000).meta({ description: 'What happened, in a line.' }),
  hardening: text
    .max(200)
    .optional()
    .meta({ description: 'The session that answers the incident with a hardening prompt.' }),
});

export const backlogSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Editors may point at the JSON Schema.' }),
    version: z.literal(1).meta({ description: 'Format version of this file: 1.' }),
    capacity: z
      .int()
      .min(1)
      .default(format.PLAYBOOK_CAPACITY)
      .meta({ description: 'Maximum concurrent sessions (the playbook: 15).' }),
    reserve: z.int().min(0).default(format.PLAYBOOK_RESERVE).meta({
      description: 'Slots kept free for the fast lane (the playbook: 1); smaller than `capacity`.',
    }),
    agent: agentField.default(format.DEFAULT_AGENT).meta({
      description:
        "Where dispatch starts prompts, jules (Jules) or copilot (GitHub Copilot's cloud agent); a prompt's own `agent` overrides it.",
    }),
    categories: z.array(text.max(100)).min(1).optional().meta({
      description:
        'The rotation, in priority order. Default: Security, Data Integrity, Golden Path, CI Stability, Graph, Infrastructure, UX, Analytics.',
    }),
    sessions: z
      .array(sessionSchema)
      .default([])
      .meta({ description: 'Every session, active and archived.' }),
    backlog: z
      .record(text.max(100).meta({ title: 'category' }), categoryBacklogSchema)
      .default({})
      .meta({
        description: 'Prompts per category: an active list to pull from, a reserve to refill it.',
      }),
    incidents: z.array(incidentSchema).default([]).meta({
      description: 'Incidents and regressions; each needs a hardening session within 2 cycles.',
    }),
    cadence: z
      .strictObject({
        governance_every: z
          .int()
          .min(1)
          .default(12)
          .meta({ description: 'Cycles between governance/documentation prompts.' }),
        scheduler_every: z
          .int()
          .min(1)
          .default(30)
          .meta({ description: 'Cycles between scheduler/orchestrator prompts.' }),
      })
      .default({ governance_every: 12, scheduler_every: 30 })
      .meta({
        description: 'Cycles between governance/documentation and scheduler/orchestrator prompts.',
      }),
  })
  .meta({
    title: 'session-sweeper backlog (sessions.yaml)',
    description: 'The sessions a team runs under the session operations playbook.',
  });

/**
 * The playbook tool's JSON array. Its defaults are kept (status needs-more-work, category
 * Uncategorized) so its users switch without editing the file; every value is still checked.
 */
export const playbookSessionSchema = z.looseObject({
  ...sessionFields,
  status: statusField.default('needs-more-work'),
  category: sessionFields.category.default('Uncategorized'),
  blocker: z.union([sessionFields.blocker, z.null()]),
});
export const playbookBacklogSchema = z.array(playbookSessionSchema);

export type BacklogInput = z.output<typeof backlogSchema>;
export type SessionInput = z.output<typeof sessionSchema>;
export type PlaybookSessionInput = z.output<typeof playbookSessionSchema>;
export type CategoryBacklogInput = z.output<typeof categoryBacklogSchema>;

/** The keys each mapping takes, from the schemas themselves; a test keeps format.ts's lists equal. */
export const SCHEMA_KEYS = {
  session: Object.keys(sessionFields),
  prompt: Object.keys(promptSchema.shape),
  incident: Object.keys(incidentSchema.shape),
  cadence: Object.keys(backlogSchema.shape.cadence.unwrap().shape),
  topLevel: Object.keys(backlogSchema.shape),
};
