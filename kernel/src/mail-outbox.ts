import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './logger.js';
import type { MailMessage, MailTransport } from './mail.js';

/** A mail taken from the outbox for one delivery attempt. */
export interface OutgoingMail extends MailMessage {
  id: string;
  attempts: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * A subgraph's `<schema>.mail_outbox` table. A mail is inserted by the transaction that decides to
 * send it, so it goes out if and only if that transaction commits, and is delivered afterwards
 * by a `MailDispatcher`. The table is created by the subgraph's own migration.
 */
export class MailOutbox {
  private readonly table: string;

  constructor(private readonly em: EntityManager, schema: string) {
    if (!SCHEMA_NAME.test(schema)) throw new Error(`Not a schema name: ${schema}`);
    this.table = `${schema}.mail_outbox`;
  }

  async enqueue(message: MailMessage, now: Date): Promise<string> {
    const id = randomUUID();
    await this.em.execute(
      `insert into ${this.table} (id, recipient, subject, body, created_at, attempts, next_attempt_at) values (?, ?, ?, ?, ?, 0, ?)`,
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
      `update ${this.table} set attempts = attempts + 1, next_attempt_at = ?
        where id in (select id from ${this.table}
                      where sent_at is null and next_attempt_at <= ? and attempts < ?
                      order by next_attempt_at limit ? for update skip locked)
        returning id, recipient, subject, body, attempts`,
      [new Date(now.getTime() + leaseMs), now, maxAttempts, limit],
    );
    return rows.map((row) => ({ id: row.id, to: row.recipient, subject: row.subject, text: row.body, attempts: Number(row.attempts) }));
  }

  /**
   * Records a delivery and blanks the body: it carries live links (reset, verification, invitation
   * tokens), and once the mail is out nobody needs it, least of all someone reading the database.
   */
  async markSent(id: string, now: Date): Promise<void> {
    await this.em.execute(`update ${this.table} set sent_at = ?, last_error = null, body = '' where id = ? and sent_at is null`, [now, id]);
  }

  /** Records a failed attempt; on the last one the body is blanked too, since no attempt will need it. */
  async markFailed(id: string, error: string, retryAt: Date, giveUp = false): Promise<void> {
    await this.em.execute(
      `update ${this.table} set last_error = ?, next_attempt_at = ?, body = case when ? then '' else body end where id = ?`,
      [error.slice(0, 500), retryAt, giveUp, id],
    );
  }

  /** Drops delivered mail older than `before` (its links have expired by then). */
  async purgeSentBefore(before: Date): Promise<void> {
    await this.em.execute(`delete from ${this.table} where sent_at is not null and sent_at < ?`, [before]);
  }
}

export interface MailDispatcherOptions {
  /** The subgraph's schema, which holds its `mail_outbox` table. */
  schema: string;
  /** A fresh entity manager for each delivery round. */
  fork: () => EntityManager;
  transport: MailTransport;
  logger: Logger;
  /** How long the record of a delivered mail (recipient, subject, times; the body is blanked on delivery) is kept. */
  keepSentMs: number;
  pollIntervalMs?: number;
}

const BATCH_SIZE = 20;
const LEASE_MS = 60_000;
const MAX_ATTEMPTS = 8;

/**
 * Delivers one subgraph's outbox through the mail transport: at once when a request commits a
 * mail (`wake`), and on a timer for retries (exponential back-off, at most 8 attempts) and for
 * mail other replicas wrote. At most one delivery round runs at a time in a process.
 */
export class MailDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> | null = null;
  private pending = false;
  private stopped = false;

  constructor(private readonly options: MailDispatcherOptions) {}

  start(): void {
    this.timer = setInterval(() => this.wake(), this.options.pollIntervalMs ?? 15_000);
    this.timer.unref();
    this.wake();
  }

  /** Starts a delivery round soon; a wake during a round makes another round follow it. */
  wake(): void {
    if (this.stopped) return;
    if (this.round) {
      this.pending = true;
      return;
    }
    this.round = this.deliver()
      .catch((error: unknown) => this.options.logger.error({ err: error }, 'Mail delivery round failed'))
      .finally(() => {
        this.round = null;
        if (this.pending) {
          this.pending = false;
          this.wake();
        }
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.round;
    await this.options.transport.close();
  }

  private async deliver(): Promise<void> {
    const { transport, logger } = this.options;
    const outbox = new MailOutbox(this.options.fork(), this.options.schema);
    for (;;) {
      const batch = await outbox.takeDue(new Date(), BATCH_SIZE, LEASE_MS, MAX_ATTEMPTS);
      for (const mail of batch) {
        try {
          await transport.send(mail);
          await outbox.markSent(mail.id, new Date());
          logger.info('Mail delivered (mailId=%s, via=%s)', mail.id, transport.description);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const giveUp = mail.attempts >= MAX_ATTEMPTS;
          await outbox.markFailed(mail.id, message, new Date(Date.now() + Math.min(3_600_000, 5_000 * 2 ** mail.attempts)), giveUp);
          logger[giveUp ? 'error' : 'warn']({ err: message }, 'Mail delivery failed (mailId=%s, attempt=%d, giveUp=%s)', mail.id, mail.attempts, giveUp);
        }
      }
      if (batch.length < BATCH_SIZE || this.stopped) break;
    }
    await outbox.purgeSentBefore(new Date(Date.now() - this.options.keepSentMs));
  }
}
