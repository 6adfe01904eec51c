// The command's help, apart from the command itself: `--help` prints it without loading the rest.

export const USAGE = `Usage:
  session-sweeper [plan] <file> [options]          print the plan for a backlog
  session-sweeper validate <file>                  check a backlog and report every problem
  session-sweeper diff <base-file> <head-file>     judge a change: which findings it introduces
  session-sweeper dispatch <file> [--dry-run]      start the plan's next prompts in Jules (key from
                                                   JULES_API_KEY; see dispatch --help)
  session-sweeper convert <sessions.json>          write the playbook tool's JSON as sessions.yaml
                                                   (--out FILE [--force]; see convert --help)

<file> is a sessions.yaml (version 1) or the playbook tool's JSON array.

Options:
  --capacity N          maximum concurrent sessions (overrides the file; default 15)
  --reserve-slot N      slots kept free for the fast lane (overrides the file; default 1)
  --format F            text (default), json, markdown (the job summary) or updates
                        (a SESSION UPDATE per session)
  --out DIR             also write plan.json, plan.md and session-updates.md there
  --enforce             exit 1 when a rail is broken (diff: when the change introduces one)
  --fail-on RAILS       comma-separated rails that fail (default capacity-hard,
                        cold-category,schema,new-session-at-capacity,daily-quota)
  --ledger FILE         earlier sweeps, for movement-based cold categories and stalls
  --write-ledger FILE   write the ledger with this sweep added
  --cold-after-sweeps N quiet sweeps before a category is cold and a session stalled (default 2)
  --cold-after-hours N  without a ledger yet, the window for movement (default 48)
  --github              add live pull request and check status from GitHub
                        (token from GITHUB_TOKEN; GITHUB_API_URL for GitHub Enterprise Server)
  --jules               add every session of the Jules account, and count slots as Jules
                        does, across its repositories (key from JULES_API_KEY;
                        JULES_API_URL to override https://jules.googleapis.com/v1alpha)
  --copilot             add this repository's GitHub Copilot cloud agent tasks, counted in
                        the slots beside Jules' (a user's token in COPILOT_TOKEN: a
                        fine-grained PAT or GitHub App user token with "Agent tasks")
  --jules-plan PLAN     the Jules plan of the account: free, pro or ultra; capacity is at
                        most its concurrency (with --copilot, Jules' sessions are), and
                        with --jules its daily quota is counted
  --repo OWNER/NAME     the repository: a bare \`pr: 12\` belongs to it, Jules sessions whose
                        source is it are this repository's, and --copilot lists its tasks
                        (default GITHUB_REPOSITORY)
  --max-file-size SIZE  refuse larger backlog files before parsing them, in bytes or with
                        a KiB or MiB suffix (default 2MiB)
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 plan printed, 1 rail broken under --enforce, 2 bad input or usage, or output
that could not be written.
`;
