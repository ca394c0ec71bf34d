import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { onlyIds, placeholders } from '@steward/kernel';
import type { MfaSecrets } from './mfa-secrets.js';

/** A user's TOTP credential; `confirmedAt` null means enrolment is pending. */
export interface TotpCredential {
  userId: string;
  secret: string;
  confirmedAt: Date | null;
  lastUsedStep: number | null;
}

/** TOTP credentials (sealed) and backup codes (keyed hashes only). */
export class MfaRepository {
  /** `secrets` may be left out by callers that only ask whether MFA is on. */
  constructor(private readonly em: EntityManager, private readonly secrets: MfaSecrets | null = null) {}

  private requireSecrets(): MfaSecrets {
    if (!this.secrets) throw new Error('MfaRepository needs MfaSecrets to read or write TOTP secrets and backup codes.');
    return this.secrets;
  }

  /** The credential with its secret opened; a secret that does not open (wrong key, tampered row) is an error, not "no MFA". */
  async findTotp(userId: string): Promise<TotpCredential | null> {
    const [row] = await this.em.execute<{ user_id: string; secret: string; confirmed_at: Date | string | null; last_used_step: string | number | null }[]>(
      'select user_id, secret, confirmed_at, last_used_step from identity.totp_credentials where user_id = ?',
      [userId],
    );
    if (!row) return null;
    const secret = this.requireSecrets().openTotpSecret(row.secret, row.user_id);
    if (secret === null) throw new Error(`The TOTP secret of user ${row.user_id} does not open with IDENTITY_ENCRYPTION_KEY.`);
    return {
      userId: row.user_id,
      secret,
      confirmedAt: row.confirmed_at ? new Date(row.confirmed_at) : null,
      lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step),
    };
  }

  /** The users (of these) that have a confirmed TOTP credential, each mapped to true; values that are not ids match nothing. */
  async enabledAmong(userIds: readonly string[]): Promise<Map<string, boolean>> {
    const ids = onlyIds(userIds);
    if (!ids.length) return new Map();
    const rows = await this.em.execute<{ user_id: string }[]>(
      `select user_id from identity.totp_credentials where user_id in (${placeholders(ids)}) and confirmed_at is not null`,
      ids,
    );
    return new Map(rows.map((row) => [row.user_id, true]));
  }

  /** Starts (or restarts) an enrolment; refuses (false) while a confirmed credential exists. */
  async startEnrolment(userId: string, secret: string, now: Date): Promise<boolean> {
    const rows = await this.em.execute<{ user_id: string }[]>(
      `insert into identity.totp_credentials (user_id, secret, created_at) values (?, ?, ?)
       on conflict (user_id) do update set secret = excluded.secret, created_at = excluded.created_at, last_used_step = null
        where identity.totp_credentials.confirmed_at is null
       returning user_id`,
      [userId, this.requireSecrets().sealTotpSecret(secret, userId), now],
    );
    return rows.length > 0;
  }

  /** Seals TOTP secrets still stored in plain text (written before sealing existed); returns how many. */
  async sealPlaintextSecrets(): Promise<number> {
    const secrets = this.requireSecrets();
    const rows = await this.em.execute<{ user_id: string; secret: string }[]>(`select user_id, secret from identity.totp_credentials where secret not like 'v1.%'`);
    for (const row of rows) {
      // Only if unchanged since read, so a concurrent enrolment is never overwritten with an old secret.
      await this.em.execute('update identity.totp_credentials set secret = ? where user_id = ? and secret = ?', [
        secrets.sealTotpSecret(row.secret, row.user_id),
        row.user_id,
        row.secret,
      ]);
    }
    return rows.length;
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

  /** Replaces the user's backup codes with new ones (their keyed hashes). */
  async replaceBackupCodes(userId: string, codes: string[], now: Date): Promise<void> {
    const secrets = this.requireSecrets();
    await this.em.execute('delete from identity.backup_codes where user_id = ?', [userId]);
    for (const code of codes) {
      await this.em.execute('insert into identity.backup_codes (id, user_id, code_hash, keyed, created_at) values (?, ?, ?, true, ?)', [
        randomUUID(),
        userId,
        secrets.backupCodeHash(code),
        now,
      ]);
    }
  }

  async removeBackupCodes(userId: string): Promise<void> {
    await this.em.execute('delete from identity.backup_codes where user_id = ?', [userId]);
  }

  /**
   * Uses a backup code up; of two concurrent uses exactly one succeeds. Returns the codes left, or null.
   * Codes issued before keyed hashing (`keyed` false) still match their old unkeyed hash until replaced.
   */
  async useBackupCode(userId: string, code: string, now: Date): Promise<number | null> {
    const secrets = this.requireSecrets();
    const rows = await this.em.execute<{ id: string }[]>(
      `update identity.backup_codes set used_at = ?
        where user_id = ? and used_at is null and ((keyed and code_hash = ?) or (not keyed and code_hash = ?))
        returning id`,
      [now, userId, secrets.backupCodeHash(code), secrets.legacyBackupCodeHash(code)],
    );
    if (!rows.length) return null;
    const [left] = await this.em.execute<{ n: string | number }[]>('select count(*) as n from identity.backup_codes where user_id = ? and used_at is null', [userId]);
    return Number(left?.n ?? 0);
  }
}
