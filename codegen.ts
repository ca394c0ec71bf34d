import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types per subgraph (federation-aware, mapped to the ORM entities, typed with the
 * subgraph's request context), and a typed client over the supergraph's API schema.
 * Run `npm run codegen` after changing SDL or operations; a test fails when the output is stale.
 */
const subgraphs: Record<string, { context: string; mappers: Record<string, string>; scalars?: Record<string, string> }> = {
  identity: {
    context: '../identity.context.js#IdentityContext',
    mappers: {
      User: '../modules/users/user.entity.js#User',
      AuthPayload: '../modules/auth/auth.service.js#AuthResult',
      AuditEvent: '../modules/audit/audit.service.js#AuditEventView',
    },
  },
  organizations: {
    context: '../organizations.context.js#OrganizationsContext',
    mappers: {
      Organization: '../modules/organizations/organization.entity.js#Organization',
      OrganizationSettings: '../modules/organizations/organization.entity.js#OrganizationSettings',
      User: '../modules/members/member.service.js#UserReference',
      Membership: '../modules/members/membership.entity.js#Membership',
      MembershipConnection: '../modules/members/member.service.js#MembershipPage',
      Invitation: '../modules/invitations/invitation.entity.js#Invitation',
      InvitationConnection: '../modules/invitations/invitation.service.js#InvitationPage',
      Team: '../modules/teams/team.entity.js#Team',
      Role: '../modules/roles/role.entity.js#Role',
      PermissionDescription: '../modules/roles/role.service.js#PermissionDescription',
      ApiKey: '../modules/api-keys/api-key.entity.js#ApiKey',
      ApiKeyConnection: '../modules/api-keys/api-key.service.js#ApiKeyPage',
      CreateApiKeyPayload: '../modules/api-keys/api-key.service.js#CreatedApiKey',
      SsoConnection: '../modules/sso/sso-connection.entity.js#SsoConnection',
      OrganizationAuditEvent: '../modules/audit/audit-event.entity.js#AuditEvent',
      OrganizationAuditEventConnection: '../modules/audit/audit.service.js#AuditEventPage',
    },
    scalars: { JSON: 'unknown' },
  },
  projects: {
    context: '../projects.context.js#ProjectsContext',
    mappers: {
      Organization: '../references.js#OrganizationReference',
      User: '../references.js#UserReference',
      Project: '../modules/projects/project.entity.js#Project',
      ProjectVersion: '../modules/versions/version.entity.js#ProjectVersion',
      VersionTransition: '../modules/versions/version-transition.entity.js#VersionTransition',
      StageChangePayload: '../modules/versions/version.service.js#StageChange',
      Baseline: '../modules/gates/baseline.entity.js#Baseline',
      Measurement: '../modules/gates/measurement.entity.js#Measurement',
      QualityGate: '../modules/gates/gate.service.js#BaselineGate',
      GateCondition: '../modules/gates/gate.service.js#BaselineCondition',
      VersionComparison: '../modules/compare/compare.service.js#VersionComparison',
    },
    scalars: { JSON: 'unknown' },
  },
  metrics: {
    context: '../metrics.context.js#MetricsContext',
    mappers: {
      LlmUsageBatch: '../modules/ingest/llm-usage-batch.entity.js#LlmUsageBatch',
      IngestResult: '../modules/ingest/ingest.service.js#IngestResult',
      UsageReport: '../modules/usage/usage.service.js#UsageReport',
      UsageStats: '../modules/usage/usage.service.js#UsageStats',
      UsageGroup: '../modules/usage/usage.service.js#UsageGroupValues',
      ModelPrice: '../modules/pricing/model-price.entity.js#ModelPrice',
      Budget: '../modules/budgets/budget.entity.js#Budget',
      BudgetAlert: '../modules/budgets/budget-alert.entity.js#BudgetAlert',
      CostForecast: '../modules/forecasts/forecast.service.js#CostForecast',
      ChargebackReport: '../modules/chargeback/chargeback.service.js#ChargebackReport',
      ChargebackLine: '../modules/chargeback/chargeback.service.js#ChargebackLine',
      UsageSummary: '../modules/usage/usage.service.js#UsageSummary',
      Project: '../references.js#ProjectReference',
      ProjectVersion: '../references.js#ProjectVersionReference',
    },
    // Money is integer micro-dollars (bigint) inside; the Usd scalar formats it as a decimal string.
    scalars: { Usd: 'bigint', Long: 'number', JSON: 'unknown' },
  },
};

const resolverTargets = Object.fromEntries(
  Object.entries(subgraphs).map(([name, { context, mappers, scalars }]) => [
    `subgraphs/${name}/src/__generated__/resolvers-types.ts`,
    {
      schema: `subgraphs/${name}/src/**/*.graphql`,
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        contextType: context,
        mappers,
        scalars: { DateTime: 'Date | string', ...scalars },
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: true,
        mapperTypeSuffix: 'Mapped',
      },
    },
  ]),
);

const config: CodegenConfig = {
  emitLegacyCommonJSImports: false,
  hooks: {},
  generates: {
    ...resolverTargets,
    'client/src/__generated__/': {
      schema: 'schema/api.graphql',
      documents: 'schema/operations/*.graphql',
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', Usd: 'string', Long: 'number' } },
    },
  },
};

export default config;
