import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import {
  MailDispatcher,
  DateTimeScalar,
  JsonScalar,
  SecretBox,
  allow,
  encryptionKeyOrDevelopment,
  assembleResolvers,
  createSubgraphOrm,
  loadTypeDefs,
  mergeRules,
  systemClock,
  type Clock,
  type DatabaseTarget,
  type EventBus,
  type JobQueue,
  type Logger,
  type MailTransport,
  type QueryCounter,
  type SubgraphDefinition,
} from '@steward/kernel';
import { organizationsMigrations } from './migrations/index.js';
import type { OrganizationsContext, OrganizationsDependencies, OrganizationsLoaders, ServiceScope } from './organizations.context.js';
import type { OrganizationsEnv } from './organizations.env.js';
import { ChangeNotifier } from './modules/access/change-notifier.js';
import { accessRoutes } from './modules/access/internal-routes.js';
import { memberLookupRoutes } from './modules/access/member-lookup.routes.js';
import { LocalGrantsSource } from './modules/access/local-grants-source.js';
import { RequestAccess } from './modules/access/request-access.js';
import { ApiKeySchema } from './modules/api-keys/api-key.entity.js';
import { ApiKeyService } from './modules/api-keys/api-key.service.js';
import { apiKeysResolvers } from './modules/api-keys/api-keys.resolvers.js';
import { apiKeysRules } from './modules/api-keys/api-keys.rules.js';
import { AuditEventSchema } from './modules/audit/audit-event.entity.js';
import { AuditTrail } from './modules/audit/audit-trail.js';
import { auditResolvers } from './modules/audit/audit.resolvers.js';
import { auditRules } from './modules/audit/audit.rules.js';
import { AuditService } from './modules/audit/audit.service.js';
import type { EmailLookup } from './modules/invitations/email-lookup.js';
import { InvitationSchema } from './modules/invitations/invitation.entity.js';
import { createInvitationLoaders } from './modules/invitations/invitation.loaders.js';
import { InvitationService } from './modules/invitations/invitation.service.js';
import { invitationsResolvers } from './modules/invitations/invitations.resolvers.js';
import { invitationsRules } from './modules/invitations/invitations.rules.js';
import { MemberService } from './modules/members/member.service.js';
import { membersResolvers } from './modules/members/members.resolvers.js';
import { membersRules } from './modules/members/members.rules.js';
import { MembershipSchema } from './modules/members/membership.entity.js';
import { createMembershipLoaders } from './modules/members/membership.loaders.js';
import { OrganizationSchema } from './modules/organizations/organization.entity.js';
import { createOrganizationLoaders } from './modules/organizations/organization.loaders.js';
import { OrganizationService } from './modules/organizations/organization.service.js';
import { organizationsResolvers } from './modules/organizations/organizations.resolvers.js';
import { organizationsRules } from './modules/organizations/organizations.rules.js';
import { RoleSchema } from './modules/roles/role.entity.js';
import { createRoleLoaders } from './modules/roles/role.loaders.js';
import { RoleService } from './modules/roles/role.service.js';
import { rolesResolvers } from './modules/roles/roles.resolvers.js';
import { rolesRules } from './modules/roles/roles.rules.js';
import { SsoConnectionSchema } from './modules/sso/sso-connection.entity.js';
import { createSsoConnectionLoaders } from './modules/sso/sso-connection.loaders.js';
import { ssoResolvers } from './modules/sso/sso.resolvers.js';
import { ssoRules } from './modules/sso/sso.rules.js';
import { SsoService } from './modules/sso/sso.service.js';
import { TeamMemberSchema, TeamSchema } from './modules/teams/team.entity.js';
import { createTeamLoaders } from './modules/teams/team.loaders.js';
import { TeamService } from './modules/teams/team.service.js';
import { teamsResolvers } from './modules/teams/teams.resolvers.js';
import { teamsRules } from './modules/teams/teams.rules.js';

/** The folder whose `*.graphql` files make organizations' SDL (read by the compose script too). */
export const ORGANIZATIONS_SDL_DIR = fileURLToPath(new URL('.', import.meta.url));

/**
 * The key that seals SSO secrets. Production refuses to start without one; elsewhere a fixed
 * development key keeps `npm start` working, with a warning, since anyone can derive it.
 */
export function encryptionKey(env: Pick<OrganizationsEnv, 'NODE_ENV' | 'ORGANIZATIONS_ENCRYPTION_KEY'>, logger: Logger): Buffer {
  return encryptionKeyOrDevelopment({ variable: 'ORGANIZATIONS_ENCRYPTION_KEY', key: env.ORGANIZATIONS_ENCRYPTION_KEY, owner: 'organizations', nodeEnv: env.NODE_ENV, logger, protects: 'SSO secrets' });
}

