import { randomUUID } from 'node:crypto';
import { TenantRepository } from '@steward/kernel';
import { MembershipSchema, type Membership } from '../members/membership.entity.js';
import { TeamMemberSchema, TeamSchema, type Team } from './team.entity.js';

/** Teams of the organizations in scope, and who is in them. */
export class TeamRepository extends TenantRepository {
  findById(id: string): Promise<Team | null> {
    return this.findOne(TeamSchema, { id });
  }

  findManyByIds(ids: readonly string[]): Promise<Team[]> {
    return this.find(TeamSchema, { id: { $in: [...ids] } });
  }

  /** Which of these ids are teams (of the scope's organizations). */
  async teamsAmong(ids: readonly string[]): Promise<string[]> {
    if (!ids.length) return [];
    return (await this.find(TeamSchema, { id: { $in: [...ids] } })).map((team) => team.id);
  }

  /** By name. */
  list(): Promise<Team[]> {
    return this.find(TeamSchema, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }

  add(data: Pick<Team, 'organizationId' | 'name' | 'description'>, now: Date): Team {
    return this.create(TeamSchema, { ...data, id: randomUUID(), createdAt: now, updatedAt: now });
  }

  /** Deletes the team; its member rows go with it (foreign key cascade). */
  removeTeam(team: Team): void {
    this.remove(team);
  }

  /** Adds a membership to a team; false when it was there already. */
  async addMember(team: Team, membershipId: string, now: Date): Promise<boolean> {
    this.assertInScope(team.organizationId);
    // One statement, so two requests adding the same member cannot both insert (the unique index decides quietly).
    const rows = await this.sql<{ id: string }>(
      `insert into organizations.team_members (id, organization_id, team_id, membership_id, created_at)
       select ?::uuid, t.organization_id, t.id, ?::uuid, ?::timestamptz from organizations.teams t where t.id = ? and {{tenant:t}}
       on conflict (team_id, membership_id) do nothing returning id`,
      [randomUUID(), membershipId, now, team.id],
    );
    return rows.length > 0;
  }

  /** Takes a membership out of a team; false when it was not in it. */
  async removeMember(team: Team, membershipId: string): Promise<boolean> {
    return (await this.delete(TeamMemberSchema, { teamId: team.id, membershipId })) > 0;
  }

  /** The members of each team, in the order they were added. */
  async membersOf(teamIds: readonly string[]): Promise<{ teamId: string; membership: Membership }[]> {
    const links = await this.find(TeamMemberSchema, { teamId: { $in: [...teamIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    if (!links.length) return [];
    const memberships = new Map((await this.find(MembershipSchema, { id: { $in: links.map((link) => link.membershipId) } })).map((m) => [m.id, m]));
    return links.flatMap((link) => {
      const membership = memberships.get(link.membershipId);
      return membership ? [{ teamId: link.teamId, membership }] : [];
    });
  }

  /** The teams each membership is in, by name. */
  async teamsOf(membershipIds: readonly string[]): Promise<{ membershipId: string; team: Team }[]> {
    const links = await this.find(TeamMemberSchema, { membershipId: { $in: [...membershipIds] } });
    if (!links.length) return [];
    const teams = await this.find(TeamSchema, { id: { $in: [...new Set(links.map((link) => link.teamId))] } }, { orderBy: { name: 'asc', id: 'asc' } });
    return teams.flatMap((team) => links.filter((link) => link.teamId === team.id).map((link) => ({ membershipId: link.membershipId, team })));
  }
}
