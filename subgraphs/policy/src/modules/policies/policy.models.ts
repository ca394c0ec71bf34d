import { IdModel } from '@steward/kernel';
import { z } from 'zod';
import { ENFORCEMENTS, POLICY_TYPES } from '../engine/index.js';
import { POLICY_ENGINES, POLICY_STATUSES } from './policy.entity.js';

/** GraphQL sends omitted optional input fields as absent and explicit nulls as null; here both mean "not given". */
export const optional = <T extends z.ZodType>(model: T) => model.nullish().transform((value) => value ?? undefined);

const NameModel = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');
const DescriptionModel = z.string().trim().max(2000, 'must be at most 2000 characters');
const ChangelogModel = z.string().trim().max(2000, 'must be at most 2000 characters');

/** A context path as CEL names it: `request.prompt`, `subject.userId`. */
const MaskPathModel = z
  .string()
  .trim()
  .max(200, 'must be at most 200 characters')
  .regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/, 'must be a dotted context path such as request.prompt');
const MaskPathsModel = z.array(MaskPathModel).max(50, 'must list at most 50 paths');
/** A Rego module's source (OPA policies). */
const RegoModel = z.string().min(1, 'must not be empty').max(200_000, 'must be at most 200000 characters');

/** `createPolicy`'s input (the rules are checked by the engine for the type). */
export const CreatePolicyInputModel = z.object({
  organizationId: IdModel,
  name: NameModel,
  description: optional(DescriptionModel),
  type: z.enum(POLICY_TYPES),
  engine: optional(z.enum(POLICY_ENGINES)),
  defaultEnforcement: z.enum(ENFORCEMENTS),
  rules: z.unknown(),
  rego: optional(RegoModel),
  maskPaths: optional(MaskPathsModel),
  changelog: optional(ChangelogModel),
});
export type CreatePolicyInput = z.infer<typeof CreatePolicyInputModel>;

/** `updatePolicy`'s input: new rules or mask paths need a changelog, since they make a version. */
export const UpdatePolicyInputModel = z
  .object({
    policyId: IdModel,
    name: optional(NameModel),
    description: optional(DescriptionModel),
    defaultEnforcement: optional(z.enum(ENFORCEMENTS)),
    rules: z.unknown().optional(),
    rego: optional(RegoModel),
    maskPaths: optional(MaskPathsModel),
    changelog: optional(ChangelogModel.min(1, 'must not be empty')),
  })
  .refine((input) => !((input.rules !== undefined && input.rules !== null) || input.maskPaths || input.rego) || input.changelog, {
    path: ['changelog'],
    message: 'is required when rules, rego or maskPaths change (it describes the new version)',
  });
export type UpdatePolicyInput = z.infer<typeof UpdatePolicyInputModel>;

/** `policies`' filter. */
export const PolicyFilterModel = z.object({
  filter: optional(
    z.object({
      type: optional(z.enum(POLICY_TYPES)),
      status: optional(z.enum(POLICY_STATUSES)),
      search: optional(z.string().trim().max(120, 'must be at most 120 characters')),
    }),
  ),
});
export type PolicyFilter = Partial<NonNullable<z.infer<typeof PolicyFilterModel>['filter']>>;
