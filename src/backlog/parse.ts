// Stage 2, parse: text to data and a locator. Strict JSON goes to JSON.parse, YAML in the common
// shape to a reader of that shape alone, anything else to the YAML event stream, or to the `yaml`
// parser when asked; each problem points at file:line:column.
import { readJson } from './json.js';
import { LARGE_YAML_CHARS, WORDED_YAML_CHARS } from './limits.js';
import { part, type Read } from './on-demand.js';
import { readPlainYaml } from './plain-yaml.js';
import { loneCarriageReturn } from './yaml-rules.js';

/**
 * A number too large for a double (`1e400`) is text to the event stream and Infinity to the
 * `yaml` parser: a small file that may hold one keeps the `yaml` parser.
 */
const MAY_OVERFLOW = /[0-9.][eE][-+]?[0-9]{3}|[0-9]{309}/;

/**
 * `worded`: a small YAML file goes to the `yaml` parser. Otherwise the event stream reads it, and
 * `rereadIfAnything` says the caller must parse again with `worded` should the backlog turn out to
 * have anything to say (see LARGE_YAML_CHARS).
 */
export function parse(
  source: string,
  file: string,
  worded = false,
): Read & { rereadIfAnything?: true } {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  // Before any reader: the two YAML readers disagree on where such a line ends.
  const cr = loneCarriageReturn(text, file);
  if (cr) return { errors: [cr] };
  const json = readJson(text, file);
  if (json) return json;
  const small = text.length <= LARGE_YAML_CHARS;
  if (small && (worded || MAY_OVERFLOW.test(text))) return part('readYaml')(text, file);
  // The common shape, read in one pass without loading a YAML parser; anything else declines.
  const plain = readPlainYaml(text, file);
  if (plain) return small ? { ...plain, rereadIfAnything: true } : plain;
  const read = part('readLargeYaml')(text, file);
  if (small)
    return 'errors' in read ? part('readYaml')(text, file) : { ...read, rereadIfAnything: true };
  // The event stream words a syntax error in its own terms, and refuses a few texts the `yaml`
  // reader takes (a raw NUL in a quoted name): a file that reader can hold in memory is re-read
  // by it, so the verdict, message and place are the same whatever the file's size.
  if ('errors' in read && text.length <= WORDED_YAML_CHARS) return part('readYaml')(text, file);
  return read;
}
