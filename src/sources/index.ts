// Every session source the planner knows, by id.
import { COPILOT } from './copilot.js';
import { JULES } from './jules.js';
import { sourceOf, type SourceId, type SourceInput, type SourceKind } from './source.js';

export { COPILOT } from './copilot.js';
export { JULES } from './jules.js';
export * from './source.js';

export const SOURCE_KINDS: Readonly<Record<SourceId, SourceKind>> = {
  jules: JULES,
  copilot: COPILOT,
};

export const kindOf = (input: Pick<SourceInput, 'source'>): SourceKind =>
  SOURCE_KINDS[sourceOf(input)];
