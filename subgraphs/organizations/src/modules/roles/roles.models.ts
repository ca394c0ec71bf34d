import { z } from 'zod';
import { IdModel, isOwnerOnly, isPermission, type Permission } from '@steward/kernel';

const RoleNameModel = z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters');
const DescriptionModel = z.string().trim().max(500, 'must be at most 500 characters');

/** Permission keys of the catalogue, each at most once. */
const PermissionListModel = z
  .array(
    z
      .string()
      .refine(isPermission, 'is not a permission of the catalogue (see the `permissions` query)')
      // Owners only means the built-in owner role: a custom role cannot widen it.
      .refine((key) => !isPermission(key) || !isOwnerOnly(key), 'is reserved for the built-in Owner role'),
  )
  .transform((keys) => [...new Set(keys)] as Permission[]);

/** `createRole` input. */
export const CreateRoleInputModel = z.object({
  organizationId: z.string(),
  name: RoleNameModel,
  description: DescriptionModel.nullish(),
  permissions: PermissionListModel,
  parentRoleId: IdModel.nullish(),
});

/** `updateRole` input; `parentRoleId: null` removes the parent, an omitted field keeps its value. */
export const UpdateRoleInputModel = z.object({
  organizationId: z.string(),
  roleId: IdModel,
  name: RoleNameModel.nullish(),
  description: DescriptionModel.nullish(),
  permissions: PermissionListModel.nullish(),
  parentRoleId: IdModel.nullish(),
});
