import { randomUUID } from 'node:crypto';
import { afterPosition, type PageRequest } from '../../pagination.js';
import { TenantRepository } from '../../tenant-repository.js';
import { InvitationSchema, type Invitation, type InvitationStatus } from './invitation.entity.js';

/** The SQL condition for invitations in `status` at `now`. */
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
    return this.em.findOne(InvitationSchema, { ...this.inTenant, id });
  }

  /** Reads the row again even when this entity manager already holds it (decisions must not use a stale copy). */
  findCurrent(id: string): Promise<Invitation | null> {
    return this.em.findOne(InvitationSchema, { ...this.inTenant, id }, { refresh: true });
  }

  findManyByIds(ids: readonly string[]): Promise<Invitation[]> {
    return this.em.find(InvitationSchema, { ...this.inTenant, id: { $in: [...ids] } });
  }

  findByTokenHash(tokenHash: string): Promise<Invitation | null> {
    return this.em.findOne(InvitationSchema, { ...this.inTenant, tokenHash });
  }

  /** Newest first; one row more than the page so the caller knows whether another page follows. */
  listPage(page: PageRequest, status: InvitationStatus | null | undefined, now: Date): Promise<Invitation[]> {
    return this.em.find(
      InvitationSchema,
      { ...this.inTenant, ...statusFilter(status, now), ...afterPosition(page.after, 'desc') },
      { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: page.first + 1 },
    );
  }

  count(status: InvitationStatus | null | undefined, now: Date): Promise<number> {
    return this.em.count(InvitationSchema, { ...this.inTenant, ...statusFilter(status, now) });
  }

  add(data: Pick<Invitation, 'organizationId' | 'email' | 'roleId' | 'tokenHash' | 'invitedBy' | 'expiresAt'>, now: Date): Invitation {
    this.assertInScope(data.organizationId);
    return this.em.create(InvitationSchema, { ...data, id: randomUUID(), createdAt: now, acceptedAt: null, acceptedBy: null, revokedAt: null });
  }

  /** The pending invitations to `email`. */
  listPendingTo(email: string, now: Date): Promise<Invitation[]> {
    return this.em.find(InvitationSchema, { ...this.inTenant, email, ...statusFilter('PENDING', now) });
  }

  /**
   * Marks a pending invitation accepted in one conditional UPDATE, so the same token can never
   * be used twice, even by two requests at once. Returns whether it was.
   */
  async markAccepted(id: string, userId: string, now: Date): Promise<boolean> {
    const affected = await this.em.nativeUpdate(
      InvitationSchema,
      { ...this.inTenant, id, ...statusFilter('PENDING', now) },
      { acceptedAt: now, acceptedBy: userId },
    );
    return affected > 0;
  }
}
