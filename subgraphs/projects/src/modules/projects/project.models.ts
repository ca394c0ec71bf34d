import { IdModel } from '@steward/kernel';
import { z } from 'zod';
import { jsonBytes } from '../../json.js';

const NameModel = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

/** Lower-case letters, digits and single hyphens, not starting or ending with a hyphen. */
export const SlugModel = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must contain only lower-case letters, digits and single hyphens, and not start or end with a hyphen');

const DescriptionModel = z.string().trim().max(2000, 'must be at most 2000 characters');

/** Bound on the stored settings document. */
const SETTINGS_MAX_BYTES = 16 * 1024;

/** The project settings document; unknown keys are refused so a typo does not silently do nothing. */
export const ProjectSettingsModel = z
  .object({
    labels: z
      .array(z.string().regex(/^[a-z0-9_-]{1,40}$/, 'must be 1 to 40 lower-case letters, digits, - or _'))
      .max(20, 'must have at most 20 labels')
      .refine((labels) => new Set(labels).size === labels.length, 'must not repeat a label')
      .default([]),
    defaultModel: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').nullable().default(null),
    blockPromotionOnWarn: z.boolean().default(false),
    blockPromotionOnNoData: z.boolean().default(false),
    links: z
      .array(
        z.object({
          title: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
          url: z.url({ protocol: /^https$/, message: 'must be an absolute https URL' }).max(2048, 'must be at most 2048 characters'),
        }),
      )
      .max(10, 'must have at most 10 links')
      .default([]),
  })
  .strict()
  .refine((settings) => jsonBytes(settings) <= SETTINGS_MAX_BYTES, `must be at most ${SETTINGS_MAX_BYTES / 1024} KiB as JSON`);
export type ProjectSettings = z.infer<typeof ProjectSettingsModel>;

/** Settings of a project that never set any. */
export const DEFAULT_SETTINGS: ProjectSettings = ProjectSettingsModel.parse({});

/** GraphQL sends omitted optional input fields as absent and explicit nulls as null; both mean "default". */
const withoutNulls = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null))
    : value;
const SettingsInputModel = z.preprocess(withoutNulls, ProjectSettingsModel);

/** `createProject` input after normalisation. */
export const CreateProjectInputModel = z.object({
  organizationId: IdModel,
  name: NameModel,
  slug: SlugModel,
  description: DescriptionModel.nullish().transform((value) => value ?? ''),
  settings: SettingsInputModel.nullish().transform((value) => value ?? DEFAULT_SETTINGS),
});
export type CreateProjectInput = z.infer<typeof CreateProjectInputModel>;

/** `updateProject` input: every field but `id` is optional; null means "leave as is". */
export const UpdateProjectInputModel = z.object({
  id: IdModel,
  name: NameModel.nullish(),
  slug: SlugModel.nullish(),
  description: DescriptionModel.nullish(),
  settings: SettingsInputModel.nullish(),
});
export type UpdateProjectInput = z.infer<typeof UpdateProjectInputModel>;

/** The filter arguments of a project list (`first` and `after` follow the shared page contract). */
export const ProjectFilterModel = z.object({
  includeArchived: z.boolean().nullish().transform((value) => value ?? false),
  search: z
    .string()
    .trim()
    .max(100, 'must be at most 100 characters')
    .nullish()
    .transform((value) => (value ? value : null)),
});
