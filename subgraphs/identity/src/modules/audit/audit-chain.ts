import { createHash } from 'node:crypto';

/** The `prev_hash` of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** Everything a chained event's hash covers. */
export interface AuditEventContent {
  seq: number;
  id: string;
  type: string;
  userId: string | null;
  actorId: string | null;
  sessionId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
  occurredAt: Date;
}

/** JSON with object keys sorted at every level, so equal content always hashes equally (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The event's hash: SHA-256 over the previous event's hash and this event's canonical content.
 * Changing, removing or reordering any earlier event changes every hash after it.
 */
export function hashAuditEvent(prevHash: string, event: AuditEventContent): string {
  const content = canonicalJson([
    event.seq,
    event.id,
    event.type,
    event.userId,
    event.actorId,
    event.sessionId,
    event.ip,
    event.userAgent,
    event.details,
    event.occurredAt.toISOString(),
  ]);
  return createHash('sha256').update(`${prevHash}\n${content}`).digest('hex');
}
