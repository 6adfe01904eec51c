// Walking a tree of places (yaml-events.ts) along a data path, for both YAML readers' locators.
import type { Path } from './json.js';
import type { Place } from './yaml-events.js';

/**
 * The offset of the deepest place `path` reaches from `root`; with `key`, that key's own when the
 * whole path is there. `itemOf` finds an item of a list, for a reader that places some later.
 */
export function offsetAlong(
  root: Place,
  path: Path,
  key: string | undefined,
  itemOf: (list: Place, index: number) => Place | undefined = (list, index) => list.items?.[index],
): number {
  let found = root;
  let whole = true;
  for (const step of path) {
    const next =
      typeof step === 'number' ? itemOf(found, step) : found.keys?.get(String(step))?.value;
    if (!next) {
      whole = false;
      break;
    }
    found = next;
  }
  const keyAt = key !== undefined && whole ? found.keys?.get(key)?.key : undefined;
  return keyAt ?? found.at;
}
