import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, TenantScope, organizationIdOf, parseId, parseInput } from '@steward/kernel';
import type { ServiceScope } from '../../organizations.context.js';
import { MembershipRepository } from '../members/membership.repository.js';
import { RoleRepository } from '../roles/role.repository.js';
import { DEFAULT_SETTINGS, type Organization, type OrganizationSettings } from './organization.entity.js';
import { changeOrganization } from './organization-change.js';
import { OrganizationRepository } from './organization.repository.js';
import { CreateOrganizationInputModel, SlugModel, UpdateOrganizationInputModel, type SettingsInput } from './organizations.models.js';

const SLUG_TAKEN = 'Another organization already uses this slug.';
const OWNERS_ONLY = 'Only an owner of the organization can delete it.';
const OWNERS_ONLY_RESTORE = 'Only an owner of the organization can restore it.';
const SLUG_TAKEN_SINCE = 'Another organization took this slug after the deletion. Restore it with a new slug.';

/** The settings an organization has after applying `input` to `current`. */
export function applySettings(current: Partial<OrganizationSettings>, input: SettingsInput | null | undefined): OrganizationSettings {
  const base = { ...DEFAULT_SETTINGS, ...current };
  return {
    invitationTtlHours: input?.invitationTtlHours ?? base.invitationTtlHours,
    allowedInvitationDomains: input?.allowedInvitationDomains ? [...new Set(input.allowedInvitationDomains)] : base.allowedInvitationDomains,
  };
}

function snapshot(organization: Organization) {
  return { name: organization.name, slug: organization.slug, maxMembers: organization.maxMembers, settings: organization.settings };
}

/** Creating, finding, changing and deleting organizations. */
export class OrganizationService {
  constructor(private readonly scope: ServiceScope) {}

  /**
   * Whether the caller may delete the organization: a signed-in person whose membership has the
   * built-in owner role (what {@link remove} checks, read through the request's loaders).
   */
  async viewerCanDelete(organizationId: string): Promise<boolean> {
    const { caller } = this.scope;
    if (caller.kind !== 'user' || !(await this.scope.access.can(organizationId, 'organization:delete'))) return false;
    const { loaders } = this.scope;
    const [memberships, roles] = await Promise.all([loaders.memberships.byUser.load(caller.userId), loaders.roles.byOrganization.load(organizationId)]);
    const ownerRoleId = roles.find((role) => role.builtIn === 'owner')?.id;
    return memberships.some((membership) => membership.organizationId === organizationId && membership.roleId === ownerRoleId);
  }

