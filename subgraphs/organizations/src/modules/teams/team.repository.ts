import { randomUUID } from 'node:crypto';
import { TenantRepository } from '../../tenant-repository.js';
import { MembershipSchema, type Membership } from '../members/membership.entity.js';
import { TeamMemberSchema, TeamSchema, type Team } from './team.entity.js';

/** Teams of the organizations in scope, and who is in them. */
export class TeamRepository extends TenantRepository {
  findById(id: string): Promise<Team | null> {
    return this.em.findOne(TeamSchema, { ...this.inTenant, id });
  }

  findManyByIds(ids: readonly string[]): Promise<Team[]> {
    return this.em.find(TeamSchema, { ...this.inTenant, id: { $in: [...ids] } });
  }

  /** By name. */
  list(): Promise<Team[]> {
    return this.em.find(TeamSchema, this.inTenant, { orderBy: { name: 'asc', id: 'asc' } });
  }

  add(data: Pick<Team, 'organizationId' | 'name' | 'description'>, now: Date): Team {
    this.assertInScope(data.organizationId);
    return this.em.create(TeamSchema, { ...data, id: randomUUID(), createdAt: now, updatedAt: now });
  }

  /** Deletes the team; its member rows go with it (foreign key cascade). */
  remove(team: Team): void {
    this.assertInScope(team.organizationId);
    this.em.remove(team);
  }

  /** Adds a membership to a team; false when it was there already. */
  async addMember(team: Team, membershipId: string, now: Date): Promise<boolean> {
    this.assertInScope(team.organizationId);
    const rows = await this.em.execute<{ id: string }[]>(
      `insert into organizations.team_members (id, organization_id, team_id, membership_id, created_at)
       values (?, ?, ?, ?, ?) on conflict (team_id, membership_id) do nothing returning id`,
      [randomUUID(), team.organizationId, team.id, membershipId, now],
    );
    return rows.length > 0;
  }

  /** Takes a membership out of a team; false when it was not in it. */
  async removeMember(team: Team, membershipId: string): Promise<boolean> {
    return (await this.em.nativeDelete(TeamMemberSchema, { ...this.inTenant, teamId: team.id, membershipId })) > 0;
  }

  /** The members of each team, in the order they were added. */
  async membersOf(teamIds: readonly string[]): Promise<{ teamId: string; membership: Membership }[]> {
    const links = await this.em.find(TeamMemberSchema, { ...this.inTenant, teamId: { $in: [...teamIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    if (!links.length) return [];
    const memberships = new Map(
      (await this.em.find(MembershipSchema, { ...this.inTenant, id: { $in: links.map((link) => link.membershipId) } })).map((m) => [m.id, m]),
    );
    return links.flatMap((link) => {
      const membership = memberships.get(link.membershipId);
      return membership ? [{ teamId: link.teamId, membership }] : [];
    });
  }

  /** The teams each membership is in, by name. */
  async teamsOf(membershipIds: readonly string[]): Promise<{ membershipId: string; team: Team }[]> {
    const links = await this.em.find(TeamMemberSchema, { ...this.inTenant, membershipId: { $in: [...membershipIds] } });
    if (!links.length) return [];
    const teams = await this.em.find(
      TeamSchema,
      { ...this.inTenant, id: { $in: [...new Set(links.map((link) => link.teamId))] } },
      { orderBy: { name: 'asc', id: 'asc' } },
    );
    return teams.flatMap((team) => links.filter((link) => link.teamId === team.id).map((link) => ({ membershipId: link.membershipId, team })));
  }
}
