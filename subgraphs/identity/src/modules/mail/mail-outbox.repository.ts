import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MailMessage } from '@steward/kernel';

/** A mail claimed for delivery. */
export interface ClaimedMail extends MailMessage {
  id: string;
  attempts: number;
}

/** The outbox table: mail is written in the transaction that decided to send it, delivered later. */
export class MailOutboxRepository {
  constructor(private readonly em: EntityManager) {}

  async enqueue(message: MailMessage, now = new Date()): Promise<string> {
    const id = randomUUID();
    await this.em.execute(
      `insert into identity.mail_outbox (id, recipient, subject, body, created_at, attempts, next_attempt_at)
       values (?, ?, ?, ?, ?, 0, ?)`,
      [id, message.to, message.subject, message.text, now, now],
    );
    return id;
  }

  /**
   * Claims up to `limit` due mails by pushing their next attempt `leaseSeconds` ahead. `skip locked`
   * lets several replicas drain one outbox without sending a mail twice.
   */
  async claimDue(now: Date, limit: number, leaseSeconds: number, maxAttempts: number): Promise<ClaimedMail[]> {
    const rows = await this.em.execute<{ id: string; recipient: string; subject: string; body: string; attempts: number }[]>(
      `update identity.mail_outbox set attempts = attempts + 1, next_attempt_at = ?
        where id in (
          select id from identity.mail_outbox
           where sent_at is null and next_attempt_at <= ? and attempts < ?
           order by created_at limit ? for update skip locked)
        returning id, recipient, subject, body, attempts`,
      [new Date(now.getTime() + leaseSeconds * 1000), now, maxAttempts, limit],
    );
    return rows.map((row) => ({ id: row.id, to: row.recipient, subject: row.subject, text: row.body, attempts: Number(row.attempts) }));
  }

  async markSent(id: string, now: Date): Promise<void> {
    await this.em.execute('update identity.mail_outbox set sent_at = ?, last_error = null where id = ?', [now, id]);
  }

  async markFailed(id: string, error: string, retryAt: Date): Promise<void> {
    await this.em.execute('update identity.mail_outbox set last_error = ?, next_attempt_at = ? where id = ?', [error.slice(0, 500), retryAt, id]);
  }

  /** Drops delivered mail older than `before`; the links in it expired long ago. */
  async purgeSent(before: Date): Promise<void> {
    await this.em.execute('delete from identity.mail_outbox where sent_at is not null and sent_at < ?', [before]);
  }
}
