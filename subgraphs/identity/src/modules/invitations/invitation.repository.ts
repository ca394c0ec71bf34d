import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/** An invitation code as stored (the code itself only as a hash). */
export interface InvitationCodeRecord {
  id: string;
  maxUses: number;
  uses: number;
  expiresAt: Date;
  createdAt: Date;
  revokedAt: Date | null;
}

interface Row {
  id: string;
  max_uses: number;
  uses: number;
  expires_at: Date | string;
  created_at: Date | string;
  revoked_at: Date | string | null;
}

const fromRow = (row: Row): InvitationCodeRecord => ({
  id: row.id,
  maxUses: Number(row.max_uses),
  uses: Number(row.uses),
  expiresAt: new Date(row.expires_at),
  createdAt: new Date(row.created_at),
  revokedAt: row.revoked_at ? new Date(row.revoked_at) : null,
});

/** Invitation codes for invitation-only registration. */
export class InvitationRepository {
  constructor(private readonly em: EntityManager) {}

  async add(data: { codeHash: string; createdBy: string; maxUses: number; expiresAt: Date; now: Date }): Promise<InvitationCodeRecord> {
    const [row] = await this.em.execute<Row[]>(
      `insert into identity.invitation_codes (id, code_hash, created_by, max_uses, uses, expires_at, created_at)
       values (?, ?, ?, ?, 0, ?, ?) returning id, max_uses, uses, expires_at, created_at, revoked_at`,
      [randomUUID(), data.codeHash, data.createdBy, data.maxUses, data.expiresAt, data.now],
    );
    return fromRow(row!);
  }

  /**
   * Takes one use of a valid code in a single conditional UPDATE: when a code has one use left and
   * two registrations race, the row lock makes the second re-check `uses < max_uses` and fail.
   * Run it in the registration's transaction, so a failed registration gives the use back.
   */
  async consume(codeHash: string, now: Date): Promise<string | null> {
    const [row] = await this.em.execute<{ id: string }[]>(
      `update identity.invitation_codes set uses = uses + 1
        where code_hash = ? and uses < max_uses and revoked_at is null and expires_at > ?
        returning id`,
      [codeHash, now],
    );
    return row?.id ?? null;
  }

  /** Newest first, strictly after the `(createdAt, id)` key of a page cursor. */
  async list(limit: number, after: { at: Date; id: string } | null): Promise<InvitationCodeRecord[]> {
    const rows = await this.em.execute<Row[]>(
      `select id, max_uses, uses, expires_at, created_at, revoked_at from identity.invitation_codes
        where (?::timestamptz is null or (created_at, id) < (?::timestamptz, ?::uuid))
        order by created_at desc, id desc limit ?`,
      [after?.at ?? null, after?.at ?? null, after?.id ?? null, limit],
    );
    return rows.map(fromRow);
  }

  async revoke(id: string, now: Date): Promise<boolean> {
    const rows = await this.em.execute<{ id: string }[]>(
      'update identity.invitation_codes set revoked_at = ? where id = ? and revoked_at is null returning id',
      [now, id],
    );
    return rows.length > 0;
  }
}
