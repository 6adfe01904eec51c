// The backlog's prompts as one sweep hands them out: fresh ones only, each prompt once, whichever
// rule (an enqueue after a close, an open slot) asks for it first.
import type { CategoryPrompts, Prompt } from '../backlog/model.js';

export class PromptQueue {
  private readonly groups: Map<string, CategoryPrompts>;
  private readonly taken = new Set<string>();
  // A prompt once passed over is never usable again (taken only grows), so each category's
  // active list is read once from a cursor, however many slots are filled.
  private readonly cursor = new Map<string, number>();

  /** `fresh`: neither obsolete nor stale; the others are replaced, never started. */
  constructor(
    groups: readonly CategoryPrompts[],
    private readonly fresh: (prompt: Prompt) => boolean,
  ) {
    this.groups = new Map(groups.map((p) => [p.category, p]));
  }

  /** Only a backlog that keeps prompts (a `backlog:` section) is held to backfill discipline. */
  get kept(): boolean {
    return this.groups.size > 0;
  }

  /** The category's active and reserve lists, as the file has them. */
  of(category: string): CategoryPrompts | undefined {
    return this.groups.get(category);
  }

  /** The next prompt the category would hand out, without taking it. */
  peek(category: string): Prompt | undefined {
    const list = this.groups.get(category)?.active ?? [];
    let i = this.cursor.get(category) ?? 0;
    while (i < list.length && !(this.fresh(list[i]!) && !this.taken.has(list[i]!.id))) i++;
    this.cursor.set(category, i);
    return list[i];
  }

  /** The next prompt of the category, taken: no later rule hands it out again. */
  take(category: string): Prompt | undefined {
    const prompt = this.peek(category);
    if (prompt) this.taken.add(prompt.id);
    return prompt;
  }
}
