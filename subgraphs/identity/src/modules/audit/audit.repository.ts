import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashAuditEvent, type AuditEventContent } from './audit-chain.js';
import type { AuditEventType } from './audit-event-type.js';

/** An event as stored, with its place in the chain. */
export interface StoredAuditEvent extends AuditEventContent {
  prevHash: string;
  hash: string;
}

/** What a caller supplies; the chain position, id and time are assigned on append. */
export interface NewAuditEvent {
  type: AuditEventType;
  userId?: string | null;
  actorId?: string | null;
  sessionId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  details?: Record<string, unknown>;
}

interface AuditRow {
  seq: string | number;
  id: string;
  type: string;
  user_id: string | null;
  actor_id: string | null;
  session_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: Record<string, unknown> | string;
  occurred_at: Date | string;
  prev_hash: string;
  hash: string;
}

const COLUMNS = 'seq, id, type, user_id, actor_id, session_id, ip, user_agent, details, occurred_at, prev_hash, hash';

function fromRow(row: AuditRow): StoredAuditEvent {
  return {
    // bigint arrives as a string from pg and as a number from PGlite.
    seq: Number(row.seq),
    id: row.id,
    type: row.type,
    userId: row.user_id,
    actorId: row.actor_id,
    sessionId: row.session_id,
    ip: row.ip,
    userAgent: row.user_agent,
    details: typeof row.details === 'string' ? (JSON.parse(row.details) as Record<string, unknown>) : row.details,
    occurredAt: new Date(row.occurred_at),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** The append-only, hash-chained audit table. */
export class AuditRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * Appends one event at the chain's tip. Must run inside a transaction: the head row stays
   * locked until commit, so concurrent appends line up one after another instead of forking.
   */
  async append(event: NewAuditEvent, now: Date): Promise<StoredAuditEvent> {
    const [head] = await this.em.execute<{ last_seq: string | number; last_hash: string }[]>(
      'select last_seq, last_hash from identity.audit_chain_head where id = 1 for update',
    );
    if (!head) throw new Error('The audit chain head row is missing.');
    const content: AuditEventContent = {
      seq: Number(head.last_seq) + 1,
      id: randomUUID(),
      type: event.type,
      userId: event.userId ?? null,
      actorId: event.actorId ?? null,
      sessionId: event.sessionId ?? null,
      ip: event.ip ?? null,
      userAgent: event.userAgent ? event.userAgent.slice(0, 512) : null,
      details: event.details ?? {},
      occurredAt: now,
    };
    const hash = hashAuditEvent(head.last_hash, content);
    await this.em.execute(
      `insert into identity.audit_events (${COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)`,
      [content.seq, content.id, content.type, content.userId, content.actorId, content.sessionId, content.ip, content.userAgent,
        JSON.stringify(content.details), content.occurredAt, head.last_hash, hash],
    );
    await this.em.execute('update identity.audit_chain_head set last_seq = ?, last_hash = ? where id = 1', [content.seq, hash]);
    return { ...content, prevHash: head.last_hash, hash };
  }

  /** A user's events, newest first, strictly before `beforeSeq`; `limit` rows at most. */
  async listForUser(userId: string, limit: number, beforeSeq: number | null): Promise<StoredAuditEvent[]> {
    const rows = await this.em.execute<AuditRow[]>(
      `select ${COLUMNS} from identity.audit_events
        where user_id = ? and (?::bigint is null or seq < ?::bigint)
        order by seq desc limit ?`,
      [userId, beforeSeq, beforeSeq, limit],
    );
    return rows.map(fromRow);
  }

  /** Events in chain order from `fromSeq` on; used by the verifier in batches. */
  async readChain(fromSeq: number, limit: number): Promise<StoredAuditEvent[]> {
    const rows = await this.em.execute<AuditRow[]>(
      `select ${COLUMNS} from identity.audit_events where seq >= ? order by seq limit ?`,
      [fromSeq, limit],
    );
    return rows.map(fromRow);
  }

  async head(): Promise<{ lastSeq: number; lastHash: string }> {
    const [head] = await this.em.execute<{ last_seq: string | number; last_hash: string }[]>(
      'select last_seq, last_hash from identity.audit_chain_head where id = 1',
    );
    return { lastSeq: Number(head?.last_seq ?? 0), lastHash: head?.last_hash ?? '' };
  }
}
