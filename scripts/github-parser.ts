// GitHub's own reading of action.yml and of workflows, through @actions/workflow-parser: the
// template reader the runner loads an action with. The runner parses `${{ }}` in every string of
// action.yml, descriptions included, and refuses to load an action with any template error, so an
// error found here means every `uses:` of the action fails before its code runs.
// The package imports JSON without import attributes: load this module through tsx or a bundler.
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';

export interface ParserProblem {
  file: string;
  /** One-based; absent when GitHub's parser gives no position. */
  line?: number;
  column?: number;
  /** The parser's message without its "file (Line: n, Col: m): " prefix. */
  message: string;
}

interface ParserError {
  message: string;
  rawMessage: string;
  range: { start: { line: number; column: number } } | undefined;
}

/** Where the error is: its range (inside a string, the expression itself), else its prefix. */
function position(error: ParserError): { line: number; column: number } | undefined {
  if (error.range) return error.range.start;
  const prefix = /\(Line: (\d+), Col: (\d+)\)/.exec(error.message);
  return prefix ? { line: Number(prefix[1]), column: Number(prefix[2]) } : undefined;
}

const toProblem = (file: string, error: ParserError): ParserProblem => ({
  file,
  ...position(error),
  message: error.rawMessage,
});

/** Every error GitHub's parser finds in an action file's text. */
export function actionProblems(file: string, content: string): ParserProblem[] {
  const result = parseAction({ name: file, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((error) => toProblem(file, error));
}

/**
 * Every error GitHub's parser finds in a workflow's text: the parse's, then the conversion's
 * (events, jobs, concurrency), which only runs on a workflow that parsed cleanly.
 */
export async function workflowProblems(file: string, content: string): Promise<ParserProblem[]> {
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const problems = parsed.context.errors.getErrors().map((error) => toProblem(file, error));
  if (problems.length > 0 || !parsed.value) return problems;
  const converted = await convertWorkflowTemplate(parsed.context, parsed.value);
  // The conversion reports into the same context, where its errors keep their positions; its own
  // `errors` list holds the same messages as text only, and anything else it has is added as is.
  const located = parsed.context.errors.getErrors().map((error) => toProblem(file, error));
  const seen = new Set(parsed.context.errors.getErrors().map((error) => error.message));
  const unlocated = (converted.errors ?? [])
    .filter((error) => !seen.has(error.Message))
    .map((error) => ({ file, message: error.Message }));
  return [...located, ...unlocated];
}

/** `file:line:column: message`, the form editors and CI link to. */
export function formatProblem(problem: ParserProblem): string {
  const at = problem.line === undefined ? '' : `:${problem.line}:${problem.column ?? 1}`;
  return `${problem.file}${at}: ${problem.message}`;
}
