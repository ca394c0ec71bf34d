import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** A named group of members of one organization. */
export const TeamSchema = defineEntity({
  name: 'Team',
  tableName: 'teams',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    name: p.string().length(100),
    description: p.string().length(1000),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  }),
});
export type Team = InferEntity<typeof TeamSchema>;

/** A membership's place in a team; removed with the team or the membership. */
export const TeamMemberSchema = defineEntity({
  name: 'TeamMember',
  tableName: 'team_members',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    teamId: p.uuid(),
    membershipId: p.uuid(),
    createdAt: p.datetime(),
  }),
});
export type TeamMember = InferEntity<typeof TeamMemberSchema>;