/** Types whose fields need no rule of their own: they only carry what guarded fields returned. */
const sharedRules = { PageInfo: allow };

/** Builds the organizations subgraph on a database: migrates, starts the job queue (mail delivery), wires modules. */
export async function createOrganizationsSubgraph(options: {
  env: OrganizationsEnv;
  database: DatabaseTarget;
  logger: Logger;
  /** Where grant changes are announced to every process. */
  bus: EventBus;
  /** Identity's answer to "which email does this user have?" (accepting invitations). */
  emails: EmailLookup;
  mail: MailTransport;
  /** What invitation and key expiries and the restore window are measured against; the system clock when omitted. */
  clock?: Clock;
  /** Organizations' queues on its process's job queue (mail delivery). */
  jobs: () => Promise<JobQueue>;
}): Promise<SubgraphDefinition<OrganizationsContext> & { queries: QueryCounter }> {
  const { env, logger, bus } = options;
  const clock = options.clock ?? systemClock;
  // Before anything starts: production refuses to start without the key.
  const secrets = new SecretBox(encryptionKey(env, logger));
  const { orm, queries } = await createSubgraphOrm({
    name: 'organizations',
    entities: [OrganizationSchema, RoleSchema, MembershipSchema, InvitationSchema, TeamSchema, TeamMemberSchema, ApiKeySchema, SsoConnectionSchema, AuditEventSchema],
    migrations: organizationsMigrations,
    database: options.database,
    logger,
  });
  const fork = () => orm.em.fork() as EntityManager;
  // After the key checks above: a process refused for configuration opens no connection first.
  const jobs = await options.jobs();
  // Invitations live at most 30 days; sent mail is kept a little longer.
  const mailer = new MailDispatcher({ schema: 'organizations', jobs, fork, transport: options.mail, logger: logger.child({ component: 'mail' }), keepSentMs: 35 * 86_400_000 });
  await mailer.start();
  await jobs.start();
  const dependencies: OrganizationsDependencies = {
    clock,
    emails: options.emails,
    secrets,
    mail: mailer,
    publicAppUrl: env.PUBLIC_APP_URL,
    restoreDays: env.ORGANIZATION_RESTORE_DAYS,
  };

  return {
    name: 'organizations',
    /** Counts SQL statements, so tests can prove that nested lists cost a constant number of them. */
    queries,
    typeDefs: loadTypeDefs(ORGANIZATIONS_SDL_DIR),
    resolvers: assembleResolvers([
      { DateTime: DateTimeScalar, JSON: JsonScalar },
      organizationsResolvers,
      membersResolvers,
      invitationsResolvers,
      teamsResolvers,
      rolesResolvers,
      apiKeysResolvers,
      ssoResolvers,
      auditResolvers,
    ]),
    rules: mergeRules([sharedRules, organizationsRules, membersRules, invitationsRules, teamsRules, rolesRules, apiKeysRules, ssoRules, auditRules]),
    createContext(base) {
      const em = fork();
      const access = new RequestAccess(base.caller, new LocalGrantsSource(em, clock));
      // Loaders resolve ids among the organizations where the caller holds anything; each type's rules ask for the rest.
      const visible = () => access.scope();
      const loaders: OrganizationsLoaders = {
        organizations: createOrganizationLoaders(em, visible),
        memberships: createMembershipLoaders(em, visible),
        invitations: createInvitationLoaders(em, visible),
        teams: createTeamLoaders(em, visible),
        roles: createRoleLoaders(em, visible, clock),
        ssoConnections: createSsoConnectionLoaders(em, visible),
      };
      const clearLoaders = () => {
        for (const group of Object.values(loaders)) for (const loader of Object.values(group)) (loader as DataLoader<unknown, unknown>).clearAll();
      };
      const scope: ServiceScope = {
        ...dependencies,
        em,
        caller: base.caller,
        access,
        audit: new AuditTrail(base.caller, clock),
        changes: new ChangeNotifier(bus, access, clearLoaders, base.logger),
        logger: base.logger,
        loaders,
      };
      return {
        ...base,
        access,
        loaders,
        clock,
        organizations: new OrganizationService(scope),
        members: new MemberService(scope),
        invitations: new InvitationService(scope),
        teams: new TeamService(scope),
        roles: new RoleService(scope),
        apiKeys: new ApiKeyService(scope),
        sso: new SsoService(scope),
        audit: new AuditService(scope),
      };
    },
    readiness: async () => {
      await orm.em.getConnection().execute('select 1');
    },
    internalRoutes: [...accessRoutes(fork, clock), ...memberLookupRoutes(fork)],
    async close() {
      await jobs.stop();
      await mailer.stop();
      await orm.close();
    },
  };
}
