/**
 * The outbox's own Electron session, used for nothing but bundle uploads (issue P5 item 4).
 * It is in memory only (no cookies or cache on disk) and hardened like every session,
 * with one difference in its request filter: `https:` to the endpoint of an upload in
 * progress, and nothing else. Between uploads it lets nothing through; the renderer's
 * session still cancels every network request.
 */
import type { Session } from 'electron';
import { session } from 'electron';
import type { SessionPolicy } from '../security/hardenSession';
import { hardenSession } from '../security/hardenSession';

/** Not `persist:`-prefixed, so Chromium keeps it in memory. */
export const OUTBOX_PARTITION = 'outbox';
/** A fixed User-Agent: the default one would tell each endpoint the Electron and Chromium versions. */
export const OUTBOX_USER_AGENT = 'Habeas-Outbox/1';

/** Endpoints of uploads in progress (as URL.href), with how many uploads use each. */
const inFlight = new Map<string, number>();

function hrefOf(url: string): string | undefined {
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

/** The outbox session's policy: `https:` to an endpoint in use, nothing else. */
export function outboxSessionPolicy(): SessionPolicy {
  return {
    allowedProtocols: new Set(['https:']),
    allowsUrl: (url) => {
      const href = hrefOf(url);
      return href !== undefined && inFlight.has(href);
    },
  };
}

let outbox: Session | null = null;

/** The outbox session, created and hardened on first use (after the app is ready). */
export function outboxSession(): Session {
  if (outbox === null) {
    const created = session.fromPartition(OUTBOX_PARTITION, { cache: false });
    // `session-created` already gave it the default policy; this replaces its request filter only.
    hardenSession(created, outboxSessionPolicy());
    created.setUserAgent(OUTBOX_USER_AGENT);
    outbox = created;
  }
  return outbox;
}

/**
 * Runs an upload with its endpoint let through the outbox session's filter, and closes
 * it again afterwards, whatever the outcome.
 * @throws TypeError if the endpoint is not a URL (the request schema rules that out)
 */
export async function withEndpointAllowed<T>(endpoint: string, upload: () => Promise<T>): Promise<T> {
  const href = hrefOf(endpoint);
  if (href === undefined) throw new TypeError('withEndpointAllowed: not a URL');
  inFlight.set(href, (inFlight.get(href) ?? 0) + 1);
  try {
    return await upload();
  } finally {
    const left = (inFlight.get(href) ?? 1) - 1;
    if (left === 0) inFlight.delete(href);
    else inFlight.set(href, left);
  }
}
