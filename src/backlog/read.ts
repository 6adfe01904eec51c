// Stage 1, read: a backlog's text from disk, safely (no FIFOs, no links out of the workspace, no
// file past the size limit) and as UTF-8.
import { close, open, read, realpath, stat } from '../fs-async.js';
import { sep } from 'node:path';
import type { Diagnostic } from './model.js';
import * as say from './messages.js';

/** Backlogs are small text files; anything larger is refused before it is parsed, unless raised. */
export const DEFAULT_MAX_BACKLOG_BYTES = 2 * 1024 * 1024;

/** A backlog that cannot be used, with every problem found in it. */
export interface Refusal {
  ok: false;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export const refuse = (errors: Diagnostic[], warnings: Diagnostic[] = []): Refusal => ({
  ok: false,
  errors,
  warnings,
});

export interface ReadOptions {
  /** A file that resolves outside this directory (through a symlink, say) is refused. */
  root?: string;
  /** Larger files are refused before they are read. */
  maxBytes?: number;
  /** How to raise the limit, said in the refusal: the flag or input that sets it. */
  raiseWith?: string;
  /** The repository a bare `pr: 12` belongs to, when known. */
  repository?: RepositoryOfFile;
}

/** The repository the backlog belongs to: `pr: 12` and its URL then name one pull request. */
export interface RepositoryOfFile {
  owner: string;
  repo: string;
}

export type BacklogText = { text: string } | { failure: Refusal; missing: boolean };

/** "2097152", "512KiB", "2 MiB" → bytes; undefined when it is not a size. */
export function parseByteSize(text: string): number | undefined {
  const match = /^\s*(\d+)\s*(B|KiB|MiB)?\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase();
  const bytes = Number(match[1]) * (unit === 'mib' ? 1024 * 1024 : unit === 'kib' ? 1024 : 1);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/** A refusal of the whole file; `inside` places it at the file's first line. */
const problem = (file: string, { message, fix }: say.Wording, inside = false) => ({
  failure: refuse([
    {
      severity: 'error',
      message,
      fix,
      ...(inside ? { location: { file, line: 1, column: 1 } } : {}),
    },
  ]),
  missing: false,
});

/**
 * Text that came another way than from disk (a pull request's files through the API) held to
 * the same limit as a file: over it, refused before it is parsed.
 */
export function backlogTextWithin(
  text: string,
  file: string,
  { maxBytes = DEFAULT_MAX_BACKLOG_BYTES, raiseWith }: Omit<ReadOptions, 'root'> = {},
): BacklogText {
  const bytes = Buffer.byteLength(text);
  if (bytes <= maxBytes) return { text };
  return problem(file, say.tooLarge(file, maxBytes, raiseWith, bytes), true);
}

/** A backlog file's text, read safely; `missing` tells a file that is not there from a bad one. */
export async function readBacklogText(
  path: string,
  file = path,
  { root, maxBytes = DEFAULT_MAX_BACKLOG_BYTES, raiseWith }: ReadOptions = {},
): Promise<BacklogText> {
  let bytes: Buffer;
  try {
    // Checked before opening: opening a FIFO or a device could block or never end.
    const info = await stat(path);
    if (root !== undefined) {
      const [real, top] = await Promise.all([realpath(path), realpath(root)]);
      if (real !== top && !real.startsWith(top.endsWith(sep) ? top : `${top}${sep}`)) {
        return problem(file, say.outsideWorkspace(file));
      }
    }
    if (info.isDirectory()) return problem(file, say.directory(file));
    if (!info.isFile()) return problem(file, say.notRegularFile(file));
    const fd = await open(path, 'r');
    try {
      const tooLarge = (size?: number) =>
        problem(file, say.tooLarge(file, maxBytes, raiseWith, size), true);
      if (info.size > maxBytes) return tooLarge(info.size);
      // Read at most one byte past the limit, whatever stat said: the file may be growing.
      const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
      const { bytesRead } = await read(fd, buffer, 0, buffer.length, 0);
      if (bytesRead > maxBytes) return tooLarge();
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await close(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { ...problem(file, say.notFound(file)), missing: true }
      : problem(file, say.unreadable(file, code));
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return problem(file, say.notUtf8(file), true);
  }
}
