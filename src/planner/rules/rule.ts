// What a playbook rule is to the planner: one small function from the facts of a sweep to the
// recommendations and broken rails it finds, and the helpers its findings share.
import type { Session, SourceLocation } from '../../backlog/model.js';
import type { SweepFacts } from '../facts.js';
import type { JulesSession, RailId, Recommendation, Severity, Violation } from '../types.js';

/** What a rule found in this sweep; a rule that finds nothing returns `{}`. */
export interface Findings {
  recommendations?: Recommendation[];
  violations?: Violation[];
  /** Lines for the plan's notes, when the playbook asks for a warning that is no rail. */
  notes?: string[];
}

/**
 * A playbook rule: a function named after it, the facts of this sweep in, what it found out. Its
 * comment opens with the playbook's sentence and names its `@rail` and `@test`; docs/rules.md is
 * generated from these (`npm run docs`).
 */
export type Rule = (facts: SweepFacts) => Findings;

/** A rule about one rotation category at a time. */
export type CategoryRule = (facts: SweepFacts, category: string) => Findings;

/** Category rules run together, category by category, so each category's findings stay together. */
export interface ByCategory extends Rule {
  rules: readonly CategoryRule[];
}

export function byCategory(...rules: CategoryRule[]): ByCategory {
  const step = (facts: SweepFacts): Findings => {
    const all = nothingFound();
    for (const category of facts.backlog.categories) {
      for (const rule of rules) collect(all, rule(facts, category));
    }
    return all;
  };
  return Object.assign(step, { rules });
}

/** Everything the rules found, in rule order. */
export interface AllFindings {
  recommendations: Recommendation[];
  violations: Violation[];
  notes: string[];
}

export const nothingFound = (): AllFindings => ({ recommendations: [], violations: [], notes: [] });

/**
 * Appends one by one: a spread of 100,000 findings would overflow the call stack. Indexed, since
 * a for-of makes an iterator result per finding until the loop is optimised.
 */
export function collect(all: AllFindings, found: Findings): void {
  appendTo(all.recommendations, found.recommendations);
  appendTo(all.violations, found.violations);
  appendTo(all.notes, found.notes);
}

function appendTo<T>(all: T[], found: readonly T[] | undefined): void {
  if (found) for (let i = 0; i < found.length; i++) all.push(found[i]!);
}

/** A finding about an entry of the file: its line, and the session and category it is about. */
export function atSession(
  session: Session,
): Pick<Violation, 'file' | 'line' | 'column' | 'session' | 'category'> {
  const { location } = session;
  return {
    file: location.file,
    line: location.line,
    column: location.column,
    session: session.name,
    category: session.category,
  };
}

/**
 * A rail broken at an entry of the file, with its fields in atSession's order: made whole at once,
 * since a rule may find one for each of 100,000 sessions.
 */
export function sessionViolation(
  session: Session,
  rail: RailId,
  severity: Severity,
  message: string,
  fix: string,
): Violation {
  const { location } = session;
  return {
    rail,
    severity,
    message,
    fix,
    file: location.file,
    line: location.line,
    column: location.column,
    session: session.name,
    category: session.category,
  };
}

export function atLocation(location: SourceLocation): Pick<Violation, 'file' | 'line' | 'column'> {
  return { file: location.file, line: location.line, column: location.column };
}

/** A Jules session no entry names goes by its title, or by its id when it has none. */
export const nameOf = (j: JulesSession): string => (j.title.trim() !== '' ? j.title : j.id);
