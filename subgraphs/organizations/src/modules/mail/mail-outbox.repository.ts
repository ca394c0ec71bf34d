import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MailMessage } from '@steward/kernel';

/** A mail taken from the outbox for one delivery attempt. */
export interface OutgoingMail extends MailMessage {
  id: string;
  attempts: number;
}

/**
 * The outbox: a mail is inserted by the transaction that decides to send it (so it is sent if and
 * only if that transaction commits) and delivered afterwards by the `MailDispatcher`.
 */
export class MailOutboxRepository {
  constructor(private readonly em: EntityManager) {}

  async enqueue(message: MailMessage, now: Date): Promise<string> {
    const id = randomUUID();
    await this.em.execute(
      `insert into organizations.mail_outbox (id, recipient, subject, body, created_at, attempts, next_attempt_at)
       values (?, ?, ?, ?, ?, 0, ?)`,
      [id, message.to, message.subject, message.text, now, now],
    );
    return id;
  }

  /**
   * Takes up to `limit` due mails and moves their next attempt `leaseMs` ahead, so a crash mid-send
   * retries later. `skip locked` lets replicas share one outbox without sending a mail twice.
   */
  async takeDue(now: Date, limit: number, leaseMs: number, maxAttempts: number): Promise<OutgoingMail[]> {
    const rows = await this.em.execute<{ id: string; recipient: string; subject: string; body: string; attempts: number }[]>(
      `update organizations.mail_outbox set attempts = attempts + 1, next_attempt_at = ?
        where id in (select id from organizations.mail_outbox
                      where sent_at is null and next_attempt_at <= ? and attempts < ?
                      order by next_attempt_at limit ? for update skip locked)
        returning id, recipient, subject, body, attempts`,
      [new Date(now.getTime() + leaseMs), now, maxAttempts, limit],
    );
    return rows.map((row) => ({ id: row.id, to: row.recipient, subject: row.subject, text: row.body, attempts: Number(row.attempts) }));
  }

  async markSent(id: string, now: Date): Promise<void> {
    await this.em.execute('update organizations.mail_outbox set sent_at = ?, last_error = null where id = ?', [now, id]);
  }

  async markFailed(id: string, error: string, retryAt: Date): Promise<void> {
    await this.em.execute('update organizations.mail_outbox set last_error = ?, next_attempt_at = ? where id = ?', [error.slice(0, 500), retryAt, id]);
  }

  /** Drops delivered mail older than `before` (its links have expired by then). */
  async purgeSentBefore(before: Date): Promise<void> {
    await this.em.execute('delete from organizations.mail_outbox where sent_at is not null and sent_at < ?', [before]);
  }
}
