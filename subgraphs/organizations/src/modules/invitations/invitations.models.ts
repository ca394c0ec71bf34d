import { z } from 'zod';
import { IdModel } from '@steward/kernel';

/** Emails are compared trimmed and in lower case, as identity stores them. */
export const EmailModel = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be a valid email address'));

/** `inviteMember` input. */
export const InviteMemberInputModel = z.object({
  organizationId: z.string(),
  email: EmailModel,
  roleId: IdModel,
});
