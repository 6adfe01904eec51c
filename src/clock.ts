// The one clock of a run. The action and the CLI read it once, when a run starts, and hand that
// moment to the planner and the renderers, so a plan and its report never disagree about "now".
// Tests pin it with vitest's `vi.setSystemTime`, and `.ci/run` runs the suite under `faketime`.

/** The current moment as an ISO 8601 UTC string. */
export function now(): string {
  return new Date(Date.now()).toISOString();
}

/** Milliseconds from the current moment until `date` (an epoch time), never negative. */
export function msUntil(date: number): number {
  return Math.max(0, date - Date.now());
}
