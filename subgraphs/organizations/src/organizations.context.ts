import type { EntityManager } from '@mikro-orm/postgresql';
import type { BaseRequestContext, Caller, Clock, Logger, MailDispatcher, SecretBox } from '@steward/kernel';
import type { ChangeNotifier } from './modules/access/change-notifier.js';
import type { RequestAccess } from './modules/access/request-access.js';
import type { ApiKeyService } from './modules/api-keys/api-key.service.js';
import type { AuditTrail } from './modules/audit/audit-trail.js';
import type { AuditService } from './modules/audit/audit.service.js';
import type { EmailLookup } from './modules/invitations/email-lookup.js';
import type { InvitationService } from './modules/invitations/invitation.service.js';
import type { InvitationLoaders } from './modules/invitations/invitation.loaders.js';
import type { MemberService } from './modules/members/member.service.js';
import type { MembershipLoaders } from './modules/members/membership.loaders.js';
import type { OrganizationLoaders } from './modules/organizations/organization.loaders.js';
import type { OrganizationService } from './modules/organizations/organization.service.js';
import type { RoleLoaders } from './modules/roles/role.loaders.js';
import type { RoleService } from './modules/roles/role.service.js';
import type { SsoConnectionLoaders } from './modules/sso/sso-connection.loaders.js';
import type { SsoService } from './modules/sso/sso.service.js';
import type { TeamLoaders } from './modules/teams/team.loaders.js';
import type { TeamService } from './modules/teams/team.service.js';

/** What services need that lives as long as the process: built once, shared by every request. */
export interface OrganizationsDependencies {
  /** The time rules (invitation expiry, restore window) read; tests may inject their own. */
  clock: Clock;
  /** Identity's answer to "which email does this user have?" (accepting invitations). */
  emails: EmailLookup;
  /** Seals SSO client secrets. */
  secrets: SecretBox;
  /** Where invitation mail is queued: `mail.outbox(tx)` writes the message and its delivery job in the caller's transaction. */
  mail: MailDispatcher;
  /** Base URL of the dashboard; invitation links are `<url>/accept-invitation?token=…`. */
  publicAppUrl: string;
  /** How long after its deletion an owner may still restore an organization. */
  restoreDays: number;
}

/** What every service of one request shares: `new XService(scope)`, built once per request. */
export interface ServiceScope extends OrganizationsDependencies {
  /** The request's ORM fork; writes happen in `em.transactional`, on repositories built on the transaction. */
  em: EntityManager;
  caller: Caller;
  access: RequestAccess;
  audit: AuditTrail;
  changes: ChangeNotifier;
  logger: Logger;
  /** The request's loaders, which the `viewerCan…` answers share with the fields they sit beside. */
  loaders: OrganizationsLoaders;
}

/** Per-request batch loaders, limited to the organizations the caller belongs to. */
export interface OrganizationsLoaders {
  organizations: OrganizationLoaders;
  memberships: MembershipLoaders;
  invitations: InvitationLoaders;
  teams: TeamLoaders;
  roles: RoleLoaders;
  ssoConnections: SsoConnectionLoaders;
}

/** Per-request context of the organizations subgraph. */
export interface OrganizationsContext extends BaseRequestContext {
  access: RequestAccess;
  loaders: OrganizationsLoaders;
  /** The subgraph's clock, for fields that depend on the time (an invitation's status, a key's `active`). */
  clock: Clock;
  organizations: OrganizationService;
  members: MemberService;
  invitations: InvitationService;
  teams: TeamService;
  roles: RoleService;
  apiKeys: ApiKeyService;
  sso: SsoService;
  audit: AuditService;
}
