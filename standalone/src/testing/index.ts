// The test harness of `@steward/standalone/testing`: one module per concern, re-exported here.
export { localStackEnv, startTestStack, type SeedTarget, type TestStack } from './stack.js';
export { createGatewayClient, type GatewayClient, type GraphQLResponse, type RequestOptions } from './gateway-client.js';
export { createTestClock, type TestClock } from './clock.js';
export { deliveredOutboxRows, latestMail, mailSentBy, readMails, type OutboxRow, type SentMail } from './mail.js';
export { startFakeSmtpServer, type FakeSmtpServer, type SmtpDelivery } from './fake-smtp.js';
export { uniqueEmail, uniqueSlug } from './unique-names.js';
export { seed, type SeedBuilder } from './seed.js';
export type { SeededUser, SeedUserOptions } from './seeds/identity.seed.js';
export type { BuiltInRole, SeededApiKey, SeededMember, SeededOrganization, SeedOrganizationOptions } from './seeds/organizations.seed.js';
export type { SeededProject, SeededVersion, SeedProjectOptions } from './seeds/projects.seed.js';
export { recordUsage, type RecordedUsage } from './seeds/metrics.seed.js';
export type { SeededRepository, SeedRepositoryOptions, WebhookRequest } from './seeds/repos.seed.js';
