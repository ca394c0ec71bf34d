import { z } from 'zod';
import { IdModel } from '@steward/kernel';

const TeamNameModel = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
const DescriptionModel = z.string().trim().max(1000, 'must be at most 1000 characters');

/** `createTeam` input. */
export const CreateTeamInputModel = z.object({
  organizationId: z.string(),
  name: TeamNameModel,
  description: DescriptionModel.nullish(),
});

/** `updateTeam` input; omitted fields keep their value. */
export const UpdateTeamInputModel = z.object({
  organizationId: z.string(),
  teamId: IdModel,
  name: TeamNameModel.nullish(),
  description: DescriptionModel.nullish(),
});

/** `addTeamMember` and `removeTeamMember` input. */
export const TeamMemberInputModel = z.object({
  organizationId: z.string(),
  teamId: IdModel,
  membershipId: IdModel,
});
