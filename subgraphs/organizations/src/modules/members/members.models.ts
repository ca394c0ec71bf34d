import { z } from 'zod';
import { IdModel } from '@steward/kernel';

/** `changeMemberRole` input. */
export const ChangeMemberRoleInputModel = z.object({
  organizationId: z.string(),
  membershipId: IdModel,
  roleId: IdModel,
});
