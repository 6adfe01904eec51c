// schema/sessions.schema.json is generated from the zod schema, never edited by hand.
import { z } from 'zod';
import { backlogSchema } from './schema.js';

export const SCHEMA_PATH = 'schema/sessions.schema.json';

export function sessionsJsonSchema(): string {
  const schema = z.toJSONSchema(backlogSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
