import { UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  ForbiddenError,
  TenantScope,
  keys,
  organizationIdOf,
  parseId,
  parseInput,
  parsePage,
  type Connection,
  type PageArgs,
} from '@steward/kernel';
import type { ServiceScope } from '../../organizations.context.js';
import { EmailNotVerifiedError, InvitationEmailMismatchError, InvitationUnusableError, SeatLimitReachedError } from '../../organizations.errors.js';
import type { Membership } from '../members/membership.entity.js';
import { MembershipRepository } from '../members/membership.repository.js';
import { DEFAULT_SETTINGS } from '../organizations/organization.entity.js';
import { changeOrganization } from '../organizations/organization-change.js';
import { RoleGraph } from '../roles/role-graph.js';
import { RoleRepository } from '../roles/role.repository.js';
import { invitationLink, invitationMail } from './invitation-mail.js';
import { invitationStatus, type Invitation, type InvitationStatus } from './invitation.entity.js';
import { InvitationRepository } from './invitation.repository.js';
import { hashInvitationToken, looksLikeInvitationToken, newInvitationToken, organizationOfToken } from './invitation-tokens.js';
import { InviteMemberInputModel } from './invitations.models.js';

export type InvitationPage = Connection<Invitation>;

function snapshot(invitation: Invitation, now: Date) {
  return { email: invitation.email, roleId: invitation.roleId, expiresAt: invitation.expiresAt, status: invitationStatus(invitation, now) };
}

/**
 * Invitations: sending them (seat limit and allowed domains checked), accepting them (bound to the
 * invited, verified email; single use; seat limit decided under the organization's row lock) and
 * revoking them (under the same lock, so an acceptance and a revocation never both succeed).
 */
export class InvitationService {
  constructor(private readonly scope: ServiceScope) {}

