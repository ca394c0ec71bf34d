import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** The code hosts Steward connects to. */
export const PROVIDERS = ['GITHUB', 'GITLAB'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** ACTIVE works; NEEDS_REAUTH: the provider refused the token (401), a new one is needed; DISCONNECTED: kept for history only. */
export const REPOSITORY_STATUSES = ['ACTIVE', 'NEEDS_REAUTH', 'DISCONNECTED'] as const;
export type RepositoryStatus = (typeof REPOSITORY_STATUSES)[number];

/**
 * A GitHub or GitLab repository an organization connected. The access token and the webhook
 * secret are sealed with the subgraph's key (bound to the row id) and never leave the subgraph.
 */
export const RepositorySchema = defineEntity({
  name: 'Repository',
  tableName: 'repositories',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    projectId: p.uuid().nullable(),
    /** Each new head of an open pull request is analysed (STATIC and GRAPH) when the repository is linked to a project. */
    autoAnalysis: p.boolean(),
    provider: p.enum([...PROVIDERS]),
    /** `owner/name` on GitHub, the project path (`group/sub/name`) on GitLab. */
    fullName: p.string().length(300),
    defaultBranch: p.string().length(255),
    webUrl: p.string().length(500),
    apiBaseUrl: p.string().length(500),
    status: p.enum([...REPOSITORY_STATUSES]),
    accessTokenSealed: p.text(),
    webhookSecretSealed: p.text(),
    lastDeliveryAt: p.datetime().nullable(),
    connectedBy: p.string().length(80),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    disconnectedAt: p.datetime().nullable(),
  }),
});
export type Repository = InferEntity<typeof RepositorySchema>;
