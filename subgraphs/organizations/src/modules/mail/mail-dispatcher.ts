import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger, MailTransport } from '@steward/kernel';
import { MailOutboxRepository } from './mail-outbox.repository.js';

const BATCH_SIZE = 20;
const LEASE_MS = 60_000;
const MAX_ATTEMPTS = 8;
/** Invitations live at most 30 days; sent mail is kept a little longer, then dropped. */
const KEEP_SENT_MS = 35 * 86_400_000;

/**
 * Delivers the outbox through the mail transport: at once when a request commits a mail
 * (`wake`), and on a timer for retries (exponential back-off) and for mail other replicas wrote.
 * At most one delivery round runs at a time in a process.
 */
export class MailDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> | null = null;
  private pending = false;
  private stopped = false;

  constructor(
    private readonly fork: () => EntityManager,
    private readonly transport: MailTransport,
    private readonly logger: Logger,
    private readonly pollIntervalMs = 15_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.wake(), this.pollIntervalMs);
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
      .catch((error: unknown) => this.logger.error({ err: error }, 'Mail delivery round failed'))
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
    await this.transport.close();
  }

  private async deliver(): Promise<void> {
    const outbox = new MailOutboxRepository(this.fork());
    for (;;) {
      const batch = await outbox.takeDue(new Date(), BATCH_SIZE, LEASE_MS, MAX_ATTEMPTS);
      for (const mail of batch) {
        try {
          await this.transport.send(mail);
          await outbox.markSent(mail.id, new Date());
          this.logger.info('Mail delivered (mailId=%s, via=%s)', mail.id, this.transport.description);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const giveUp = mail.attempts >= MAX_ATTEMPTS;
          await outbox.markFailed(mail.id, message, new Date(Date.now() + Math.min(3_600_000, 5_000 * 2 ** mail.attempts)));
          this.logger[giveUp ? 'error' : 'warn']({ err: message }, 'Mail delivery failed (mailId=%s, attempt=%d, giveUp=%s)', mail.id, mail.attempts, giveUp);
        }
      }
      if (batch.length < BATCH_SIZE || this.stopped) break;
    }
    await outbox.purgeSentBefore(new Date(Date.now() - KEEP_SENT_MS));
  }
}
