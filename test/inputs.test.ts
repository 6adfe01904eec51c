import { afterEach, describe, expect, it, vi } from 'vitest';
import { getInputs } from '../src/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('action inputs', () => {
  it('defaults: sessions.yaml, enforce, no overrides', () => {
    expect(getInputs(reader({}))).toEqual({
      sessionsFile: 'sessions.yaml',
      mode: 'enforce',
      onApiError: 'warn',
      ledger: { kind: 'artifact' },
      coldAfterSweeps: 2,
      coldAfterHours: 48,
      failOn: [
        'capacity-hard',
        'cold-category',
        'schema',
        'new-session-at-capacity',
        'daily-quota',
      ],
      failOnExisting: false,
      artifactName: 'session-sweeper-plan',
      stalePromptDays: 30,
      julesApiUrl: 'https://jules.googleapis.com/v1alpha',
      maxFileSize: 2 * 1024 * 1024,
      dispatch: 'off',
      dispatchArchive: true,
      unexpanded: {},
    });
  });

  it('dispatch is off unless asked for; dry-run and on are taken in any case, anything else is refused', () => {
    expect(getInputs(reader({ dispatch: 'Dry-Run' })).dispatch).toBe('dry-run');
    expect(getInputs(reader({ dispatch: 'on', 'dispatch-max': '2' })).dispatchMax).toBe(2);
    expect(() => getInputs(reader({ dispatch: 'yes' }))).toThrow(
      'input "dispatch" must be "off", "dry-run" or "on", got "yes"',
    );
    expect(() => getInputs(reader({ 'dispatch-max': '0' }))).toThrow(
      'input "dispatch-max" must be 1 or more',
    );
  });

  it('jules-api-key is read from the step; the key goes only to an https jules-api-url', () => {
    const inputs = getInputs(reader({ 'jules-api-key': 'jk-secret-1' }));
    expect(inputs.julesApiKey).toBe('jk-secret-1');
    for (const url of ['http://jules.example.test/v1alpha', 'ftp://example.test', 'nowhere']) {
      expect(() => getInputs(reader({ 'jules-api-key': 'k', 'jules-api-url': url }))).toThrow(
        `input "jules-api-url" must be`,
      );
    }
    expect(
      getInputs(reader({ 'jules-api-key': 'k', 'jules-api-url': 'http://127.0.0.1:9/v1alpha' }))
        .julesApiUrl,
    ).toBe('http://127.0.0.1:9/v1alpha');
    // Without a key nothing is sent, so the address is not judged.
    expect(getInputs(reader({ 'jules-api-url': 'http://x.test' })).julesApiKey).toBeUndefined();
  });

  it('reads overrides as whole numbers', () => {
    expect(
      getInputs(
        reader({ 'sessions-file': 'ops/s.yaml', capacity: '12', reserve: '0', mode: 'report' }),
      ),
    ).toMatchObject({
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
    [
      { capacity: '99999999999999999999' },
      'input "capacity" must be 9007199254740991 or fewer, got "99999999999999999999"',
    ],
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

  it('an unexpanded ${{ }} in a credential drops it with a reason; the value is never kept', () => {
    const inputs = getInputs(
      reader({ 'github-token': '${{ github.token }}', 'jules-api-key': '${{ secrets.K }}' }),
    );
    expect(inputs.githubToken).toBeUndefined();
    expect(inputs.julesApiKey).toBeUndefined();
    expect(Object.keys(inputs.unexpanded)).toEqual(['github-token', 'jules-api-key']);
    expect(JSON.stringify(inputs)).not.toContain('${{');
  });

  it('an unexpanded jules-api-url keeps the key from being sent anywhere, the default address included', () => {
    const inputs = getInputs(
      reader({ 'jules-api-key': 'jk-real', 'jules-api-url': '${{ vars.JULES_URL }}' }),
    );
    expect(inputs.julesApiKey).toBeUndefined();
    expect(inputs.unexpanded['jules-api-url']).toContain('so the key was sent nowhere');
    expect(getInputs(reader({ 'jules-api-url': '${{ vars.X }}' })).unexpanded).toEqual({});
  });

  it('an unexpanded ${{ }} in any other input is an error naming the input', () => {
    expect(() => getInputs(reader({ capacity: '${{ vars.CAPACITY }}' }))).toThrow(
      'input "capacity" holds an expression the runner did not expand, got "${{ vars.CAPACITY }}"',
    );
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

describe('rails and ledger inputs', () => {
  it('fail-on takes rail ids; fail-on-existing a boolean; ledger artifact, off or a path', () => {
    const inputs = getInputs(
      reader({
        'fail-on': 'capacity, stalled',
        'fail-on-existing': 'true',
        ledger: '.sweeper/ledger.json',
      }),
    );
    expect(inputs).toMatchObject({
      failOn: ['capacity', 'stalled'],
      failOnExisting: true,
      ledger: { kind: 'file', path: '.sweeper/ledger.json' },
    });
    expect(getInputs(reader({ ledger: 'off' })).ledger).toEqual({ kind: 'off' });
  });

  it('an unknown rail in fail-on names the rails and the nearest one', () => {
    expect(() => getInputs(reader({ 'fail-on': 'capacity-hrad' }))).toThrow(
      'input "fail-on" names no rail "capacity-hrad" (did you mean "capacity-hard"?)',
    );
  });

  it('cold-after-sweeps and cold-after-hours are whole numbers', () => {
    expect(getInputs(reader({ 'cold-after-sweeps': '3', 'cold-after-hours': '24' }))).toMatchObject(
      {
        coldAfterSweeps: 3,
        coldAfterHours: 24,
      },
    );
    expect(() => getInputs(reader({ 'cold-after-sweeps': '0' }))).toThrow(
      'input "cold-after-sweeps" must be 1 or more',
    );
  });
});

describe('copilot-token', () => {
  const token = 'github_pat_11AAinputsCopilot';
  afterEach(() => {
    vi.restoreAllMocks();
  });
  /** What getInputs writes to the log, and what it returned or threw. */
  function logged(values: Record<string, string>) {
    let log = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      log += String(chunk);
      return true;
    });
    let error: unknown;
    try {
      getInputs(reader(values));
    } catch (e) {
      error = e;
    }
    vi.restoreAllMocks();
    return { log, error };
  }

  it('is read from the step and masked in the log', () => {
    expect(getInputs(reader({ 'copilot-token': ` ${token}\n` })).copilotToken).toBe(token);
    const { log } = logged({ 'copilot-token': token });
    expect(log).toContain(`::add-mask::${token}`);
    expect(log.replace(`::add-mask::${token}`, '')).not.toContain(token);
  });

  it('empty means no Copilot tasks are read', () => {
    expect(getInputs(reader({ 'copilot-token': '' })).copilotToken).toBeUndefined();
    expect(getInputs(reader({})).copilotToken).toBeUndefined();
  });

  it('is never echoed in an input error, and is masked before the error is raised', () => {
    const { log, error } = logged({ 'copilot-token': token, capacity: 'many', mode: 'loud' });
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('input "capacity" must be a whole number, got "many"');
    expect(message).not.toContain(token);
    expect(log).toContain(`::add-mask::${token}`);
  });

  it('an unexpanded ${{ secrets.X }} is dropped with the reason, and nothing is masked or kept', () => {
    const { log } = logged({ 'copilot-token': '${{ secrets.COPILOT_TOKEN }}' });
    const inputs = getInputs(reader({ 'copilot-token': '${{ secrets.COPILOT_TOKEN }}' }));
    expect(inputs.copilotToken).toBeUndefined();
    expect(inputs.unexpanded['copilot-token']).toBe(
      "the copilot-token input holds an expression the runner did not expand, so it was sent nowhere and the sweep goes on without Copilot's tasks",
    );
    expect(JSON.stringify(inputs)).not.toContain('${{');
    expect(log).not.toContain('::add-mask::');
  });
});

describe('max-file-size', () => {
  it.each([
    ['2097152', 2097152],
    ['512KiB', 512 * 1024],
    ['64 MiB', 64 * 1024 * 1024],
    ['8mib', 8 * 1024 * 1024],
  ])('reads %j as %i bytes', (text, bytes) => {
    expect(getInputs(reader({ 'max-file-size': text })).maxFileSize).toBe(bytes);
  });

  it.each(['2MB', '0', '-1', '1.5MiB', 'lots'])('refuses %j, naming the units', (text) => {
    expect(() => getInputs(reader({ 'max-file-size': text }))).toThrow(
      `input "max-file-size" must be a size in bytes, or with a KiB or MiB suffix (such as 8MiB), got "${text}"`,
    );
  });
});
