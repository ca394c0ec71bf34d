import { randomUUID } from 'node:crypto';
import { TenantRepository, type Connection, type PageRequest } from '@steward/kernel';
import { InvitationSchema, type Invitation, type InvitationStatus } from './invitation.entity.js';

/** The condition for invitations in `status` at `now`. */
function statusFilter(status: InvitationStatus | null | undefined, now: Date): Record<string, unknown> {
  switch (status) {
    case 'PENDING':
      return { acceptedAt: null, revokedAt: null, expiresAt: { $gt: now } };
    case 'ACCEPTED':
      return { acceptedAt: { $ne: null } };
    case 'REVOKED':
      return { acceptedAt: null, revokedAt: { $ne: null } };
    case 'EXPIRED':
      return { acceptedAt: null, revokedAt: null, expiresAt: { $lte: now } };
    default:
      return {};
  }
}

/** Invitations of the organizations in scope. */
export class InvitationRepository extends TenantRepository {
  findById(id: string): Promise<Invitation | null> {
    return this.findOne(InvitationSchema, { id });
  }

  /** Reads the row again even when this entity manager already holds it (decisions must not use a stale copy). */
  findCurrent(id: string): Promise<Invitation | null> {
    return this.findOne(InvitationSchema, { id }, { refresh: true });
  }

  findManyByIds(ids: readonly string[]): Promise<Invitation[]> {
    return this.find(InvitationSchema, { id: { $in: [...ids] } });
  }

  findByTokenHash(tokenHash: string): Promise<Invitation | null> {
    return this.findOne(InvitationSchema, { tokenHash });
  }

  /** A page of the invitations in `status` at `now` (all when null), newest first. */
  listPage(page: PageRequest<unknown>, status: InvitationStatus | null | undefined, now: Date): Promise<Connection<Invitation>> {
    return this.findPage(InvitationSchema, statusFilter(status, now), page, { createdAt: 'desc', id: 'desc' });
  }

  countWithStatus(status: InvitationStatus | null | undefined, now: Date): Promise<number> {
    return this.count(InvitationSchema, statusFilter(status, now));
  }

  add(data: Pick<Invitation, 'organizationId' | 'email' | 'roleId' | 'tokenHash' | 'invitedBy' | 'expiresAt'>, now: Date): Invitation {
    return this.create(InvitationSchema, { ...data, id: randomUUID(), createdAt: now, acceptedAt: null, acceptedBy: null, revokedAt: null });
  }

  /** The pending invitations to `email`. */
  listPendingTo(email: string, now: Date): Promise<Invitation[]> {
    return this.find(InvitationSchema, { email, ...statusFilter('PENDING', now) });
  }

  /**
   * Marks a pending invitation accepted in one conditional UPDATE, so the same token can never
   * be used twice, even by two requests at once. Returns whether it was.
   */
  async markAccepted(id: string, userId: string, now: Date): Promise<boolean> {
    return (await this.update(InvitationSchema, { id, ...statusFilter('PENDING', now) }, { acceptedAt: now, acceptedBy: userId })) > 0;
  }
}