  async list(organizationId: string, args: PageArgs & { status?: InvitationStatus | null }): Promise<InvitationPage> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'member:invite');
    const page = parsePage(args, keys.timeId);
    const now = this.scope.clock();
    const invitations = new InvitationRepository(this.scope.em, tenant);
    const [connection, totalCount] = await Promise.all([invitations.listPage(page, args.status, now), invitations.countWithStatus(args.status, now)]);
    return { ...connection, totalCount };
  }

  /** Sends an invitation; a pending one to the same address is replaced (its link stops working). */
  async invite(rawInput: unknown): Promise<Invitation> {
    const organizationId = organizationIdOf(rawInput);
    const tenant = await this.scope.access.scopeOf(organizationId, 'member:invite');
    const input = parseInput(InviteMemberInputModel, rawInput, 'input');
    const token = newInvitationToken();
    const invitation = await changeOrganization(this.scope, tenant, organizationId, 'member:invite', async (tx, organization) => {
      const settings = { ...DEFAULT_SETTINGS, ...organization.settings };
      const domain = input.email.split('@')[1]!;
      if (settings.allowedInvitationDomains.length && !settings.allowedInvitationDomains.includes(domain)) {
        throw new BadUserInputError('input.email', `input.email: this organization only invites addresses at ${settings.allowedInvitationDomains.join(', ')}.`);
      }
      const maxMembers = organization.maxMembers ?? null;
      if (maxMembers !== null && (await new MembershipRepository(tx, tenant).countAll()) >= maxMembers) {
        throw new SeatLimitReachedError(maxMembers);
      }
      const roles = new RoleRepository(tx, tenant);
      const role = await roles.findById(input.roleId);
      if (!role) throw new BadUserInputError('input.roleId', 'input.roleId: is not a role of this organization.');
      const graph = new RoleGraph(await roles.list());
      await this.scope.access.assertHoldsAll(organizationId, graph.permissionsOf(role.id), 'Inviting with this role');

      const now = this.scope.clock();
      const invitations = new InvitationRepository(tx, tenant);
      for (const replaced of await invitations.listPendingTo(input.email, now)) {
        const before = snapshot(replaced, now);
        replaced.revokedAt = now;
        this.scope.audit.record(tx, tenant, { organizationId, action: 'invitation.revoked', targetType: 'Invitation', targetId: replaced.id, before, after: snapshot(replaced, now) });
      }
      const created = invitations.add(
        {
          organizationId,
          email: input.email,
          roleId: role.id,
          tokenHash: hashInvitationToken(token),
          invitedBy: this.scope.caller.kind === 'user' ? this.scope.caller.userId : null,
          expiresAt: new Date(now.getTime() + settings.invitationTtlHours * 3_600_000),
        },
        now,
      );
      const link = invitationLink(this.scope.publicAppUrl, token);
      await this.scope.mail.outbox(tx).enqueue(
        invitationMail({ to: input.email, organizationName: organization.name, roleName: role.name, link, expiresAt: created.expiresAt }),
        // Due by wall time, not the clock: the kernel's dispatcher sends what is due by the machine's time.
        new Date(),
      );
      this.scope.audit.record(tx, tenant, { organizationId, action: 'invitation.sent', targetType: 'Invitation', targetId: created.id, before: null, after: snapshot(created, now) });
      return created;
    });
    await this.scope.changes.committed();
    this.scope.logger.info('Invitation sent (organizationId=%s, invitationId=%s)', organizationId, invitation.id);
    return invitation;
  }

  /**
   * Joins the caller to the invitation's organization. Everything that can be checked without the
   * organization's lock is checked first (and identity is asked for the email outside any
   * transaction); the seat count and the single use are then decided under the lock.
   */
  async accept(rawToken: string): Promise<Membership> {
    const { caller } = this.scope;
    if (caller.kind !== 'user') throw new ForbiddenError('Only a signed-in user can accept an invitation.');
    if (!looksLikeInvitationToken(rawToken)) throw new NotFoundError('Invitation');
    const tokenHash = hashInvitationToken(rawToken);
    const organizationId = await organizationOfToken(this.scope.em, tokenHash);
    if (!organizationId) throw new NotFoundError('Invitation');
    // The token is the capability: its holder acts in its organization without any grant there yet.
    const tenant = TenantScope.of(organizationId);
    const invitation = await new InvitationRepository(this.scope.em, tenant).findByTokenHash(tokenHash);
    if (!invitation) throw new NotFoundError('Invitation');
    this.assertUsable(invitation);
    const account = await this.scope.emails.emailOf(caller.userId);
    if (!account || account.email.toLowerCase() !== invitation.email) throw new InvitationEmailMismatchError();
    if (!account.verified) throw new EmailNotVerifiedError();

    let membership: Membership;
    try {
      membership = await changeOrganization(this.scope, tenant, organizationId, null, async (tx, locked) => {
        const members = new MembershipRepository(tx, tenant);
        if (await members.findByUser(caller.userId)) throw new ConflictError('You are already a member of this organization.');
        const invitations = new InvitationRepository(tx, tenant);
        const current = await invitations.findCurrent(invitation.id);
        if (!current || !current.roleId) throw new InvitationUnusableError('revoked');
        this.assertUsable(current);
        const maxMembers = locked.maxMembers ?? null;
        if (maxMembers !== null && (await members.countAll()) >= maxMembers) throw new SeatLimitReachedError(maxMembers);
        const now = this.scope.clock();
        if (!(await invitations.markAccepted(current.id, caller.userId, now))) {
          throw new InvitationUnusableError('used');
        }
        const joined = members.add({ organizationId, userId: caller.userId, roleId: current.roleId }, now);
        this.scope.audit.record(tx, tenant, {
          organizationId,
          action: 'member.joined',
          targetType: 'Membership',
          targetId: joined.id,
          before: null,
          after: { userId: joined.userId, roleId: joined.roleId, invitationId: current.id },
        });
        return joined;
      });
    } catch (error) {
      // The unique (organization, user) index is the last word when the same user accepts twice at once.
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('You are already a member of this organization.');
      throw error;
    }
    await this.scope.changes.committed([`user:${caller.userId}`]);
    this.scope.logger.info('Invitation accepted (organizationId=%s, invitationId=%s, userId=%s)', organizationId, invitation.id, caller.userId);
    return membership;
  }

  async revoke(organizationId: string, rawInvitationId: string): Promise<Invitation> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'member:invite');
    const invitationId = parseId(rawInvitationId, 'invitationId');
    // Under the organization's lock, like accepting: the two are decided one after the other, and
    // the row is read again after the lock, so an invitation is never both accepted and revoked.
    const invitation = await changeOrganization(this.scope, tenant, organizationId, 'member:invite', async (tx) => {
      const current = await new InvitationRepository(tx, tenant).findCurrent(invitationId);
      if (!current) throw new NotFoundError('Invitation');
      if (current.acceptedAt) throw new ConflictError('This invitation has already been accepted; remove the member instead.');
      if (current.revokedAt) return current;
      const now = this.scope.clock();
      const before = snapshot(current, now);
      current.revokedAt = now;
      this.scope.audit.record(tx, tenant, { organizationId, action: 'invitation.revoked', targetType: 'Invitation', targetId: current.id, before, after: snapshot(current, now) });
      return current;
    });
    await this.scope.changes.committed();
    return invitation;
  }

  private assertUsable(invitation: Invitation): void {
    const status = invitationStatus(invitation, this.scope.clock());
    if (status === 'ACCEPTED') throw new InvitationUnusableError('used');
    if (status === 'REVOKED') throw new InvitationUnusableError('revoked');
    if (status === 'EXPIRED') throw new InvitationUnusableError('expired');
  }
}
