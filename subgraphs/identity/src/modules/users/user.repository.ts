import type { EntityManager } from '@mikro-orm/postgresql';
import { placeholders, runSql, timestampOf } from '@steward/kernel';
import { UserSchema, type User, type UserView } from './user.entity.js';

/** Reads and writes users; emails are compared in their normalised form. */
export class UserRepository {
  constructor(private readonly em: EntityManager) {}

  findById(id: string): Promise<User | null> {
    return this.em.findOne(UserSchema, { id });
  }

  /** The shown part of each user among `ids` (unknown ids are left out), as plain records. */
  async viewsByIds(ids: readonly string[]): Promise<UserView[]> {
    if (!ids.length) return [];
    const rows = await runSql<{ id: string; email: string; name: string; email_verified: boolean; created_at: unknown }>(
      this.em,
      `select id, email, name, email_verified, created_at from identity.users where id in (${placeholders(ids)})`,
      [...ids],
    );
    return rows.map((row) => ({ id: row.id, email: row.email, name: row.name, emailVerified: row.email_verified, createdAt: timestampOf(row.created_at) }));
  }

  findByEmail(normalisedEmail: string): Promise<User | null> {
    return this.em.findOne(UserSchema, { email: normalisedEmail });
  }

  /** Whether any of these (normalised) addresses belongs to an account that verified it. */
  async anyVerifiedAmong(normalisedEmails: readonly string[]): Promise<boolean> {
    if (!normalisedEmails.length) return false;
    return (await this.em.count(UserSchema, { email: { $in: [...normalisedEmails] }, emailVerified: true })) > 0;
  }

  add(data: Pick<User, 'id' | 'email' | 'name' | 'passwordHash'>, now: Date): User {
    return this.em.create(UserSchema, { ...data, emailVerified: false, createdAt: now, updatedAt: now });
  }

  /**
   * Inserts an unverified account unless the address is taken, in one statement whichever it is
   * (the unique index decides, so two concurrent requests cannot both create it). The new id, or null.
   */
  async addUnlessTaken(data: Pick<User, 'id' | 'email' | 'name' | 'passwordHash'>, now: Date): Promise<string | null> {
    const rows = await this.em.execute<{ id: string }[]>(
      `insert into identity.users (id, email, name, password_hash, email_verified, created_at, updated_at)
       values (?, ?, ?, ?, false, ?, ?) on conflict ((lower(email))) do nothing returning id`,
      [data.id, data.email, data.name, data.passwordHash, now, now],
    );
    return rows[0]?.id ?? null;
  }

  /** Stores a new password hash (in this EntityManager's transaction, if any). */
  async setPasswordHash(userId: string, passwordHash: string, now: Date): Promise<void> {
    await this.em.execute('update identity.users set password_hash = ?, updated_at = ? where id = ?', [passwordHash, now, userId]);
  }

  /** Marks the email verified, but only if it is still the address the proof was sent to. */
  async markEmailVerified(userId: string, email: string, now: Date): Promise<boolean> {
    const rows = await this.em.execute<{ id: string }[]>(
      'update identity.users set email_verified = true, updated_at = ? where id = ? and email = ? returning id',
      [now, userId, email],
    );
    return rows.length > 0;
  }
}
