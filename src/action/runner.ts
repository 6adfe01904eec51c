// The runner's protocol for a JavaScript action, as @actions/core 3 speaks it, byte for byte:
// inputs from INPUT_* variables, outputs appended to the GITHUB_OUTPUT file between a random
// delimiter, workflow commands on stdout with the toolkit's escaping, and the exit code.
// @actions/core imports its OIDC client at load time, and with it @actions/http-client and the
// fetch library under it (about 65 ms under Node 24), though a sweep that makes no request needs
// none of them. test/runner.test.ts runs both on the same calls and compares what they write; the
// delimiter's UUID comes from src/random.ts, which spares the start node:crypto.
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { randomUuid } from '../random.js';

/** Where an annotation points, as @actions/core's AnnotationProperties. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface InputOptions {
  required?: boolean;
  trimWhitespace?: boolean;
}

type CommandProperties = Record<string, string | number | undefined>;

/** The toolkit's toCommandValue: strings as they are, nothing as '', anything else as JSON. */
function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return input as string;
  return JSON.stringify(input);
}

const escapeData = (s: unknown) =>
  toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

const escapeProperty = (s: unknown) =>
  toCommandValue(s)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/:/g, '%3A')
    .replace(/,/g, '%2C');

/** `::name key=value,key=value::message`; a property with an empty value is left out. */
function issueCommand(command: string, properties: CommandProperties, message: unknown): void {
  let text = `::${command}`;
  const set = Object.entries(properties).filter(([, value]) => value);
  if (Object.keys(properties).length > 0) {
    text += ` ${set.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}`;
  }
  process.stdout.write(`${text}::${escapeData(message)}${EOL}`);
}

function toCommandProperties(properties: AnnotationProperties): CommandProperties {
  if (Object.keys(properties).length === 0) return {};
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn,
  };
}

export function getInput(name: string, options?: InputOptions): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  if (options?.trimWhitespace === false) return value;
  return value.trim();
}

/** Appends `name<<delimiter`, the value and the delimiter to GITHUB_OUTPUT; no file, a command. */
export function setOutput(name: string, value: unknown): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
    return;
  }
  const delimiter = `ghadelimiter_${randomUuid()}`;
  const converted = toCommandValue(value);
  // As the toolkit does: a name or value holding the delimiter would end the value early.
  if (name.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (converted.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${converted}${EOL}${delimiter}${EOL}`, {
    encoding: 'utf8',
  });
}

/** The runner masks this value in the log from here on. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/** Fails the step: exit code 1, and the message as an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

const annotation =
  (type: 'error' | 'warning' | 'notice') =>
  (message: string | Error, properties: AnnotationProperties = {}): void => {
    issueCommand(
      type,
      toCommandProperties(properties),
      message instanceof Error ? message.toString() : message,
    );
  };

export const error = annotation('error');
export const warning = annotation('warning');
export const notice = annotation('notice');

export function info(message: string): void {
  process.stdout.write(message + EOL);
}
