// Stage 5, cross-check: rules that span fields or entries, which no one value's shape can say.
// The entries' rules run on the data as parsed, beside the schema, so one pass reports every
// problem; the backlog's run on the model, where names and categories are compared in NFC.
import { agentOf, type BacklogFormat, type Diagnostic, type SourceLocation } from './model.js';
import { normaliseStatus, PLAYBOOK_CAPACITY, PLAYBOOK_RESERVE, SESSION_KEYS } from './format.js';
import { isRecord, problemAt, sessionEntries, sessionPath, type Locate } from './locate.js';
import * as say from './messages.js';
import type { RepositoryOfFile } from './read.js';
import { Suggester } from './suggest.js';
import { julesId, nfc, pullRequestKey, type Modelled } from './to-model.js';
import type { Validated } from './validate.js';

export interface Problems {
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** A key written with a value: a `null` one is the schema's to refuse. */
const given = (value: unknown): boolean => value !== undefined && value !== null;

/** Files each problem with its kind: errors stop the plan, warnings go with it. */
const adder =
  ({ errors, warnings }: Problems) =>
  (severity: Diagnostic['severity'], wording: say.Wording, location: SourceLocation) =>
    (severity === 'error' ? errors : warnings).push(problemAt(severity, wording, location));

/**
 * Unique names, Jules sessions, Copilot tasks and pull requests, one service an entry, blockers,
 * reserve below capacity.
 */
export function crossCheckEntries(
  format: BacklogFormat,
  data: unknown,
  locate: Locate,
  repository: RepositoryOfFile | undefined,
  places: readonly SourceLocation[],
): Problems {
  const problems: Problems = { errors: [], warnings: [] };
  const add = adder(problems);
  const root = format === 'sessions-yaml' && isRecord(data) ? data : undefined;
  const entries = sessionEntries(format, data);
  // The first entry of each, by index: its place and name are looked up only for a repeat.
  // Keyed by the NFC form: "café" composed and decomposed print alike and are one name.
  const firstSeen = new Map<string, number>();
  const julesSeen = new Map<string, number>();
  const copilotSeen = new Map<string, number>();
  const pullSeen = new Map<string, number>();
  const nameOf = (entry: Record<string, unknown>) =>
    typeof entry.name === 'string' ? entry.name.trim() : undefined;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    if (!isRecord(entry)) continue;
    const location = places[index]!;
    const name = nameOf(entry);
    // Names are how people, updates and the ledger refer to a session: they must be unique.
    if (name) {
      const same = nfc(name);
      const first = firstSeen.get(same);
      if (first === undefined) firstSeen.set(same, index);
      else
        // The playbook tool allowed repeated names, so its JSON only warns.
        add(
          format === 'sessions-yaml' ? 'error' : 'warning',
          say.duplicateName(
            name,
            { location: places[first]!, name: nameOf(entries[first] as Record<string, unknown>)! },
            location,
          ),
          location,
        );
    }
    // One Jules session is one slot: two entries claiming it would count it twice.
    if (typeof entry.jules === 'string' || typeof entry.jules === 'number') {
      const id = julesId(entry.jules);
      const first = julesSeen.get(id);
      if (first === undefined) julesSeen.set(id, index);
      else
        add(
          'error',
          say.julesTwice(id, places[first]!, location),
          locate(sessionPath(format, index), 'jules'),
        );
    }
    // Likewise one Copilot task; its id is opaque text, compared as written.
    if (typeof entry.copilot === 'string') {
      const first = copilotSeen.get(entry.copilot);
      if (first === undefined) copilotSeen.set(entry.copilot, index);
      else
        add(
          'error',
          say.copilotTwice(entry.copilot, places[first]!, location),
          locate(sessionPath(format, index), 'copilot'),
        );
    }
    // A session runs in one service: linked to two, it would hold a slot in each.
    if (given(entry.jules) && given(entry.copilot)) {
      add(
        'error',
        say.julesAndCopilot(say.sessionLabel(data, sessionPath(format, index))),
        locate(sessionPath(format, index), 'copilot'),
      );
    }
    // One pull request is one piece of work: several entries on it would each hold a slot and
    // each be archived when it merges. Archived entries too: an entry that owns it stays one.
    const pull = entry.pr === undefined ? undefined : pullRequestKey(entry.pr, repository);
    if (pull) {
      const first = pullSeen.get(pull.key);
      if (first === undefined) pullSeen.set(pull.key, index);
      else
        add(
          'error',
          say.pullRequestTwice(
            pull.shown,
            { location: places[first]!, name: nameOf(entries[first] as Record<string, unknown>) },
            name,
            location,
          ),
          locate(sessionPath(format, index), 'pr'),
        );
    }
    if (format === 'playbook-json') {
      for (const key of Object.keys(entry)) {
        if (SESSION_KEYS.includes(key)) continue;
        add(
          'warning',
          say.ignoredKey(say.sessionLabel(data, sessionPath(format, index)), key),
          locate(sessionPath(format, index), key),
        );
      }
    }
    // "Add the blocker to the update": a blocked session must say what blocks it.
    const blocked =
      entry.blocked === true ||
      (typeof entry.status === 'string' && normaliseStatus(entry.status) === 'blocked');
    if (blocked && (entry.blocker === undefined || entry.blocker === null)) {
      // The playbook tool accepted it, so its JSON only warns.
      add(
        format === 'sessions-yaml' ? 'error' : 'warning',
        say.noBlocker(say.sessionLabel(data, sessionPath(format, index))),
        locate(sessionPath(format, index), entry.blocked === true ? 'blocked' : 'status'),
      );
    }
  }

