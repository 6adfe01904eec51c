// What a failed fetch means, in words: a request that never reached the server has no HTTP
// status, so it is never reported as one. Shared by the GitHub and the Jules seams.
import type { Surface } from './surface.js';

/** What each seam to a web service is given: where it is, how messages name it, and its I/O. */
export interface ServiceOptions<Timing> {
  apiUrl: string;
  /** How messages name the secret and the address: the action's inputs or the CLI's variables. */
  surface: Surface;
  /** Replaced by tests; the global fetch otherwise. */
  fetch?: typeof fetch;
  timing?: Partial<Timing>;
  /** Where retries and waits are reported. */
  log?: (message: string) => void;
}

/** Why fetch could not reach a server, or undefined when `error` is not a network failure. */
export function networkCause(error: unknown): string | undefined {
  if (!(error instanceof TypeError)) return undefined;
  const cause = (error as { cause?: unknown }).cause;
  if (!(cause instanceof Error)) return undefined;
  const code = (cause as { code?: unknown }).code;
  const detail = typeof code === 'string' ? code : cause.message;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host name does not resolve (${detail})`;
    case 'ECONNREFUSED':
      return `the connection was refused (${detail})`;
    case 'ECONNRESET':
      return `the connection was reset (${detail})`;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `the connection timed out (${detail})`;
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return `its TLS certificate was not accepted (${detail})`;
    default:
      // fetch refuses some ports outright (6000, 1, …) with a bare "bad port".
      if (cause.message === 'bad port') return 'fetch refuses to connect to that port (bad port)';
      return detail || 'network error';
  }
}

/** Retries of a request that never reached its server: a wrong address does not mend in a minute. */
export const NETWORK_RETRIES = 2;

/** The wait before network retry `attempt` (0 first): a quarter of the backoff unit, then half. */
export function networkRetryWait(backoffMs: number, attempt: number): number {
  return (backoffMs / 4) * (attempt + 1);
}

/** The host (and port, when it is not the scheme's own) a URL points at, for messages. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