  /** Creates the organization, its built-in roles and the caller's owner membership in one transaction. */
  async create(rawInput: unknown): Promise<Organization> {
    const { caller } = this.scope;
    if (caller.kind !== 'user') throw new ForbiddenError('Only a signed-in user can create an organization.');
    const input = parseInput(CreateOrganizationInputModel, rawInput, 'input');
    const id = randomUUID();
    // A new tenant: its creator needs no grant in it, and nothing else can be in its scope yet.
    const tenant = TenantScope.of(id);
    const now = this.scope.clock();
    let organization: Organization;
    try {
      organization = await this.scope.em.transactional(async (tx) => {
        const created = new OrganizationRepository(tx, tenant).add(
          { id, name: input.name, slug: input.slug, maxMembers: input.maxMembers ?? null, settings: applySettings({}, input.settings) },
          now,
        );
        const roles = new RoleRepository(tx, tenant).addBuiltIns(id, now);
        new MembershipRepository(tx, tenant).add({ organizationId: id, userId: caller.userId, roleId: roles.owner.id }, now);
        this.scope.audit.record(tx, tenant, { organizationId: id, action: 'organization.created', targetType: 'Organization', targetId: id, before: null, after: snapshot(created) });
        return created;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(SLUG_TAKEN, 'input.slug');
      throw error;
    }
    await this.scope.changes.committed([`user:${caller.userId}`]);
    this.scope.logger.info('Organization created (organizationId=%s, ownerId=%s)', id, caller.userId);
    return organization;
  }

  /** One organization by id or slug; NOT_FOUND unless the caller holds `organization:read` there. */
  async find(args: { id?: string | null; slug?: string | null }): Promise<Organization> {
    if (!args.id === !args.slug) throw new BadUserInputError(args.id ? 'slug' : 'id', 'Give exactly one of id and slug.');
    if (args.id) {
      const tenant = await this.scope.access.scopeOf(args.id, 'organization:read');
      const organization = await new OrganizationRepository(this.scope.em, tenant).findById(args.id);
      if (!organization) throw new NotFoundError('Organization');
      return organization;
    }
    // A slug is looked up among the caller's organizations only: another tenant's is simply not found.
    const organization = await new OrganizationRepository(this.scope.em, await this.scope.access.scope()).findBySlug(args.slug!);
    if (!organization) throw new NotFoundError('Organization');
    await this.scope.access.assert(organization.id, 'organization:read');
    return organization;
  }

  /** The organizations where the caller may read the organization, by name. */
  async listMine(): Promise<Organization[]> {
    return new OrganizationRepository(this.scope.em, await this.scope.access.scope('organization:read')).list();
  }

  async update(rawInput: unknown): Promise<Organization> {
    const tenant = await this.scope.access.scopeOf(organizationIdOf(rawInput), 'organization:update');
    const input = parseInput(UpdateOrganizationInputModel, rawInput, 'input');
    let organization: Organization;
    try {
      organization = await changeOrganization(this.scope, tenant, input.organizationId, 'organization:update', async (tx, current) => {
        const before = snapshot(current);
        if (input.maxMembers !== undefined && input.maxMembers !== null) {
          const members = await new MembershipRepository(tx, tenant).countAll();
          if (members > input.maxMembers) {
            throw new BadUserInputError('input.maxMembers', `input.maxMembers: the organization already has ${members} members.`);
          }
        }
        if (input.name) current.name = input.name;
        if (input.slug) current.slug = input.slug;
        if (input.maxMembers !== undefined) current.maxMembers = input.maxMembers;
        if (input.settings) current.settings = applySettings(current.settings, input.settings);
        current.updatedAt = this.scope.clock();
        this.scope.audit.record(tx, tenant, {
          organizationId: current.id,
          action: 'organization.updated',
          targetType: 'Organization',
          targetId: current.id,
          before,
          after: snapshot(current),
        });
        return current;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(SLUG_TAKEN, 'input.slug');
      throw error;
    }
    await this.scope.changes.committed();
    return organization;
  }

  /**
   * Soft delete: the row and everything in the organization stay; every grant in it ends now.
   * Owners only, checked on the membership itself under the organization's lock: a permission
   * alone is not enough (an API key or a custom role must never end the tenant).
   */
  async remove(organizationId: string): Promise<string> {
    const { caller } = this.scope;
    const tenant = await this.scope.access.scopeOf(organizationId, 'organization:delete');
    if (caller.kind !== 'user') throw new ForbiddenError(OWNERS_ONLY);
    await changeOrganization(this.scope, tenant, organizationId, 'organization:delete', async (tx, current) => {
      const membership = await new MembershipRepository(tx, tenant).findByUser(caller.userId);
      const owner = await new RoleRepository(tx, tenant).findBuiltIn('owner');
      if (!membership || !owner || membership.roleId !== owner.id) throw new ForbiddenError(OWNERS_ONLY);
      current.deletedAt = this.scope.clock();
      current.deletedBy = caller.userId;
      this.scope.audit.record(tx, tenant, {
        organizationId,
        action: 'organization.deleted',
        targetType: 'Organization',
        targetId: organizationId,
        before: snapshot(current),
        after: null,
      });
    });
    // Every member and key of the organization lost their grants: too many principals to list.
    await this.scope.changes.committed(['*']);
    this.scope.logger.info('Organization deleted (organizationId=%s)', organizationId);
    return organizationId;
  }

  /**
   * Brings a deleted organization back, for its owners, within ORGANIZATION_RESTORE_DAYS of the
   * deletion: members, keys and data are as they were. Its slug may have been taken since; then
   * CONFLICT asks for another one. Grants come from live organizations only, so the owner role is
   * checked on the membership row itself.
   */
  async restore(rawOrganizationId: string, rawSlug?: string | null): Promise<Organization> {
    const { caller } = this.scope;
    if (caller.kind !== 'user') throw new ForbiddenError(OWNERS_ONLY_RESTORE);
    const organizationId = parseId(rawOrganizationId, 'organizationId');
    const slugInput = rawSlug == null ? null : parseInput(SlugModel, rawSlug, 'slug');
    // A deleted organization grants nothing, so no permission can open its scope: the owner's
    // membership, checked under the lock below, is what does.
    const tenant = TenantScope.of(organizationId);
    let organization: Organization;
    try {
      organization = await this.scope.em.transactional(async (tx) => {
        const deleted = await new OrganizationRepository(tx, tenant).lockDeleted(organizationId);
        const membership = deleted && (await new MembershipRepository(tx, tenant).findByUser(caller.userId));
        // Outsiders learn nothing about deleted organizations.
        if (!deleted || !membership) throw new NotFoundError('Organization');
        const owner = await new RoleRepository(tx, tenant).findBuiltIn('owner');
        if (!owner || membership.roleId !== owner.id) throw new ForbiddenError(OWNERS_ONLY_RESTORE);
        const deletedAt = deleted.deletedAt!;
        const { restoreDays } = this.scope;
        const now = this.scope.clock();
        if (now.getTime() - deletedAt.getTime() > restoreDays * 86_400_000) {
          throw new ConflictError(`The organization was deleted more than ${restoreDays} days ago and can no longer be restored.`);
        }
        // Another live organization may have taken the slug since: the live-slug unique index says so at the flush (below).
        const slug = slugInput ?? deleted.slug;
        const before = { ...snapshot(deleted), deletedAt };
        deleted.slug = slug;
        deleted.deletedAt = null;
        deleted.deletedBy = null;
        deleted.updatedAt = now;
        this.scope.audit.record(tx, tenant, { organizationId, action: 'organization.restored', targetType: 'Organization', targetId: organizationId, before, after: snapshot(deleted) });
        return deleted;
      });
    } catch (error) {
      // Slugs are unique among live organizations across every tenant: the live-slug index decides.
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(SLUG_TAKEN_SINCE, 'slug');
      throw error;
    }
    // Every member and key of the organization has grants again.
    await this.scope.changes.committed(['*']);
    this.scope.logger.info('Organization restored (organizationId=%s, userId=%s)', organizationId, caller.userId);
    return organization;
  }
}
