// The file system calls the action's and the command's start use, as promises over node:fs's
// callbacks: node:fs/promises loads the readline, REPL-history and watcher internals when it is
// first imported (about 3 ms of a start), and these calls need none of them.
import * as fs from 'node:fs';
import { promisify } from 'node:util';

export const appendFile = promisify(fs.appendFile);
export const mkdir = promisify(fs.mkdir);
export const mkdtemp = promisify(fs.mkdtemp);
export const readFile = promisify(fs.readFile);
export const realpath = promisify(fs.realpath);
export const rename = promisify(fs.rename);
export const stat = promisify(fs.stat);
export const unlink = promisify(fs.unlink);
export const writeFile = promisify(fs.writeFile);
export const open = promisify(fs.open);
export const read = promisify(fs.read);
export const close = promisify(fs.close);
