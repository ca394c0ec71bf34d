import type { ResolverMap } from '@steward/kernel';
import { addTeamMember } from './resolvers/Mutation/addTeamMember.js';
import { createTeam } from './resolvers/Mutation/createTeam.js';
import { deleteTeam } from './resolvers/Mutation/deleteTeam.js';
import { removeTeamMember } from './resolvers/Mutation/removeTeamMember.js';
import { updateTeam } from './resolvers/Mutation/updateTeam.js';
import { teams } from './resolvers/Query/teams.js';
import { Organization } from './resolvers/Organization.js';
import { Team } from './resolvers/Team.js';

/** The teams module's resolvers. */
export const teamsResolvers: ResolverMap = {
  Query: { teams },
  Mutation: { createTeam, updateTeam, deleteTeam, addTeamMember, removeTeamMember },
  Team,
  Organization,
};
