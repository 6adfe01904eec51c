// npm run schema: regenerates schema/sessions.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { SCHEMA_PATH, sessionsJsonSchema } from '../src/backlog/json-schema.js';

writeFileSync(SCHEMA_PATH, sessionsJsonSchema());
console.log(`wrote ${SCHEMA_PATH}`);
