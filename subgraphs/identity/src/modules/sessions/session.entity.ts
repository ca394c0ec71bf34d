import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * One signed-in device. The refresh token is opaque to clients and only its SHA-256 is kept;
 * every refresh replaces it. `familyId` ties together the sessions descended from one login.
 */
export const SessionSchema = defineEntity({
  name: 'Session',
  tableName: 'sessions',
  properties: (p) => ({
    id: p.uuid().primary(),
    userId: p.uuid(),
    familyId: p.uuid(),
    refreshTokenHash: p.string().length(64).hidden(),
    userAgent: p.text().nullable(),
    ip: p.text().nullable(),
    createdAt: p.datetime(),
    lastSeenAt: p.datetime(),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    revokedReason: p.text().nullable(),
  }),
});
export type Session = InferEntity<typeof SessionSchema>;
