import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Invitation tokens are `soi_` and 32 random bytes in base64url; the prefix tells a leaked one apart. */
const PREFIX = 'soi_';
const FORMAT = /^soi_[A-Za-z0-9_-]{43}$/;

export function newInvitationToken(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

/** The only form in which a token is stored. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function looksLikeInvitationToken(value: string): boolean {
  return FORMAT.test(value);
}

/**
 * The one lookup of invitations not limited to a tenant: whoever holds a token may learn which
 * organization it is for, since the token itself is the capability. Everything else goes through
 * the tenant-scoped `InvitationRepository`.
 */
export async function organizationOfToken(em: EntityManager, tokenHash: string): Promise<string | null> {
  const rows = await em.execute<{ organization_id: string }[]>('select organization_id from organizations.invitations where token_hash = ?', [tokenHash]);
  return rows[0]?.organization_id ?? null;
}
