// How a message names a setting: in the words of the place the user set it. A workflow sets the
// action's inputs, a terminal the command's flags and variables; no message names the other's.

export interface Surface {
  /** How to say which repository a bare `pr: 12` belongs to. */
  repository: string;
  /** Where the GitHub token comes from. */
  githubToken: string;
  /** Where the Jules API key comes from. */
  julesKey: string;
  /** Where the Jules API address is set. */
  julesUrl: string;
  /** Where a sweep's capacity is set over the file's. */
  capacity: string;
  /** Where the Jules plan is named. */
  julesPlan: string;
  /** Where the Copilot cloud agent's user token comes from. */
  copilotToken: string;
}

/** The action, run by a workflow: inputs of the step and what the runner sets. */
export const ACTION_SURFACE: Surface = {
  repository:
    'GITHUB_REPOSITORY is not set in this job: write the pull request as owner/repo#12 or its URL',
  githubToken: 'the github-token input',
  julesKey: 'the secret that jules-api-key reads',
  julesUrl: 'jules-api-url',
  capacity: 'the capacity input',
  julesPlan: 'jules-plan',
  copilotToken: 'the secret that copilot-token reads',
};

/** The command line: its flags and environment variables. */
export const CLI_SURFACE: Surface = {
  repository: 'name it with --repo owner/name or GITHUB_REPOSITORY',
  githubToken: 'GITHUB_TOKEN',
  julesKey: 'JULES_API_KEY',
  julesUrl: 'JULES_API_URL',
  capacity: '--capacity',
  julesPlan: '--jules-plan',
  copilotToken: 'COPILOT_TOKEN',
};