  if (root) {
    const capacity = root.capacity ?? PLAYBOOK_CAPACITY;
    const reserve = root.reserve ?? PLAYBOOK_RESERVE;
    if (typeof capacity === 'number' && typeof reserve === 'number' && reserve >= capacity) {
      add(
        'error',
        say.reserveNotBelowCapacity(reserve, capacity),
        locate([Object.hasOwn(root, 'reserve') ? 'reserve' : 'capacity']),
      );
    }
    if (Array.isArray(root.categories)) {
      const seen = new Map<string, string>();
      root.categories.forEach((category: unknown, index) => {
        if (typeof category !== 'string') return;
        const first = seen.get(category.normalize('NFC'));
        if (first !== undefined) {
          add('error', say.categoryTwice(category, first), locate(['categories', index]));
        } else seen.set(category.normalize('NFC'), category);
      });
    }
  }
  return problems;
}

/**
 * Across the converted backlog: near-miss categories, a category's prompts listed twice, prompt
 * and incident ids used twice, plan approval asked of Copilot, incidents whose session or
 * category is not there.
 */
export function crossCheckBacklog(
  { top, backlog: written }: Validated,
  { backlog, sessionNamed }: Modelled,
  locate: Locate,
  problems: Problems,
): void {
  const add = adder(problems);
  const { categories, sessions, prompts, incidents } = backlog;
  // A category that differs from a rotation category only by case or a typo never warms it.
  const rotation = new Set(categories);
  const rotationNames = new Suggester(categories);
  for (const session of sessions) {
    if (rotation.has(session.category)) continue;
    const match = rotationNames.closest(session.category);
    if (match === undefined) continue;
    add('warning', say.sessionOffRotation(session.name, session.category, match), session.location);
  }

  const seenGroups = new Map<string, { written: string; location: SourceLocation }>();
  prompts.forEach((group, index) => {
    const first = seenGroups.get(group.category);
    const spelled = written[index]![0];
    if (first) {
      add('error', say.backlogCategoryTwice(spelled, first, group.location), group.location);
    } else seenGroups.set(group.category, { written: spelled, location: group.location });
  });
  const seenPrompts = new Map<string, { id: string; location: SourceLocation }>();
  for (const group of prompts) {
    if (!rotation.has(group.category)) {
      add(
        'warning',
        say.backlogOffRotation(group.category, rotationNames.didYouMean(group.category)),
        group.location,
      );
    }
    for (const p of group.active.concat(group.reserve)) {
      // Plan approval is Jules' step: a Copilot task starts work without one.
      if (p.approve === 'manual' && agentOf(p, backlog) === 'copilot') {
        add('warning', say.approveOnCopilot(p.id), p.location);
      }
      const id = p.id.normalize('NFC');
      const first = seenPrompts.get(id);
      if (first) {
        add('error', say.duplicateId('prompt', p.id, first, p.location), p.location);
      } else seenPrompts.set(id, p);
    }
  }

  let sessionNames: Suggester | undefined;
  const seenIncidents = new Map<string, { id: string; location: SourceLocation }>();
  (top?.incidents ?? []).forEach((incident, i) => {
    const { location } = incidents[i]!;
    const at = (key: string) => locate(['incidents', i], key);
    const first = seenIncidents.get(nfc(incident.id));
    if (first) {
      add('error', say.duplicateId('incident', incident.id, first, location), location);
    } else seenIncidents.set(nfc(incident.id), { id: incident.id, location });
    if (incident.hardening !== undefined && sessionNamed(incident.hardening) === undefined) {
      // A hardening session may be gone from the file once it is done: a warning, not an error.
      const hint = (sessionNames ??= new Suggester(sessions.map((s) => s.name))).didYouMean(
        incident.hardening,
      );
      add(
        'warning',
        say.hardeningNotInSessions(incident.id, incident.hardening, hint),
        at('hardening'),
      );
    }
    if (!rotation.has(nfc(incident.category))) {
      const hint = rotationNames.didYouMean(incident.category);
      add('warning', say.incidentOffRotation(incident.id, incident.category, hint), at('category'));
    }
  });
}
