import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/** A user's TOTP credential; `confirmedAt` null means enrolment is pending. */
export interface TotpCredential {
  userId: string;
  secret: string;
  confirmedAt: Date | null;
  lastUsedStep: number | null;
}

/** TOTP credentials and backup codes (hashes only). */
export class MfaRepository {
  constructor(private readonly em: EntityManager) {}

  async findTotp(userId: string): Promise<TotpCredential | null> {
    const [row] = await this.em.execute<{ user_id: string; secret: string; confirmed_at: Date | string | null; last_used_step: string | number | null }[]>(
      'select user_id, secret, confirmed_at, last_used_step from identity.totp_credentials where user_id = ?',
      [userId],
    );
    if (!row) return null;
    return {
      userId: row.user_id,
      secret: row.secret,
      confirmedAt: row.confirmed_at ? new Date(row.confirmed_at) : null,
      lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step),
    };
  }

  /** Which of the users have a confirmed TOTP credential. */
  async enabledAmong(userIds: readonly string[]): Promise<Set<string>> {
    if (!userIds.length) return new Set();
    const rows = await this.em.execute<{ user_id: string }[]>(
      `select user_id from identity.totp_credentials where user_id in (${userIds.map(() => '?').join(', ')}) and confirmed_at is not null`,
      [...userIds],
    );
    return new Set(rows.map((row) => row.user_id));
  }

  /** Starts (or restarts) an enrolment; refuses (false) while a confirmed credential exists. */
  async startEnrolment(userId: string, secret: string, now: Date): Promise<boolean> {
    const rows = await this.em.execute<{ user_id: string }[]>(
      `insert into identity.totp_credentials (user_id, secret, created_at) values (?, ?, ?)
       on conflict (user_id) do update set secret = excluded.secret, created_at = excluded.created_at, last_used_step = null
        where identity.totp_credentials.confirmed_at is null
       returning user_id`,
      [userId, secret, now],
    );
    return rows.length > 0;
  }

  /** Confirms a pending enrolment with the step its first code came from; false if no longer pending. */
  async confirm(userId: string, step: number, now: Date): Promise<boolean> {
    const rows = await this.em.execute<{ user_id: string }[]>(
      `update identity.totp_credentials set confirmed_at = ?, last_used_step = ?
        where user_id = ? and confirmed_at is null returning user_id`,
      [now, step, userId],
    );
    return rows.length > 0;
  }

  /**
   * Records that the code of `step` was used, only if no code of that step or a later one was:
   * the database decides, so a code cannot be replayed, not even by two requests at once.
   */
  async useStep(userId: string, step: number): Promise<boolean> {
    const rows = await this.em.execute<{ user_id: string }[]>(
      `update identity.totp_credentials set last_used_step = ?
        where user_id = ? and confirmed_at is not null and (last_used_step is null or last_used_step < ?)
        returning user_id`,
      [step, userId, step],
    );
    return rows.length > 0;
  }

  async removeTotp(userId: string): Promise<boolean> {
    const rows = await this.em.execute<{ user_id: string }[]>('delete from identity.totp_credentials where user_id = ? returning user_id', [userId]);
    return rows.length > 0;
  }

  /** Replaces the user's backup codes with new ones (hashes). */
  async replaceBackupCodes(userId: string, codeHashes: string[], now: Date): Promise<void> {
    await this.em.execute('delete from identity.backup_codes where user_id = ?', [userId]);
    for (const codeHash of codeHashes) {
      await this.em.execute('insert into identity.backup_codes (id, user_id, code_hash, created_at) values (?, ?, ?, ?)', [randomUUID(), userId, codeHash, now]);
    }
  }

  async removeBackupCodes(userId: string): Promise<void> {
    await this.em.execute('delete from identity.backup_codes where user_id = ?', [userId]);
  }

  /** Uses a backup code up; of two concurrent uses exactly one succeeds. Returns the codes left, or null. */
  async useBackupCode(userId: string, codeHash: string, now: Date): Promise<number | null> {
    const rows = await this.em.execute<{ id: string }[]>(
      'update identity.backup_codes set used_at = ? where user_id = ? and code_hash = ? and used_at is null returning id',
      [now, userId, codeHash],
    );
    if (!rows.length) return null;
    const [left] = await this.em.execute<{ n: string | number }[]>('select count(*) as n from identity.backup_codes where user_id = ? and used_at is null', [userId]);
    return Number(left?.n ?? 0);
  }
}
