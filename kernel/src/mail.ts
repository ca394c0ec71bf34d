import nodemailer, { type Transporter } from 'nodemailer';
import { z } from 'zod';
import type { Logger } from './logger.js';

/** One plain-text mail. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Delivers a mail, or throws so the caller can retry later. */
export interface MailTransport {
  /** Where mail goes, for log lines (never contains credentials). */
  readonly description: string;
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

/** Variables of a process that sends mail. */
export const mailEnvShape = {
  /** `smtp://user:pass@host:587` or `smtps://…`; when unset, mail is written to the log instead. */
  SMTP_URL: z.string().url().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  /** The From header of every mail. */
  MAIL_FROM: z.string().min(3).default('Steward <no-reply@steward.localhost>'),
};

/** Delivers through an SMTP server (nodemailer); the URL carries host, port, TLS and credentials. */
export class SmtpMailTransport implements MailTransport {
  readonly description: string;
  private readonly transporter: Transporter;

  constructor(url: string, private readonly from: string) {
    const parsed = new URL(url);
    // Only scheme, host and port: the URL's user and password must never reach a log line.
    this.description = `${parsed.protocol}//${parsed.hostname}:${parsed.port || (parsed.protocol === 'smtps:' ? 465 : 587)}`;
    this.transporter = nodemailer.createTransport(url);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}

/**
 * Writes each mail to the log at info level instead of sending it, so someone running Steward
 * locally without a mail server can still follow a verification or reset link. With
 * `includeBody: false` (production without SMTP) only the recipient and subject are logged:
 * links carry live tokens, which must not sit in production logs.
 */
export class LogMailTransport implements MailTransport {
  readonly description = 'the log';

  constructor(private readonly logger: Logger, private readonly options: { includeBody: boolean }) {}

  async send(message: MailMessage): Promise<void> {
    if (this.options.includeBody) {
      this.logger.info({ mail: { to: message.to, subject: message.subject, text: message.text } }, 'Mail written to the log because SMTP_URL is unset (to=%s, subject=%s)', message.to, message.subject);
    } else {
      this.logger.warn('Mail dropped: SMTP_URL is unset in production (to=%s, subject=%s)', message.to, message.subject);
    }
  }

  async close(): Promise<void> {}
}

/** SMTP when `SMTP_URL` is set, otherwise the log (bodies included outside production). */
export function createMailTransport(options: { smtpUrl?: string; from: string; logger: Logger; production: boolean }): MailTransport {
  if (options.smtpUrl) return new SmtpMailTransport(options.smtpUrl, options.from);
  if (options.production) options.logger.warn('SMTP_URL is unset: mail will not be delivered, and its links are not logged in production');
  return new LogMailTransport(options.logger, { includeBody: !options.production });
}
