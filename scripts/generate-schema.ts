// npm run schema: regenerates schema/sessions.schema.json (from the zod schema) and
// schema/plan.schema.json (from the plan's TypeScript type).
import { writeFileSync } from 'node:fs';
import { SCHEMA_PATH, sessionsJsonSchema } from '../src/backlog/json-schema.js';
import { PLAN_SCHEMA_PATH, planJsonSchema } from './plan-schema.js';

writeFileSync(SCHEMA_PATH, sessionsJsonSchema());
writeFileSync(PLAN_SCHEMA_PATH, planJsonSchema());
console.log(`wrote ${SCHEMA_PATH} and ${PLAN_SCHEMA_PATH}`);
