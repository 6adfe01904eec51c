// Writing a file whole: the action's plan and ledger, the command's --out and convert --force.
import { rename, unlink, writeFile } from './fs-async.js';

/**
 * A temporary file beside `file`, renamed into place: readers see the old file or the new one,
 * never half. The directory must exist.
 */
export async function writeWhole(file: string, text: string): Promise<void> {
  const partial = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(partial, text);
    await rename(partial, file);
  } catch (error) {
    // A full disk, or a directory where the file should be, leaves no half-written file behind.
    await unlink(partial).catch(() => undefined);
    throw error;
  }
}
