import { Migration } from '@mikro-orm/migrations';

/**
 * Backup codes are stored as HMAC-SHA256 under a key from IDENTITY_ENCRYPTION_KEY. Codes issued
 * before keep their unkeyed SHA-256 (`keyed` false) and still work once each until the user turns
 * MFA off or regenerates them; nothing can re-hash them, the codes themselves are not stored.
 * (Plaintext TOTP secrets are sealed by the subgraph at start, since sealing needs the key.)
 */
export class Migration0005KeyedBackupCodes extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table identity.backup_codes add column keyed boolean not null default false');
  }
}
