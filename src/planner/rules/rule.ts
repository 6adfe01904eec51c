// What a playbook rule is to the planner: one small function from the facts of a sweep to the
// recommendations and broken rails it finds, with the playbook's sentence and the test that pins it.
import type { Session, SourceLocation } from '../../backlog/model.js';
import type { SweepFacts } from '../facts.js';
import type { JulesSession, RailId, Recommendation, Violation } from '../types.js';

/** Where a rule lives: one module per family under src/planner/rules/. */
export type Family = 'capacity' | 'rotation' | 'cadence' | 'stalls' | 'hygiene';

/** What a rule found in this sweep; a rule that finds nothing returns `{}`. */
export interface Findings {
  recommendations?: Recommendation[];
  violations?: Violation[];
  /** Lines for the plan's notes, when the playbook asks for a warning that is no rail. */
  notes?: string[];
}

interface RuleMeta {
  /** Stable, kebab-case: the rule's row in docs/rules.md. */
  id: string;
  family: Family;
  /** The playbook's words, verbatim (emphasis left out), that this rule enforces. */
  sentence: string;
  /** The rail its violations break, when it raises any. */
  rail?: RailId;
  /** `test/<file>.test.ts > <name of the test>` that pins the rule's behaviour. */
  test: string;
}

/** Runs once per sweep. */
export interface SweepRule extends RuleMeta {
  scope: 'sweep';
  apply(facts: SweepFacts): Findings;
}

/**
 * Runs once per rotation category. Consecutive category rules run category by category, so a
 * category's findings stay together in the plan.
 */
export interface CategoryRule extends RuleMeta {
  scope: 'category';
  apply(facts: SweepFacts, category: string): Findings;
}

export type Rule = SweepRule | CategoryRule;

/** A finding about an entry of the file: its line, and the session and category it is about. */
export function atSession(
  session: Session,
): Pick<Violation, 'file' | 'line' | 'column' | 'session' | 'category'> {
  return {
    ...atLocation(session.location),
    session: session.name,
    category: session.category,
  };
}

export function atLocation(location: SourceLocation): Pick<Violation, 'file' | 'line' | 'column'> {
  return { file: location.file, line: location.line, column: location.column };
}

/** A Jules session no entry names goes by its title, or by its id when it has none. */
export const nameOf = (j: JulesSession): string => (j.title.trim() !== '' ? j.title : j.id);
