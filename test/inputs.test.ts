import { describe, expect, it } from 'vitest';
import { getInputs } from '../src/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('action inputs', () => {
  it('defaults: sessions.yaml, enforce, no overrides', () => {
    expect(getInputs(reader({}))).toEqual({ sessionsFile: 'sessions.yaml', mode: 'enforce' });
  });

  it('reads overrides as whole numbers', () => {
    expect(
      getInputs(
        reader({ 'sessions-file': 'ops/s.yaml', capacity: '12', reserve: '0', mode: 'report' }),
      ),
    ).toEqual({ sessionsFile: 'ops/s.yaml', capacity: 12, reserve: 0, mode: 'report' });
  });

  it.each([
    [{ capacity: 'many' }, 'input "capacity" must be a whole number, got "many"'],
    [{ capacity: '0' }, 'input "capacity" must be 1 or more, got "0"'],
    [{ reserve: '-1' }, 'input "reserve" must be a whole number, got "-1"'],
    [{ mode: 'enfroce' }, 'input "mode" must be "report" or "enforce", got "enfroce"'],
  ])('a bad input %j names the input and the fix', (values, message) => {
    expect(() => getInputs(reader(values))).toThrow(message);
    expect(() => getInputs(reader(values))).toThrow('Fix the `with:` block of the step.');
  });
});
