// schema/plan.schema.json is generated from the TypeScript type of plan.json, never by hand.
import { createGenerator } from 'ts-json-schema-generator';

export const PLAN_SCHEMA_PATH = 'schema/plan.schema.json';

export function planJsonSchema(): string {
  const schema = createGenerator({
    path: 'src/render/report.ts',
    tsconfig: 'tsconfig.json',
    type: 'PlanFile',
    skipTypeCheck: true,
  }).createSchema('PlanFile');
  return `${JSON.stringify({ ...schema, title: 'session-sweeper plan.json (schemaVersion 1)' }, null, 2)}\n`;
}
