import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderOfGroups, type TenantScope } from '@steward/kernel';
import type { Membership } from '../members/membership.entity.js';
import type { Team } from './team.entity.js';
import { TeamRepository } from './team.repository.js';

export interface TeamLoaders {
  byId: DataLoader<string, Team | null>;
  /** A team's members, in the order they were added. */
  members: DataLoader<string, Membership[]>;
  /** The teams a membership is in, by name. */
  byMembership: DataLoader<string, Team[]>;
}

/** Loaders of teams of the organizations the caller belongs to (`visible`). */
export function createTeamLoaders(em: EntityManager, visible: () => Promise<TenantScope>): TeamLoaders {
  const teams = async () => new TeamRepository(em, await visible());
  return {
    byId: loaderById(async (ids) => (await teams()).findManyByIds(ids)),
    members: loaderOfGroups(async (teamIds) => (await teams()).membersOf(teamIds), (row) => row.teamId, (row) => row.membership),
    byMembership: loaderOfGroups(async (membershipIds) => (await teams()).teamsOf(membershipIds), (row) => row.membershipId, (row) => row.team),
  };
}
