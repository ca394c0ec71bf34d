import { Migration } from '@mikro-orm/migrations';

/**
 * Blanks the body of mail delivered before the outbox started doing so itself: those bodies hold
 * reset and verification links that someone with read access to the database could still follow.
 */
export class Migration0003BlankDeliveredMail extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update identity.mail_outbox set body = '' where sent_at is not null and body <> ''`);
  }
}
