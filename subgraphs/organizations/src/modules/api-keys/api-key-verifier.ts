import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '@steward/kernel';
import { hashApiKeySecret, looksLikeApiKeySecret, sameHash } from './api-key-secrets.js';

/** A working key, as the gateway needs it to build the caller. */
export interface VerifiedApiKey {
  apiKeyId: string;
  organizationId: string;
}

/** `lastUsedAt` is written at most this often per key, so a busy key does not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Checks a presented secret for the gateway (`POST /internal/api-keys/verify`). The lookup is by
 * the secret's SHA-256 (unique index), never by the secret, and the stored hash is compared in
 * constant time. Keys are principals, not tenant data, so this lookup is not tenant-scoped.
 */
export class ApiKeyVerifier {
  constructor(private readonly em: EntityManager, private readonly clock: Clock) {}

  async verify(secret: string): Promise<VerifiedApiKey | null> {
    if (!looksLikeApiKeySecret(secret)) return null;
    const hash = hashApiKeySecret(secret);
    const now = this.clock();
    const rows = await this.em.execute<{ id: string; organization_id: string; secret_hash: string }[]>(
      `select k.id, k.organization_id, k.secret_hash
         from organizations.api_keys k
         join organizations.organizations o on o.id = k.organization_id and o.deleted_at is null
        where k.secret_hash = ? and k.revoked_at is null and (k.expires_at is null or k.expires_at > ?)`,
      [hash, now],
    );
    const row = rows[0];
    if (!row || !sameHash(row.secret_hash, hash)) return null;
    await this.em.execute(
      'update organizations.api_keys set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)',
      [now, row.id, new Date(now.getTime() - TOUCH_INTERVAL_MS)],
    );
    return { apiKeyId: row.id, organizationId: row.organization_id };
  }
}
