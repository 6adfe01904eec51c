// Where the Jules API is, and which addresses the key may be sent to: read with the inputs on
// every run, apart from the client, which only a run with a key loads.

export const DEFAULT_JULES_API_URL = 'https://jules.googleapis.com/v1alpha';

/**
 * Why a Jules API address cannot be used, or undefined. The key must travel encrypted: plain
 * http only to this machine (a local proxy, or a test's fake).
 */
export function julesUrlProblem(url: string): string | undefined {
  if (!URL.canParse(url)) return 'must be a URL';
  const { protocol, hostname } = new URL(url);
  if (protocol === 'https:') return undefined;
  if (protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname)) {
    return undefined;
  }
  return 'must be an https URL (plain http only to 127.0.0.1 or localhost), so the key travels encrypted';
}
