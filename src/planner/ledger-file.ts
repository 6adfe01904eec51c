// Reading a ledger file: checked with zod, which only a sweep that reads a ledger loads.
import { z } from 'zod';
import { LEDGER_SCHEMA_VERSION, type Fingerprint, type Ledger } from './ledger.js';

/** What GitHub showed of the pull request; null when there was none to read. */
const pullField = z.string().nullable();

const fingerprintSchema = z.object({
  category: z.string(),
  status: z.enum(['pr-ready', 'pr-created', 'needs-more-work', 'blocked', 'archived']),
  remainingSteps: z.int().min(0),
  prState: pullField,
  headSha: pullField,
  updatedAt: pullField,
  checkState: pullField,
  blocked: z.boolean().optional(),
  kind: z.string().optional(),
  checks: z.record(z.string(), z.string().nullable()).optional(),
  jules: z.string().optional(),
});

const ledgerSchema = z.object({
  schemaVersion: z.literal(LEDGER_SCHEMA_VERSION),
  sweeps: z.array(
    z.object({
      cycle: z.int().min(1).max(1_000_000_000),
      time: z.iso.datetime({ offset: true }),
      sessions: z.record(z.string(), fingerprintSchema),
      violations: z.array(z.string()).default([]),
      fastLane: z.string().optional(),
      dispatch: z
        .object({
          started: z.array(
            z.object({ prompt: z.string(), category: z.string(), session: z.string() }),
          ),
          archived: z.array(z.string()),
          approved: z.array(z.string()),
        })
        .optional(),
    }),
  ),
  starts: z
    .array(
      z.object({
        prompt: z.string(),
        session: z.string(),
        time: z.iso.datetime({ offset: true }),
      }),
    )
    .optional(),
});

/** Reads a ledger; anything else is reported, never trusted. */
export function parseLedger(text: string): { ledger: Ledger } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'the ledger is not JSON' };
  }
  const result = ledgerSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return {
      problem: `the ledger is not a version ${LEDGER_SCHEMA_VERSION} ledger (${issue.path.join('.') || 'top'}: ${issue.message})`,
    };
  }
  const cycles = result.data.sweeps.map((sweep) => sweep.cycle);
  if (cycles.some((cycle, i) => i > 0 && cycle <= cycles[i - 1]!)) {
    return { problem: 'the ledger is not a version 1 ledger (its cycles do not increase)' };
  }
  // zod rebuilds records by assignment, which drops a `__proto__` key; the validated entries
  // are taken from the parsed JSON instead, where every key is an own property.
  const raw = (data as { sweeps: { sessions: Record<string, Fingerprint> }[] }).sweeps;
  return {
    ledger: {
      ...result.data,
      sweeps: result.data.sweeps.map((sweep, i) => ({
        ...sweep,
        sessions: Object.fromEntries(Object.entries(raw[i]!.sessions)),
      })),
    },
  };
}
