// Stage 2, parse: text to data and a locator. Strict JSON goes to JSON.parse, anything else to
// one of the two YAML readers, chosen by size; each problem points at file:line:column.
import { readJson } from './json.js';
import { LARGE_YAML_CHARS, WORDED_YAML_CHARS } from './limits.js';
import { part, type Read } from './on-demand.js';
import { loneCarriageReturn } from './yaml-rules.js';

export function parse(source: string, file: string): Read {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  // Before any reader: the two YAML readers disagree on where such a line ends.
  const cr = loneCarriageReturn(text, file);
  if (cr) return { errors: [cr] };
  const json = readJson(text, file);
  if (json) return json;
  if (text.length <= LARGE_YAML_CHARS) return part('readYaml')(text, file);
  const read = part('readLargeYaml')(text, file);
  // The event stream words a syntax error in its own terms, and refuses a few texts the `yaml`
  // reader takes (a raw NUL in a quoted name): a file that reader can hold in memory is re-read
  // by it, so the verdict, message and place are the same whatever the file's size.
  if ('errors' in read && text.length <= WORDED_YAML_CHARS) return part('readYaml')(text, file);
  return read;
}
