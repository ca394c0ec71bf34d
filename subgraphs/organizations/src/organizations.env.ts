import { z } from 'zod';
import { encryptionKeyVar, mailEnvShape, portVar } from '@steward/kernel';

/** Variables the organizations subgraph reads (in addition to the common ones). */
export const organizationsEnvShape = {
  ORGANIZATIONS_PORT: portVar(4002),
  /** Encrypts SSO client secrets at rest (AES-256-GCM); required in production, a fixed dev key otherwise. */
  ORGANIZATIONS_ENCRYPTION_KEY: encryptionKeyVar.optional(),
  /** Base URL of the dashboard; invitation links are `<url>/accept-invitation?token=…`. */
  PUBLIC_APP_URL: z.string().url().default('http://localhost:4000'),
  /**
   * Identity's GraphQL URL when organizations runs on its own; its internal routes (a user's email)
   * live next to it. The one-process stack passes the URL it started identity on instead.
   */
  IDENTITY_URL: z.string().url().default('http://identity:4001/graphql'),
  /** For how many days after deletion an owner may restore an organization (0: never). */
  ORGANIZATION_RESTORE_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  ...mailEnvShape,
};
const organizationsEnv = z.object(organizationsEnvShape);
export type OrganizationsEnv = z.infer<typeof organizationsEnv> & { NODE_ENV: string };
