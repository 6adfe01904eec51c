// What parsing needs beyond JSON.parse, loaded on first use: a JSON backlog loads no YAML
// parser, and a valid one no zod (quickCheck accepts it; zod explains what it refuses).
import type { Diagnostic } from './model.js';
import type { Locate } from './json.js';

export type Read =
  | {
      data: unknown;
      locate: Locate;
      /** The data's strings are their own, not slices of the text (JSON.parse makes them so). */
      ownStrings?: true;
    }
  | { errors: Diagnostic[] };

const parts: {
  readYaml?: (text: string, file: string) => Read;
  readLargeYaml?: (text: string, file: string) => Read;
  schemas?: typeof import('./schema.js');
} = {};
type Part = 'readYaml' | 'readLargeYaml' | 'schemas';

/** Thrown by a stage that needs a part not loaded yet; parseBacklogText loads it and runs again. */
export class NotLoaded extends Error {
  constructor(readonly part: Part) {
    super(`${part} is not loaded: await loadBacklogReaders() first, or use parseBacklogText`);
  }
}

export function part<P extends Part>(name: P): NonNullable<(typeof parts)[P]> {
  const loaded = parts[name];
  if (!loaded) throw new NotLoaded(name);
  return loaded;
}

export async function loadPart(name: Part): Promise<void> {
  if (name === 'readYaml') parts.readYaml ??= (await import('./yaml.js')).readYaml;
  else if (name === 'readLargeYaml')
    parts.readLargeYaml ??= (await import('./large-yaml.js')).readLargeYaml;
  else parts.schemas ??= await import('./schema.js');
}

/** Loads both YAML readers and the schemas: parseBacklog then reads any backlog. */
export async function loadBacklogReaders(): Promise<void> {
  await Promise.all([loadPart('readYaml'), loadPart('readLargeYaml'), loadPart('schemas')]);
}
