import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** An invitation bound to one email address. Only the SHA-256 of its token is stored. */
export const InvitationSchema = defineEntity({
  name: 'Invitation',
  tableName: 'invitations',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    email: p.string().length(254),
    /** Null once the role was deleted (only possible when the invitation or key no longer works). */
    roleId: p.uuid().nullable(),
    tokenHash: p.string().length(64).hidden(),
    invitedBy: p.uuid().nullable(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    acceptedAt: p.datetime().nullable(),
    acceptedBy: p.uuid().nullable(),
    revokedAt: p.datetime().nullable(),
  }),
});
export type Invitation = InferEntity<typeof InvitationSchema>;

/** Where an invitation stands at `now`. */
export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';

export function invitationStatus(invitation: Invitation, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'ACCEPTED';
  if (invitation.revokedAt) return 'REVOKED';
  return invitation.expiresAt <= now ? 'EXPIRED' : 'PENDING';
}
