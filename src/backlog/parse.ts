// Stage 2, parse: text to data and a locator. Strict JSON goes to JSON.parse, anything else to
// one of the two YAML readers, chosen by size; each problem points at file:line:column.
import { readJson } from './json.js';
import { LARGE_YAML_CHARS } from './limits.js';
import { part, type Read } from './on-demand.js';
import { loneCarriageReturn } from './yaml-rules.js';

export function parse(source: string, file: string): Read {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  // Before any reader: the two YAML readers disagree on where such a line ends.
  const cr = loneCarriageReturn(text, file);
  if (cr) return { errors: [cr] };
  return (
    readJson(text, file) ??
    (text.length > LARGE_YAML_CHARS ? part('readLargeYaml') : part('readYaml'))(text, file)
  );
}
