import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** A service account's credential. Only the SHA-256 of the secret is stored, plus a short preview. */
export const ApiKeySchema = defineEntity({
  name: 'ApiKey',
  tableName: 'api_keys',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    name: p.string().length(100),
    /** Null once the role was deleted (only possible when the invitation or key no longer works). */
    roleId: p.uuid().nullable(),
    secretHash: p.string().length(64).hidden(),
    secretPreview: p.string().length(12),
    createdBy: p.uuid().nullable(),
    createdAt: p.datetime(),
    expiresAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
  }),
});
export type ApiKey = InferEntity<typeof ApiKeySchema>;

/** Whether the key works at `now`. */
export function isApiKeyActive(key: ApiKey, now: Date): boolean {
  return !key.revokedAt && (!key.expiresAt || key.expiresAt > now);
}
