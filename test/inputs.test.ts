import { describe, expect, it } from 'vitest';
import { getInputs } from '../src/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('action inputs', () => {
  it('defaults: sessions.yaml, enforce, no overrides', () => {
    expect(getInputs(reader({}))).toEqual({
      sessionsFile: 'sessions.yaml',
      mode: 'enforce',
      onApiError: 'warn',
    });
  });

  it('reads overrides as whole numbers', () => {
    expect(
      getInputs(
        reader({ 'sessions-file': 'ops/s.yaml', capacity: '12', reserve: '0', mode: 'report' }),
      ),
    ).toEqual({
      sessionsFile: 'ops/s.yaml',
      capacity: 12,
      reserve: 0,
      mode: 'report',
      onApiError: 'warn',
    });
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

describe('live status inputs', () => {
  it('reads on-api-error and the token, masking the token in the log', () => {
    const inputs = getInputs(reader({ 'on-api-error': 'fail', 'github-token': 'ghs_secret' }));
    expect(inputs).toMatchObject({ onApiError: 'fail', githubToken: 'ghs_secret' });
  });

  it('an empty token means the plan is made from the file alone', () => {
    expect(getInputs(reader({ 'github-token': '' })).githubToken).toBeUndefined();
  });

  it('a bad on-api-error names the choices', () => {
    expect(() => getInputs(reader({ 'on-api-error': 'ignore' }))).toThrow(
      'input "on-api-error" must be "warn" or "fail", got "ignore"',
    );
  });
});
