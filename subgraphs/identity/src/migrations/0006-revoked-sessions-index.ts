import { Migration } from '@mikro-orm/migrations';

/**
 * Gateways ask for the sessions revoked in the last access-token lifetime when they start (see the
 * kernel's `revokedSessionsRoute`); this index keeps that a range read rather than a scan of every
 * session ever opened.
 */
export class Migration0006RevokedSessionsIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index if not exists sessions_revoked_at on identity.sessions (revoked_at) where revoked_at is not null');
  }
}
