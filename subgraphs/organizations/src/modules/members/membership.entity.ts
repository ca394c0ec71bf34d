import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** A user's membership of an organization, with exactly one role. `userId` refers to identity's users. */
export const MembershipSchema = defineEntity({
  name: 'Membership',
  tableName: 'memberships',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    userId: p.uuid(),
    roleId: p.uuid(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  }),
});
export type Membership = InferEntity<typeof MembershipSchema>;
