import { z } from 'zod';
import { defineRoute } from './internal-route.js';

/**
 * The contract between identity, which ends sessions, and every gateway, which must stop honouring
 * their access tokens at once instead of when the tokens expire: identity announces the ids of
 * revoked sessions on the bus, and a gateway that was not listening asks for the recent ones.
 */

/** Topic on which identity announces revoked sessions (see {@link encodeRevokedSessions}). */
export const SESSIONS_REVOKED_TOPIC = 'steward.sessions.revoked';

/** A revoked session, and until when an access token issued for it could still pass its own expiry check. */
export interface RevokedSession {
  id: string;
  /** Past this instant every token of the session has expired anyway, so nobody needs to remember it. */
  until: Date;
}

/**
 * `GET /internal/sessions/revoked`: every session revoked recently enough that one of its access
 * tokens may still be unexpired. A gateway asks when it starts and after its bus reconnects.
 */
export const revokedSessionsRoute = defineRoute({
  owner: 'identity',
  method: 'GET',
  path: '/internal/sessions/revoked',
  input: z.object({}),
  output: z.object({ sessions: z.array(z.object({ id: z.string(), until: z.iso.datetime() })) }),
});

/** Session ids per bus message: a uuid is 36 characters and a NOTIFY payload at most 8000 bytes. */
const IDS_PER_MESSAGE = 150;

/** One or more bus payloads announcing `ids`, each `{"until": ISO, "ids": [...]}`. */
export function encodeRevokedSessions(ids: readonly string[], until: Date): string[] {
  const payloads: string[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_MESSAGE) {
    payloads.push(JSON.stringify({ until: until.toISOString(), ids: ids.slice(start, start + IDS_PER_MESSAGE) }));
  }
  return payloads;
}

const payloadShape = z.object({ until: z.iso.datetime(), ids: z.array(z.string().min(1).max(100)).max(IDS_PER_MESSAGE) });

/** The sessions a bus payload announces; null for a payload of another shape (logged by the caller, never thrown). */
export function decodeRevokedSessions(payload: string): RevokedSession[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return null;
  }
  const result = payloadShape.safeParse(parsed);
  if (!result.success) return null;
  const until = new Date(result.data.until);
  return result.data.ids.map((id) => ({ id, until }));
}
