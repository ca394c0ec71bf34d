import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger, MailTransport } from '@steward/kernel';
import { MailOutboxRepository } from './mail-outbox.repository.js';

const BATCH = 20;
const LEASE_SECONDS = 60;
const MAX_ATTEMPTS = 8;
/** Sent mail is kept a week (long past every link's lifetime), then dropped. */
const KEEP_SENT_MS = 7 * 86_400_000;

/**
 * Delivers the outbox: woken right after a mail is committed, and on a timer for retries (with
 * exponential back-off) and for mail another replica committed. One drain runs at a time per process.
 */
export class MailDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly fork: () => EntityManager,
    private readonly transport: MailTransport,
    private readonly logger: Logger,
    private readonly pollIntervalMs = 10_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.pollIntervalMs);
    this.timer.unref();
    this.kick();
  }

  /** Asks for a drain soon; calls during a drain make it run once more. */
  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain()
      .catch((error: unknown) => this.logger.error({ err: error }, 'Mail outbox drain failed'))
      .finally(() => {
        this.draining = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.draining;
    await this.transport.close();
  }

  private async drain(): Promise<void> {
    const outbox = new MailOutboxRepository(this.fork());
    for (;;) {
      const now = new Date();
      const batch = await outbox.claimDue(now, BATCH, LEASE_SECONDS, MAX_ATTEMPTS);
      for (const mail of batch) {
        try {
          await this.transport.send(mail);
          await outbox.markSent(mail.id, new Date());
          this.logger.info('Mail delivered (mailId=%s, via=%s)', mail.id, this.transport.description);
        } catch (error) {
          const retryAt = new Date(Date.now() + Math.min(3_600_000, 2 ** mail.attempts * 5_000));
          const message = error instanceof Error ? error.message : String(error);
          await outbox.markFailed(mail.id, message, retryAt);
          const last = mail.attempts >= MAX_ATTEMPTS;
          this.logger[last ? 'error' : 'warn']({ err: message }, 'Mail delivery failed (mailId=%s, attempt=%d, giveUp=%s)', mail.id, mail.attempts, last);
        }
      }
      if (batch.length < BATCH || this.stopped) break;
    }
    await outbox.purgeSent(new Date(Date.now() - KEEP_SENT_MS));
  }
}
