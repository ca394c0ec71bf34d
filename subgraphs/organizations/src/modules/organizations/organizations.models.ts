import { z } from 'zod';

/** Lower-case letters, digits and hyphens, 3 to 40 characters, starting and ending with a letter or digit. */
export const SlugModel = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/, 'must be 3 to 40 lower-case letters, digits and hyphens, starting and ending with a letter or digit');

const NameModel = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

/** A DNS domain such as `example.com`, normalised to lower case. */
export const DomainModel = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a domain name such as example.com');

const MaxMembersModel = z.number().int().min(1, 'must be at least 1').max(100_000, 'must be at most 100000');

const SettingsInputModel = z.object({
  invitationTtlHours: z.number().int().min(1, 'must be at least 1 hour').max(720, 'must be at most 720 hours (30 days)').nullish(),
  allowedInvitationDomains: z.array(DomainModel).max(50, 'may list at most 50 domains').nullish(),
});
export type SettingsInput = z.infer<typeof SettingsInputModel>;

/** `createOrganization` input. */
export const CreateOrganizationInputModel = z.object({
  name: NameModel,
  slug: SlugModel,
  maxMembers: MaxMembersModel.nullish(),
  settings: SettingsInputModel.nullish(),
});

/** `updateOrganization` input; `maxMembers: null` removes the limit, an omitted field keeps its value. */
export const UpdateOrganizationInputModel = z.object({
  organizationId: z.string(),
  name: NameModel.nullish(),
  slug: SlugModel.nullish(),
  maxMembers: MaxMembersModel.nullish(),
  settings: SettingsInputModel.nullish(),
});
