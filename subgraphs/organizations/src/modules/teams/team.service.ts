import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError, NotFoundError, organizationIdOf, parseId, parseInput, type TenantScope } from '@steward/kernel';
import type { ServiceScope } from '../../organizations.context.js';
import { changeOrganization } from '../organizations/organization-change.js';
import { MembershipRepository } from '../members/membership.repository.js';
import type { Team } from './team.entity.js';
import { TeamRepository } from './team.repository.js';
import { CreateTeamInputModel, TeamMemberInputModel, UpdateTeamInputModel } from './teams.models.js';

const NAME_TAKEN = 'Another team of this organization already has this name.';

function snapshot(team: Team) {
  return { name: team.name, description: team.description };
}

/** Teams of an organization and their members. Teams group people; they grant nothing by themselves. */
export class TeamService {
  constructor(private readonly scope: ServiceScope) {}

  async list(organizationId: string): Promise<Team[]> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'organization:read');
    return new TeamRepository(this.scope.em, tenant).list();
  }

  async create(rawInput: unknown): Promise<Team> {
    const organizationId = organizationIdOf(rawInput);
    const tenant = await this.scope.access.scopeOf(organizationId, 'team:manage');
    const input = parseInput(CreateTeamInputModel, rawInput, 'input');
    return this.write(tenant, organizationId, async (tx, teams) => {
      const team = teams.add({ organizationId, name: input.name, description: input.description ?? '' }, this.scope.clock());
      this.scope.audit.record(tx, tenant, { organizationId, action: 'team.created', targetType: 'Team', targetId: team.id, before: null, after: snapshot(team) });
      return team;
    });
  }

  async update(rawInput: unknown): Promise<Team> {
    const organizationId = organizationIdOf(rawInput);
    const tenant = await this.scope.access.scopeOf(organizationId, 'team:manage');
    const input = parseInput(UpdateTeamInputModel, rawInput, 'input');
    return this.write(tenant, organizationId, async (tx, teams) => {
      const team = await teams.findById(input.teamId);
      if (!team) throw new NotFoundError('Team');
      const before = snapshot(team);
      team.name = input.name ?? team.name;
      team.description = input.description ?? team.description;
      team.updatedAt = this.scope.clock();
      this.scope.audit.record(tx, tenant, { organizationId, action: 'team.updated', targetType: 'Team', targetId: team.id, before, after: snapshot(team) });
      return team;
    });
  }

  async remove(organizationId: string, rawTeamId: string): Promise<string> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'team:manage');
    const teamId = parseId(rawTeamId, 'teamId');
    return this.write(tenant, organizationId, async (tx, teams) => {
      const team = await teams.findById(teamId);
      if (!team) throw new NotFoundError('Team');
      teams.removeTeam(team);
      this.scope.audit.record(tx, tenant, { organizationId, action: 'team.deleted', targetType: 'Team', targetId: team.id, before: snapshot(team), after: null });
      return team.id;
    });
  }

  async addMember(rawInput: unknown): Promise<Team> {
    return this.changeMembers(rawInput, 'add');
  }

  async removeMember(rawInput: unknown): Promise<Team> {
    return this.changeMembers(rawInput, 'remove');
  }

  private async changeMembers(rawInput: unknown, change: 'add' | 'remove'): Promise<Team> {
    const organizationId = organizationIdOf(rawInput);
    const tenant = await this.scope.access.scopeOf(organizationId, 'team:manage');
    const { teamId, membershipId } = parseInput(TeamMemberInputModel, rawInput, 'input');
    return this.write(tenant, organizationId, async (tx, teams) => {
      const team = await teams.findById(teamId);
      if (!team) throw new NotFoundError('Team');
      const membership = await new MembershipRepository(tx, tenant).findById(membershipId);
      if (!membership) throw new BadUserInputError('input.membershipId', 'input.membershipId: is not a member of this organization.');
      const now = this.scope.clock();
      const changed = change === 'add' ? await teams.addMember(team, membership.id, now) : await teams.removeMember(team, membership.id);
      if (changed) {
        const link = { teamId: team.id, membershipId: membership.id, userId: membership.userId };
        this.scope.audit.record(tx, tenant, {
          organizationId,
          action: change === 'add' ? 'team.member_added' : 'team.member_removed',
          targetType: 'Team',
          targetId: team.id,
          before: change === 'add' ? null : link,
          after: change === 'add' ? link : null,
        });
      }
      return team;
    });
  }

  /**
   * Runs a change holding the organization's lock, like membership changes: a member cannot be
   * added to a team while being removed from the organization (the insert would fail its foreign
   * key at commit), nor a team changed in an organization deleted meanwhile.
   */
  private async write<T>(tenant: TenantScope, organizationId: string, work: (tx: EntityManager, teams: TeamRepository) => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await changeOrganization(this.scope, tenant, organizationId, 'team:manage', (tx) => work(tx, new TeamRepository(tx, tenant)));
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(NAME_TAKEN, 'input.name');
      throw error;
    }
    await this.scope.changes.committed();
    return result;
  }
}
