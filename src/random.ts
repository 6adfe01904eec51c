// A random UUID (version 4) without loading node:crypto, whose twenty-odd internal modules cost
// about 9 ms of a start that makes no request: where the system has /dev/urandom (Linux, macOS),
// the kernel's generator, which node:crypto reads too; elsewhere node:crypto's own.
import { closeSync, openSync, readSync } from 'node:fs';

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function kernelBytes(count: number): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    fd = openSync('/dev/urandom', 'r');
    const bytes = new Uint8Array(count);
    let read = 0;
    while (read < count) {
      const got = readSync(fd, bytes, read, count - read, null);
      if (got <= 0) return undefined;
      read += got;
    }
    return bytes;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`, as crypto.randomUUID writes it. */
export function randomUuid(): string {
  const bytes = kernelBytes(16);
  if (!bytes) return globalThis.crypto.randomUUID();
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const h = Array.from(bytes, (byte) => HEX[byte]!);
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10).join('')}`;
}
