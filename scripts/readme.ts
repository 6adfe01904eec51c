// The README's reference sections, generated from their sources of truth: the inputs and outputs
// from action.yml, the sessions.yaml reference from the zod schema, the drift codes and rails from
// the planner, the command line from its usage text. Each lives between `<!-- name:start -->` and
// `<!-- name:end -->` markers; `npm run docs` rewrites them and a test fails when one is stale.
import { parse } from 'yaml';
import { sessionsJsonSchema } from '../src/backlog/json-schema.js';
import { USAGE } from '../src/command.js';
import { CONVERT_USAGE } from '../src/cli/convert.js';
import { DISPATCH_USAGE } from '../src/cli/dispatch.js';
import { DRIFT_MEANINGS } from '../src/planner/drift.js';
import { holdsSlot, JULES_STATE_MEANING } from '../src/planner/jules.js';
import { COPILOT, holdsSlotMeaning } from '../src/sources/index.js';
import { DEFAULT_FAIL_ON } from '../src/planner/plan.js';
import { RAIL_MEANINGS } from '../src/planner/rails.js';
import { DRIFT_CODES, RAIL_IDS } from '../src/planner/types.js';

interface ActionYaml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text: string) => `\`${cell(text)}\``;
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

export function inputsTable(actionYaml: string): string {
  const action = parse(actionYaml) as ActionYaml;
  return table(
    ['Input', 'Default', 'Meaning'],
    Object.entries(action.inputs).map(([name, input]) => [
      code(name),
      input.default === undefined ? '' : code(input.default),
      cell(input.description),
    ]),
  );
}

export function outputsTable(actionYaml: string): string {
  const action = parse(actionYaml) as ActionYaml;
  return table(
    ['Output', 'Value'],
    Object.entries(action.outputs).map(([name, output]) => [code(name), cell(output.description)]),
  );
}

/** The subset of JSON Schema that z.toJSONSchema writes for the backlog. */
interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  format?: string;
  minimum?: number;
  minItems?: number;
  default?: unknown;
  description?: string;
  title?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  propertyNames?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
}

function typeOf(schema: JsonSchema): string {
  if (schema.const !== undefined) return code(JSON.stringify(schema.const));
  if (schema.enum) return schema.enum.map((v) => code(String(v))).join(', ');
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ');
  if (schema.format === 'date') return 'date';
  switch (schema.type) {
    case 'integer':
      return schema.minimum === undefined ? 'integer' : `integer ≥ ${schema.minimum}`;
    case 'array': {
      const item = schema.items?.type === 'object' ? 'mappings' : `${typeOf(schema.items ?? {})}s`;
      return `list of ${item}`;
    }
    case 'object':
      return 'mapping';
    default:
      return schema.type ?? 'any';
  }
}

function defaultOf(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return code(value);
  return code(
    JSON.stringify(value)
      .replace(/"([\w$]+)":/g, '$1: ')
      .replace(/,/g, ', '),
  );
}

/** One row per key, nested keys as `sessions[].name` and `backlog.<category>.active[].id`. */
function referenceRows(schema: JsonSchema, prefix: string): string[][] {
  const rows: string[][] = [];
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${key}`;
    rows.push([
      code(path),
      typeOf(field),
      schema.required?.includes(key) ? 'yes' : '',
      defaultOf(field.default),
      cell(field.description ?? ''),
    ]);
    if (field.type === 'array' && field.items?.properties) {
      rows.push(...referenceRows(field.items, `${path}[].`));
    } else if (field.properties) {
      rows.push(...referenceRows(field, `${path}.`));
    } else if (typeof field.additionalProperties === 'object') {
      const key = field.propertyNames?.title ?? 'key';
      rows.push(...referenceRows(field.additionalProperties, `${path}.<${key}>.`));
    }
  }
  return rows;
}

export function sessionsReference(): string {
  const schema = JSON.parse(sessionsJsonSchema()) as JsonSchema;
  return table(
    ['Key', 'Type', 'Required', 'Default', 'Meaning'],
    referenceRows(schema, '').filter(([key]) => key !== code('$schema')),
  );
}

export function driftTable(): string {
  return table(
    ['Drift code', 'When', 'What the planner does'],
    DRIFT_CODES.map((id) => [
      code(id),
      cell(DRIFT_MEANINGS[id].when),
      cell(DRIFT_MEANINGS[id].effect),
    ]),
  );
}

export function railsTable(): string {
  return table(
    ['Rail', 'Default severity', 'Broken when', 'Where it points'],
    RAIL_IDS.map((id) => [
      code(id),
      DEFAULT_FAIL_ON.includes(id) ? (RAIL_MEANINGS[id].graded ?? 'error') : 'warning',
      cell(RAIL_MEANINGS[id].brokenWhen),
      cell(RAIL_MEANINGS[id].pointsAt),
    ]),
  );
}

export function julesStatesTable(): string {
  return table(
    ['Jules state', 'Holds a slot', 'In the plan'],
    [
      ...Object.entries(JULES_STATE_MEANING).map(([state, meaning]) => [
        code(state),
        holdsSlot(state) ? 'yes' : 'no',
        cell(meaning),
      ]),
      ['any other state', 'yes', 'Counted as holding a slot, until this version knows it.'],
    ],
  );
}

export function copilotStatesTable(): string {
  return table(
    ['Copilot task state', 'Holds a slot', 'In the plan'],
    [
      ...Object.entries(COPILOT.states).map(([state, { meaning, text }]) => [
        code(state),
        holdsSlotMeaning(meaning) ? 'yes' : 'no',
        cell(text),
      ]),
      ['any other state', 'yes', 'Counted as holding a slot, until this version knows it.'],
    ],
  );
}

export function cliUsage(): string {
  return [
    '```text',
    USAGE.trimEnd(),
    '',
    DISPATCH_USAGE.trimEnd(),
    '',
    CONVERT_USAGE.trimEnd(),
    '```',
  ].join('\n');
}

/** The README with every generated section rewritten. */
export function renderReadme(readme: string, actionYaml: string): string {
  const sections: Record<string, string> = {
    inputs: inputsTable(actionYaml),
    outputs: outputsTable(actionYaml),
    'sessions-reference': sessionsReference(),
    'drift-codes': driftTable(),
    'jules-states': julesStatesTable(),
    'copilot-states': copilotStatesTable(),
    rails: railsTable(),
    'cli-usage': cliUsage(),
  };
  return Object.entries(sections).reduce(
    (text, [name, body]) => replaceBetween(text, name, body),
    readme,
  );
}
