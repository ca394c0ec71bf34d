import { IdModel } from '@steward/kernel';
import { z } from 'zod';
import { PROVIDERS, REPOSITORY_STATUSES, type Provider } from './repository.entity.js';

/** Where each provider's public API and pages are when the caller names no server of their own. */
export const PROVIDER_DEFAULTS: Record<Provider, { apiBaseUrl: string; webOrigin: string }> = {
  GITHUB: { apiBaseUrl: 'https://api.github.com', webOrigin: 'https://github.com' },
  GITLAB: { apiBaseUrl: 'https://gitlab.com/api/v4', webOrigin: 'https://gitlab.com' },
};

/** GitHub `owner/name`, GitLab `group/subgroup/name`: path segments of letters, digits, `.`, `_` and `-`. */
const FullNameModel = z
  .string()
  .trim()
  .max(300, 'must be at most 300 characters')
  .regex(/^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+$/, 'must look like owner/name (GitLab: group/subgroup/name)');

/** A git branch name as git allows it (the parts that matter for a ref in a URL or a comparison). */
const BranchModel = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .refine((name) => !/(^[/.]|[/.]$|\.\.|\/\/|[\s~^:?*[\\\x00-\x1f\x7f]|@\{|\.lock$)/.test(name), 'is not a valid git branch name');

/** An https URL (plain http only for a server on this machine, e.g. a test double). */
const ApiUrlModel = z
  .url({ message: 'must be an absolute URL' })
  .max(500, 'must be at most 500 characters')
  .refine((url) => {
    // zod runs this check even after the URL check failed: a text that is no URL fails here too, quietly.
    const parsed = URL.canParse(url) ? new URL(url) : null;
    return parsed !== null && (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)));
  }, 'must be an https URL')
  .transform((url) => url.replace(/\/+$/, ''));

/** Provider tokens are printable ASCII without spaces; anything else is a paste gone wrong. */
const TokenModel = z
  .string()
  .trim()
  .min(8, 'must be at least 8 characters')
  .max(1000, 'must be at most 1000 characters')
  .regex(/^[\x21-\x7e]+$/, 'must not contain spaces or control characters');

/** GraphQL sends omitted optional input fields as absent and explicit nulls as null; here both mean "not given". */
const optional = <T extends z.ZodType>(model: T) => model.nullish().transform((value) => value ?? undefined);

/** `connectRepository`'s input. */
export const ConnectRepositoryInputModel = z.object({
  organizationId: IdModel,
  projectId: optional(IdModel),
  provider: z.enum(PROVIDERS),
  fullName: FullNameModel,
  defaultBranch: optional(BranchModel),
  apiBaseUrl: optional(ApiUrlModel),
  webUrl: optional(ApiUrlModel),
  accessToken: TokenModel,
  autoAnalysis: optional(z.boolean()),
});
export type ConnectRepositoryInput = z.infer<typeof ConnectRepositoryInputModel>;

/** `updateRepository`'s input: `projectId: null` unlinks the project, an absent field stays as it is. */
export const UpdateRepositoryInputModel = z.object({
  id: IdModel,
  projectId: IdModel.nullable().optional(),
  defaultBranch: optional(BranchModel),
  apiBaseUrl: optional(ApiUrlModel),
  accessToken: optional(TokenModel),
  autoAnalysis: optional(z.boolean()),
});
export type UpdateRepositoryInput = z.infer<typeof UpdateRepositoryInputModel>;

const FilterFieldsModel = z.object({
  provider: optional(z.enum(PROVIDERS)),
  status: optional(z.enum(REPOSITORY_STATUSES)),
  projectId: optional(IdModel),
  search: optional(z.string().trim().max(300, 'must be at most 300 characters')),
});
export type RepositoryFilter = Partial<z.infer<typeof FilterFieldsModel>>;

/** `repositories(filter:)`: an omitted or null filter lists every connected repository. */
export const RepositoryFilterModel = z.object({ filter: FilterFieldsModel.nullish() }).transform((args): RepositoryFilter => args.filter ?? {});
