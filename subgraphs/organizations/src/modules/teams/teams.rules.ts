import { allow, type IRules } from '@steward/kernel';
import { holdsIn, isPrincipal } from '../access/access.rules.js';
import type { Team } from './team.entity.js';

/** Teams are readable with `organization:read` in their organization. */
export const teamsRules: IRules = {
  Query: { teams: isPrincipal },
  Mutation: { createTeam: isPrincipal, updateTeam: isPrincipal, deleteTeam: isPrincipal, addTeamMember: isPrincipal, removeTeamMember: isPrincipal },
  Team: {
    '*': holdsIn('organization:read', (team: Team) => team.organizationId),
    id: allow,
    viewerCanManage: allow,
  },
};
