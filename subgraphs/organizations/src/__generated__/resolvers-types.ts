import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Organization as OrganizationMapped, OrganizationSettings as OrganizationSettingsMapped } from '../modules/organizations/organization.entity.js';
import type { UserReference as UserReferenceMapped, MembershipPage as MembershipPageMapped } from '../modules/members/member.service.js';
import type { Membership as MembershipMapped } from '../modules/members/membership.entity.js';
import type { Invitation as InvitationMapped } from '../modules/invitations/invitation.entity.js';
import type { InvitationPage as InvitationPageMapped } from '../modules/invitations/invitation.service.js';
import type { Team as TeamMapped } from '../modules/teams/team.entity.js';
import type { Role as RoleMapped } from '../modules/roles/role.entity.js';
import type { PermissionDescription as PermissionDescriptionMapped } from '../modules/roles/role.service.js';
import type { ApiKey as ApiKeyMapped } from '../modules/api-keys/api-key.entity.js';
import type { ApiKeyPage as ApiKeyPageMapped, CreatedApiKey as CreatedApiKeyMapped } from '../modules/api-keys/api-key.service.js';
import type { SsoConnection as SsoConnectionMapped } from '../modules/sso/sso-connection.entity.js';
import type { AuditEvent as AuditEventMapped } from '../modules/audit/audit-event.entity.js';
import type { AuditEventPage as AuditEventPageMapped } from '../modules/audit/audit.service.js';
import type { OrganizationsContext } from '../organizations.context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time string in UTC, e.g. `2026-11-22T10:00:00.000Z`. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Any JSON value (object, array, string, number, boolean or null). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A service account of an organization: send its secret as `Authorization: Bearer <secret>` to act
 * with its role in that organization only. The secret is shown once, at creation.
 */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** Whether the key works now: neither revoked nor expired. */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** When the key was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who created the key; null when another API key did. */
  createdBy?: Maybe<User>;
  /** When the key stops working; null when it does not expire. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier of the key. */
  id: Scalars['ID']['output'];
  /** When the key was last used (updated at most once a minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for, 1 to 100 characters. */
  name?: Maybe<Scalars['String']['output']>;
  /** The organization the key acts in. */
  organization?: Maybe<Organization>;
  /** When the key was revoked, if it was. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The role the key acts with. */
  role?: Maybe<Role>;
  /** The first characters of the secret (e.g. `stw_Ab3x`), to recognise it. */
  secretPreview?: Maybe<Scalars['String']['output']>;
};

/** A page of API keys. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The keys of this page, newest first. */
  edges: Array<ApiKeyEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many keys the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** One API key in a page. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The key. */
  node: ApiKey;
};

/** A new role for a member. */
export type ChangeMemberRoleInput = {
  /** The membership to change. */
  membershipId: Scalars['ID']['input'];
  /** The organization the membership belongs to. */
  organizationId: Scalars['ID']['input'];
  /** The new role, a role of the same organization. You can only give roles whose permissions you hold yourself. */
  roleId: Scalars['ID']['input'];
};

/** What a new API key needs. */
export type CreateApiKeyInput = {
  /** When the key stops working (in the future, at most 2 years ahead); null for a key that does not expire. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the key is for, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** The organization the key acts in. */
  organizationId: Scalars['ID']['input'];
  /** The role the key acts with; you can only give roles whose permissions you hold yourself. */
  roleId: Scalars['ID']['input'];
};

/** A new API key and its secret. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The key. */
  apiKey: ApiKey;
  /** The secret, shown this once and stored only as a hash. Keep it safe. */
  secret: Scalars['String']['output'];
};

/** A new OpenID Connect connection. */
export type CreateOidcConnectionInput = {
  /** Email domains (1 to 50) whose users sign in through this connection. */
  allowedDomains: Array<Scalars['String']['input']>;
  /** The client id registered with the provider. */
  clientId: Scalars['String']['input'];
  /** The client secret; stored encrypted, never returned. */
  clientSecret: Scalars['String']['input'];
  /** The issuer URL (https), e.g. `https://login.example.com`. */
  issuerUrl: Scalars['String']['input'];
  /** Display name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** The organization. */
  organizationId: Scalars['ID']['input'];
};

/** What a new organization needs. */
export type CreateOrganizationInput = {
  /** Seat limit (1 to 100000), or null for none. */
  maxMembers?: InputMaybe<Scalars['Int']['input']>;
  /** Display name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Initial settings; defaults apply to omitted fields. */
  settings?: InputMaybe<OrganizationSettingsInput>;
  /** URL-friendly name: 3 to 40 lower-case letters, digits and hyphens, starting and ending with a letter or digit. */
  slug: Scalars['String']['input'];
};

/** What a new custom role needs. */
export type CreateRoleInput = {
  /** What the role is for, up to 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1 to 60 characters, unique within the organization. */
  name: Scalars['String']['input'];
  /** The organization the role belongs to. */
  organizationId: Scalars['ID']['input'];
  /** A role of the same organization to inherit permissions from. */
  parentRoleId?: InputMaybe<Scalars['ID']['input']>;
  /** Permission keys from the catalogue (see `permissions`); you can only give permissions you hold. */
  permissions: Array<Scalars['String']['input']>;
};

/** A new SAML connection. */
export type CreateSamlConnectionInput = {
  /** Email domains (1 to 50) whose users sign in through this connection. */
  allowedDomains: Array<Scalars['String']['input']>;
  /** The provider's X.509 signing certificate, PEM or bare base64; it must parse and be currently valid. */
  certificate: Scalars['String']['input'];
  /** The identity provider's entity id. */
  entityId: Scalars['String']['input'];
  /** Display name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** The organization. */
  organizationId: Scalars['ID']['input'];
  /** The identity provider's sign-on URL (https). */
  ssoUrl: Scalars['String']['input'];
};

/** What a new team needs. */
export type CreateTeamInput = {
  /** What the team is for, up to 1000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1 to 100 characters, unique within the organization. */
  name: Scalars['String']['input'];
  /** The organization the team belongs to. */
  organizationId: Scalars['ID']['input'];
};

/**
 * An invitation to join an organization with a role, mailed to one address. The token in the mail
 * works once, for the account with that email. Fields other than `id` need `member:invite`.
 */
export type Invitation = {
  __typename?: 'Invitation';
  /** When it was accepted, if it was. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the invitation was sent. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The address the invitation was sent to; only the account with this (verified) email can accept it. */
  email?: Maybe<Scalars['String']['output']>;
  /** When the invitation stops working. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier of the invitation. */
  id: Scalars['ID']['output'];
  /** Who sent the invitation; null when it was sent with an API key. */
  invitedBy?: Maybe<User>;
  /** The organization the invitee would join. */
  organization?: Maybe<Organization>;
  /** The role the invitee gets on joining. */
  role?: Maybe<Role>;
  /** Where the invitation stands. */
  status?: Maybe<InvitationStatus>;
  /** Whether the caller may revoke the invitation (it is pending and they hold `member:invite`). */
  viewerCanRevoke: Scalars['Boolean']['output'];
};

/** A page of invitations. */
export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  /** The invitations of this page, newest first. */
  edges: Array<InvitationEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many invitations the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** One invitation in a page. */
export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The invitation. */
  node: Invitation;
};

/** Where an invitation stands. */
export type InvitationStatus =
  /** Used: the invitee joined. */
  | 'ACCEPTED'
  /** Not used before it expired. */
  | 'EXPIRED'
  /** Sent and still usable. */
  | 'PENDING'
  /** Withdrawn before it was used. */
  | 'REVOKED';

/** Who to invite, and with which role. */
export type InviteMemberInput = {
  /** The invitee's email address. */
  email: Scalars['String']['input'];
  /** The organization to invite to. */
  organizationId: Scalars['ID']['input'];
  /** The role the invitee gets on joining; you can only give roles whose permissions you hold yourself. */
  roleId: Scalars['ID']['input'];
};

/**
 * A user's place in an organization: their role there and the teams they are in. Fields other than
 * `id` need `organization:read` in the membership's organization, except on the caller's own memberships.
 */
export type Membership = {
  __typename?: 'Membership';
  /** Stable identifier of the membership. */
  id: Scalars['ID']['output'];
  /** When the user joined. */
  joinedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The organization. */
  organization?: Maybe<Organization>;
  /** The member's role, which decides their permissions in the organization. */
  role?: Maybe<Role>;
  /** The teams of the organization the member belongs to, by name. */
  teams?: Maybe<Array<Team>>;
  /** The member (resolved by the identity subgraph). */
  user?: Maybe<User>;
  /** Whether the caller may give this member another role. */
  viewerCanChangeRole: Scalars['Boolean']['output'];
  /** Whether the caller may remove this member from the organization. */
  viewerCanRemove: Scalars['Boolean']['output'];
};

/** A page of memberships. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships of this page, oldest first. */
  edges: Array<MembershipEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many memberships the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** One membership in a page. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Joins the organization with the mailed token. The signed-in account's email must be the one
   * invited, and verified. Fails with INVITATION_EXPIRED, INVITATION_REVOKED, INVITATION_ALREADY_USED,
   * INVITATION_EMAIL_MISMATCH, EMAIL_NOT_VERIFIED or SEAT_LIMIT_REACHED.
   */
  acceptInvitation: Membership;
  /** Adds a member of the organization to a team (nothing changes when they are in it already). Needs `team:manage`. */
  addTeamMember: Team;
  /**
   * Gives a member another role. Needs `member:manage`, and you may neither give nor take away
   * permissions you do not hold. The last owner cannot be demoted.
   */
  changeMemberRole: Membership;
  /** Creates an API key and returns its secret once. Needs `apikey:manage`. */
  createApiKey: CreateApiKeyPayload;
  /** Adds an OpenID Connect connection. Needs `sso:manage`. */
  createOidcConnection: SsoConnection;
  /** Creates an organization with the four built-in roles; the caller becomes its owner. */
  createOrganization: Organization;
  /** Creates a custom role. Needs `role:manage`, and the role may not grant more than you hold. */
  createRole: Role;
  /** Adds a SAML connection. Needs `sso:manage`. */
  createSamlConnection: SsoConnection;
  /** Creates a team. Needs `team:manage`. */
  createTeam: Team;
  /**
   * Deletes an organization (soft delete: its data stays recoverable, its slug becomes free and
   * every member and API key loses access at once). Needs `organization:delete`. Returns the id.
   */
  deleteOrganization: Scalars['ID']['output'];
  /** Deletes a custom role. Refused (CONFLICT) while a member, invitation, API key or child role uses it. Returns the id. */
  deleteRole: Scalars['ID']['output'];
  /** Deletes a single sign-on connection. Needs `sso:manage`. Returns the id. */
  deleteSsoConnection: Scalars['ID']['output'];
  /** Deletes a team (its members stay in the organization). Needs `team:manage`. Returns the id. */
  deleteTeam: Scalars['ID']['output'];
  /**
   * Invites someone by email: a single-use link is mailed to them. Needs `member:invite`; refused
   * when the organization is full or the address is outside its allowed domains. A pending
   * invitation to the same address is replaced.
   */
  inviteMember: Invitation;
  /**
   * Leaves an organization. The last owner cannot leave; they must make someone else owner first.
   * Returns the id of the membership that ended.
   */
  leaveOrganization: Scalars['ID']['output'];
  /**
   * Removes a member (and their team memberships) from the organization. Needs `member:manage`, and
   * the member's permissions must not exceed yours. The last owner cannot be removed. Returns the membership id.
   */
  removeMember: Scalars['ID']['output'];
  /** Takes a member out of a team. Needs `team:manage`. */
  removeTeamMember: Team;
  /**
   * Brings back an organization deleted at most ORGANIZATION_RESTORE_DAYS ago (30 by default), with its
   * members, roles, API keys and data as they were; everyone's access returns at once. Owners only
   * (signed in, not an API key). NOT_FOUND for organizations the caller was not a member of; CONFLICT
   * when another organization took its slug since (give a new `slug`) or the window has passed.
   */
  restoreOrganization: Organization;
  /** Revokes an API key: it stops working at once, everywhere. Needs `apikey:manage`. */
  revokeApiKey: ApiKey;
  /** Withdraws a pending invitation so its link stops working. Needs `member:invite`. */
  revokeInvitation: Invitation;
  /** Changes an OpenID Connect connection, e.g. to rotate its secret. Needs `sso:manage`. */
  updateOidcConnection: SsoConnection;
  /** Renames an organization or changes its slug, settings or seat limit. Needs `organization:update`. */
  updateOrganization: Organization;
  /**
   * Changes a custom role; every holder's permissions change at once. Needs `role:manage`, and both
   * the old and the new permissions must be ones you hold.
   */
  updateRole: Role;
  /** Changes a SAML connection, e.g. to rotate its certificate. Needs `sso:manage`. */
  updateSamlConnection: SsoConnection;
  /** Renames a team or changes its description. Needs `team:manage`. */
  updateTeam: Team;
};


export type MutationAcceptInvitationArgs = {
  token: Scalars['String']['input'];
};


export type MutationAddTeamMemberArgs = {
  input: TeamMemberInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateOidcConnectionArgs = {
  input: CreateOidcConnectionInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};


export type MutationCreateSamlConnectionArgs = {
  input: CreateSamlConnectionInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationDeleteOrganizationArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationDeleteRoleArgs = {
  organizationId: Scalars['ID']['input'];
  roleId: Scalars['ID']['input'];
};


export type MutationDeleteSsoConnectionArgs = {
  connectionId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationDeleteTeamArgs = {
  organizationId: Scalars['ID']['input'];
  teamId: Scalars['ID']['input'];
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLeaveOrganizationArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationRemoveMemberArgs = {
  membershipId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationRemoveTeamMemberArgs = {
  input: TeamMemberInput;
};


export type MutationRestoreOrganizationArgs = {
  organizationId: Scalars['ID']['input'];
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevokeApiKeyArgs = {
  apiKeyId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  invitationId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationUpdateOidcConnectionArgs = {
  input: UpdateOidcConnectionInput;
};


export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


export type MutationUpdateRoleArgs = {
  input: UpdateRoleInput;
};


export type MutationUpdateSamlConnectionArgs = {
  input: UpdateSamlConnectionInput;
};


export type MutationUpdateTeamArgs = {
  input: UpdateTeamInput;
};

/**
 * A tenant: it owns projects, budgets, policies and everything else, and its members' roles decide
 * who may do what in it. Fields other than `id` and `viewer…` need the `organization:read` permission.
 */
export type Organization = {
  __typename?: 'Organization';
  /** The organization's API keys, newest first; null without `apikey:manage`. */
  apiKeys?: Maybe<ApiKeyConnection>;
  /** When the organization was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier of the organization. */
  id: Scalars['ID']['output'];
  /** Invitations sent by the organization, newest first; null without `member:invite`. */
  invitations?: Maybe<InvitationConnection>;
  /** The most members the organization may have, or null for no limit. Checked whenever someone joins. */
  maxMembers?: Maybe<Scalars['Int']['output']>;
  /** How many members the organization has. */
  memberCount?: Maybe<Scalars['Int']['output']>;
  /** The organization's members, oldest first. */
  members?: Maybe<MembershipConnection>;
  /** Display name, 1 to 100 characters. */
  name?: Maybe<Scalars['String']['output']>;
  /** The organization's roles: built-in ones first (owner to viewer), then custom ones by name. */
  roles?: Maybe<Array<Role>>;
  /** Organization-wide settings. */
  settings?: Maybe<OrganizationSettings>;
  /**
   * URL-friendly name, unique among live organizations: 3 to 40 lower-case letters, digits and hyphens,
   * starting and ending with a letter or digit.
   */
  slug?: Maybe<Scalars['String']['output']>;
  /** The organization's single sign-on connections; null without `sso:manage`. */
  ssoConnections?: Maybe<Array<SsoConnection>>;
  /** The organization's teams, by name. */
  teams?: Maybe<Array<Team>>;
  /** When the name, slug, settings or seat limit last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the caller may delete the organization. */
  viewerCanDelete: Scalars['Boolean']['output'];
  /** Whether the caller may invite people and see pending invitations. */
  viewerCanInvite: Scalars['Boolean']['output'];
  /** Whether the caller may create, list and revoke API keys. */
  viewerCanManageApiKeys: Scalars['Boolean']['output'];
  /** Whether the caller may change members' roles and remove members. */
  viewerCanManageMembers: Scalars['Boolean']['output'];
  /** Whether the caller may create, change and delete custom roles. */
  viewerCanManageRoles: Scalars['Boolean']['output'];
  /** Whether the caller may configure single sign-on connections. */
  viewerCanManageSso: Scalars['Boolean']['output'];
  /** Whether the caller may create, change and delete teams. */
  viewerCanManageTeams: Scalars['Boolean']['output'];
  /** Whether the caller may read the audit trail. */
  viewerCanReadAuditEvents: Scalars['Boolean']['output'];
  /** Whether the caller may rename the organization and change its settings and seat limit. */
  viewerCanUpdate: Scalars['Boolean']['output'];
  /** Every permission the caller holds in this organization (empty for outsiders). */
  viewerPermissions: Array<Scalars['String']['output']>;
};


/**
 * A tenant: it owns projects, budgets, policies and everything else, and its members' roles decide
 * who may do what in it. Fields other than `id` and `viewer…` need the `organization:read` permission.
 */
export type OrganizationApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A tenant: it owns projects, budgets, policies and everything else, and its members' roles decide
 * who may do what in it. Fields other than `id` and `viewer…` need the `organization:read` permission.
 */
export type OrganizationInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvitationStatus>;
};


/**
 * A tenant: it owns projects, budgets, policies and everything else, and its members' roles decide
 * who may do what in it. Fields other than `id` and `viewer…` need the `organization:read` permission.
 */
export type OrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who did something. */
export type OrganizationAuditActor = {
  __typename?: 'OrganizationAuditActor';
  /** The API key's id, when a key acted. */
  apiKeyId?: Maybe<Scalars['ID']['output']>;
  /** User, API key or Steward itself. */
  kind: OrganizationAuditActorKind;
  /** The user, when a user acted. */
  user?: Maybe<User>;
};

/** What kind of principal did something. */
export type OrganizationAuditActorKind =
  /** An API key (service account). */
  | 'API_KEY'
  /** Steward itself. */
  | 'SYSTEM'
  /** A signed-in user. */
  | 'USER';

/** One change in an organization, recorded in the same transaction as the change itself. */
export type OrganizationAuditEvent = {
  __typename?: 'OrganizationAuditEvent';
  /** What happened, e.g. `member.role_changed`. */
  action: Scalars['String']['output'];
  /** Who did it. */
  actor: OrganizationAuditActor;
  /** The object's relevant fields after the change (null when it was deleted). Never holds secrets. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** The object's relevant fields before the change (null when it was created). Never holds secrets. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier of the event. */
  id: Scalars['ID']['output'];
  /** The id of the object changed. */
  targetId: Scalars['ID']['output'];
  /** The kind of object changed, e.g. `Membership`. */
  targetType: Scalars['String']['output'];
};

/** A page of audit events. */
export type OrganizationAuditEventConnection = {
  __typename?: 'OrganizationAuditEventConnection';
  /** The events of this page, newest first. */
  edges: Array<OrganizationAuditEventEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One audit event in a page. */
export type OrganizationAuditEventEdge = {
  __typename?: 'OrganizationAuditEventEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: OrganizationAuditEvent;
};

/** Settings that apply to the whole organization. */
export type OrganizationSettings = {
  __typename?: 'OrganizationSettings';
  /** When not empty, invitations may only be sent to addresses at these domains. */
  allowedInvitationDomains: Array<Scalars['String']['output']>;
  /** How long a new invitation stays valid, in hours (1 to 720). */
  invitationTtlHours: Scalars['Int']['output'];
};

/** Changes to an organization's settings; omitted fields keep their value. */
export type OrganizationSettingsInput = {
  /** Email domains invitations may be sent to (up to 50, e.g. `example.com`); an empty list allows any. */
  allowedInvitationDomains?: InputMaybe<Array<Scalars['String']['input']>>;
  /** How long a new invitation stays valid, in hours (1 to 720; 168 when never set). */
  invitationTtlHours?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Where a page of a connection ends and whether more follows. Every connection of every subgraph
 * pages the same way: `first` from 1 to 100 (20 when omitted), `after` an opaque cursor from the same list.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the last edge of this page (null when the page is empty); pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** One action of the permission catalogue, e.g. `project:write`. */
export type PermissionDescription = {
  __typename?: 'PermissionDescription';
  /** The area it belongs to, e.g. `project`. */
  area: Scalars['String']['output'];
  /** What holding it allows. */
  description: Scalars['String']['output'];
  /** The permission's key, as used in roles, e.g. `project:write`. */
  key: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The API keys of an organization, newest first (revoked ones included). Needs `apikey:manage`. */
  apiKeys: ApiKeyConnection;
  /** The invitations of an organization, newest first. Needs `member:invite`. */
  invitations: InvitationConnection;
  /** The members of an organization, oldest first. Needs `organization:read`. */
  members: MembershipConnection;
  /** The organizations the caller belongs to (for an API key: its own organization), by name. */
  myOrganizations: Array<Organization>;
  /** One organization by id or by slug (give exactly one). NOT_FOUND when it does not exist or the caller is not in it. */
  organization?: Maybe<Organization>;
  /** The organization's audit trail, newest first. Needs `audit:read`. */
  organizationAuditEvents: OrganizationAuditEventConnection;
  /** The permission catalogue: every action any part of Steward guards, with what it allows. */
  permissions: Array<PermissionDescription>;
  /** The roles of an organization: built-in ones first, then custom ones by name. Needs `organization:read`. */
  roles: Array<Role>;
  /** The single sign-on connections of an organization, by name. Needs `sso:manage`. */
  ssoConnections: Array<SsoConnection>;
  /** The teams of an organization, by name. Needs `organization:read`. */
  teams: Array<Team>;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
  status?: InputMaybe<InvitationStatus>;
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryOrganizationArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrganizationAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryRolesArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QuerySsoConnectionsArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QueryTeamsArgs = {
  organizationId: Scalars['ID']['input'];
};

/**
 * A set of permissions given to members and API keys. Every organization has the built-in roles
 * owner ⊃ admin ⊃ member ⊃ viewer; custom roles add their own permissions to an optional parent's.
 * Fields other than `id` need `organization:read`.
 */
export type Role = {
  __typename?: 'Role';
  /** For a built-in role, which one (`owner`, `admin`, `member` or `viewer`); null for custom roles. */
  builtIn?: Maybe<Scalars['String']['output']>;
  /** When the role was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the role is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** The permissions holders of the role get: its own plus everything its parents grant. */
  effectivePermissions?: Maybe<Array<Scalars['String']['output']>>;
  /** Stable identifier of the role. */
  id: Scalars['ID']['output'];
  /** How many members have this role. */
  memberCount?: Maybe<Scalars['Int']['output']>;
  /** Name, unique within the organization (case-insensitive). */
  name?: Maybe<Scalars['String']['output']>;
  /** The organization the role belongs to. */
  organization?: Maybe<Organization>;
  /** The role this one inherits from, if any. */
  parentRole?: Maybe<Role>;
  /** The permissions the role lists itself (for a built-in role, all of them). */
  permissions?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the caller may delete the role (never for built-in roles; refused while it is in use). */
  viewerCanDelete: Scalars['Boolean']['output'];
  /** Whether the caller may change the role (never for built-in roles). */
  viewerCanUpdate: Scalars['Boolean']['output'];
};

/**
 * A single sign-on configuration of an organization (stored configuration; the sign-in flow comes
 * later). Secrets are encrypted at rest and never returned. Fields other than `id` need `sso:manage`.
 */
export type SsoConnection = {
  __typename?: 'SsoConnection';
  /** Email domains whose users sign in through this connection. */
  allowedDomains?: Maybe<Array<Scalars['String']['output']>>;
  /** SAML: when the signing certificate expires. */
  certificateExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** SAML: SHA-256 fingerprint of the signing certificate (colon-separated hex). */
  certificateFingerprint?: Maybe<Scalars['String']['output']>;
  /** SAML: the signing certificate's subject. */
  certificateSubject?: Maybe<Scalars['String']['output']>;
  /** OIDC: the client id. */
  clientId?: Maybe<Scalars['String']['output']>;
  /** When the connection was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** SAML: the identity provider's entity id. */
  entityId?: Maybe<Scalars['String']['output']>;
  /** OIDC: whether a client secret is stored (it is never returned). */
  hasClientSecret?: Maybe<Scalars['Boolean']['output']>;
  /** Stable identifier of the connection. */
  id: Scalars['ID']['output'];
  /** OIDC: the issuer URL. */
  issuerUrl?: Maybe<Scalars['String']['output']>;
  /** Display name, 1 to 100 characters. */
  name?: Maybe<Scalars['String']['output']>;
  /** The organization the connection belongs to. */
  organization?: Maybe<Organization>;
  /** OIDC or SAML. */
  protocol?: Maybe<SsoProtocol>;
  /** SAML: the identity provider's sign-on URL. */
  ssoUrl?: Maybe<Scalars['String']['output']>;
  /** When the connection last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The protocol of a single sign-on connection. */
export type SsoProtocol =
  /** OpenID Connect: an issuer, a client id and a client secret. */
  | 'OIDC'
  /** SAML 2.0: the identity provider's entity id, sign-on URL and signing certificate. */
  | 'SAML';

/** A named group of members inside an organization. Fields other than `id` need `organization:read`. */
export type Team = {
  __typename?: 'Team';
  /** When the team was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the team is for (may be empty). */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable identifier of the team. */
  id: Scalars['ID']['output'];
  /** The team's members, in the order they were added. */
  members?: Maybe<Array<Membership>>;
  /** Name, 1 to 100 characters, unique within the organization (case-insensitive). */
  name?: Maybe<Scalars['String']['output']>;
  /** The organization the team belongs to. */
  organization?: Maybe<Organization>;
  /** Whether the caller may rename or delete the team and change its members. */
  viewerCanManage: Scalars['Boolean']['output'];
};

/** A team and one member of its organization. */
export type TeamMemberInput = {
  /** The membership (of the same organization) to add or remove. */
  membershipId: Scalars['ID']['input'];
  /** The organization the team belongs to. */
  organizationId: Scalars['ID']['input'];
  /** The team. */
  teamId: Scalars['ID']['input'];
};

/** Changes to an OpenID Connect connection; omitted fields keep their value. */
export type UpdateOidcConnectionInput = {
  /** New list of email domains. */
  allowedDomains?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New client id. */
  clientId?: InputMaybe<Scalars['String']['input']>;
  /** New client secret (rotation); stored encrypted. */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /** The connection to change. */
  connectionId: Scalars['ID']['input'];
  /** New issuer URL (https). */
  issuerUrl?: InputMaybe<Scalars['String']['input']>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The organization. */
  organizationId: Scalars['ID']['input'];
};

/** Changes to an organization; omitted fields keep their value. */
export type UpdateOrganizationInput = {
  /** New seat limit (1 to 100000); explicit null removes the limit. It may not be lower than the current member count. */
  maxMembers?: InputMaybe<Scalars['Int']['input']>;
  /** New display name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The organization to change. */
  organizationId: Scalars['ID']['input'];
  /** Settings to change. */
  settings?: InputMaybe<OrganizationSettingsInput>;
  /** New slug; the old one becomes free for others at once. */
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a custom role; omitted fields keep their value. */
export type UpdateRoleInput = {
  /** New description, up to 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New name, 1 to 60 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The organization the role belongs to. */
  organizationId: Scalars['ID']['input'];
  /** New parent role; explicit null removes the parent. A parent that would create a cycle is refused. */
  parentRoleId?: InputMaybe<Scalars['ID']['input']>;
  /** The complete new permission list. */
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The custom role to change. */
  roleId: Scalars['ID']['input'];
};

/** Changes to a SAML connection; omitted fields keep their value. */
export type UpdateSamlConnectionInput = {
  /** New list of email domains. */
  allowedDomains?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New signing certificate (rotation), PEM or bare base64. */
  certificate?: InputMaybe<Scalars['String']['input']>;
  /** The connection to change. */
  connectionId: Scalars['ID']['input'];
  /** New entity id. */
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The organization. */
  organizationId: Scalars['ID']['input'];
  /** New sign-on URL (https). */
  ssoUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a team; omitted fields keep their value. */
export type UpdateTeamInput = {
  /** New description, up to 1000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The organization the team belongs to. */
  organizationId: Scalars['ID']['input'];
  /** The team to change. */
  teamId: Scalars['ID']['input'];
};

/** A person with a Steward account (owned by the identity subgraph); organizations adds their memberships. */
export type User = {
  __typename?: 'User';
  /** Stable identifier of the user. */
  id: Scalars['ID']['output'];
  /**
   * The organizations the user belongs to, with their role in each. The user sees all of their own;
   * anyone else sees only memberships in organizations they may read.
   */
  memberships: Array<Membership>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Invitation: Invitation;
  Membership: Membership;
  Organization: Organization;
  Role: Role;
  SsoConnection: SsoConnection;
  Team: Team;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Invitation:
    ( { __typename: 'Invitation' }
    & GraphQLRecursivePick<FederationTypes['Invitation'], {"id":true}> );
  Membership:
    ( { __typename: 'Membership' }
    & GraphQLRecursivePick<FederationTypes['Membership'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Role:
    ( { __typename: 'Role' }
    & GraphQLRecursivePick<FederationTypes['Role'], {"id":true}> );
  SsoConnection:
    ( { __typename: 'SsoConnection' }
    & GraphQLRecursivePick<FederationTypes['SsoConnection'], {"id":true}> );
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApiKey: ResolverTypeWrapper<ApiKeyMapped>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ApiKeyConnection: ResolverTypeWrapper<ApiKeyPageMapped>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<CreatedApiKeyMapped>;
  CreateOidcConnectionInput: CreateOidcConnectionInput;
  CreateOrganizationInput: CreateOrganizationInput;
  CreateRoleInput: CreateRoleInput;
  CreateSamlConnectionInput: CreateSamlConnectionInput;
  CreateTeamInput: CreateTeamInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Invitation: ResolverTypeWrapper<InvitationMapped>;
  InvitationConnection: ResolverTypeWrapper<InvitationPageMapped>;
  InvitationEdge: ResolverTypeWrapper<Omit<InvitationEdge, 'node'> & { node: ResolversTypes['Invitation'] }>;
  InvitationStatus: InvitationStatus;
  InviteMemberInput: InviteMemberInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Membership: ResolverTypeWrapper<MembershipMapped>;
  MembershipConnection: ResolverTypeWrapper<MembershipPageMapped>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationMapped>;
  OrganizationAuditActor: ResolverTypeWrapper<Omit<OrganizationAuditActor, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  OrganizationAuditActorKind: OrganizationAuditActorKind;
  OrganizationAuditEvent: ResolverTypeWrapper<AuditEventMapped>;
  OrganizationAuditEventConnection: ResolverTypeWrapper<AuditEventPageMapped>;
  OrganizationAuditEventEdge: ResolverTypeWrapper<Omit<OrganizationAuditEventEdge, 'node'> & { node: ResolversTypes['OrganizationAuditEvent'] }>;
  OrganizationSettings: ResolverTypeWrapper<OrganizationSettingsMapped>;
  OrganizationSettingsInput: OrganizationSettingsInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PermissionDescription: ResolverTypeWrapper<PermissionDescriptionMapped>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: ResolverTypeWrapper<RoleMapped>;
  SsoConnection: ResolverTypeWrapper<SsoConnectionMapped>;
  SsoProtocol: SsoProtocol;
  Team: ResolverTypeWrapper<TeamMapped>;
  TeamMemberInput: TeamMemberInput;
  UpdateOidcConnectionInput: UpdateOidcConnectionInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateRoleInput: UpdateRoleInput;
  UpdateSamlConnectionInput: UpdateSamlConnectionInput;
  UpdateTeamInput: UpdateTeamInput;
  User: ResolverTypeWrapper<UserReferenceMapped>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiKey: ApiKeyMapped;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  ApiKeyConnection: ApiKeyPageMapped;
  Int: Scalars['Int']['output'];
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: CreatedApiKeyMapped;
  CreateOidcConnectionInput: CreateOidcConnectionInput;
  CreateOrganizationInput: CreateOrganizationInput;
  CreateRoleInput: CreateRoleInput;
  CreateSamlConnectionInput: CreateSamlConnectionInput;
  CreateTeamInput: CreateTeamInput;
  DateTime: Scalars['DateTime']['output'];
  Invitation: InvitationMapped;
  InvitationConnection: InvitationPageMapped;
  InvitationEdge: Omit<InvitationEdge, 'node'> & { node: ResolversParentTypes['Invitation'] };
  InviteMemberInput: InviteMemberInput;
  JSON: Scalars['JSON']['output'];
  Membership: MembershipMapped;
  MembershipConnection: MembershipPageMapped;
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationMapped;
  OrganizationAuditActor: Omit<OrganizationAuditActor, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  OrganizationAuditEvent: AuditEventMapped;
  OrganizationAuditEventConnection: AuditEventPageMapped;
  OrganizationAuditEventEdge: Omit<OrganizationAuditEventEdge, 'node'> & { node: ResolversParentTypes['OrganizationAuditEvent'] };
  OrganizationSettings: OrganizationSettingsMapped;
  OrganizationSettingsInput: OrganizationSettingsInput;
  PageInfo: PageInfo;
  PermissionDescription: PermissionDescriptionMapped;
  Query: Record<PropertyKey, never>;
  Role: RoleMapped;
  SsoConnection: SsoConnectionMapped;
  Team: TeamMapped;
  TeamMemberInput: TeamMemberInput;
  UpdateOidcConnectionInput: UpdateOidcConnectionInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateRoleInput: UpdateRoleInput;
  UpdateSamlConnectionInput: UpdateSamlConnectionInput;
  UpdateTeamInput: UpdateTeamInput;
  User: UserReferenceMapped;
}>;

export type ViewerDependentDirectiveArgs = { };

export type ViewerDependentDirectiveResolver<Result, Parent, ContextType = OrganizationsContext, Args = ViewerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApiKeyResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  secretPreview?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ApiKeyConnectionResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApiKeyEdgeResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
}>;

export type CreateApiKeyPayloadResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type InvitationResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation'], FederationReferenceType extends FederationReferenceTypes['Invitation'] = FederationReferenceTypes['Invitation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Invitation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['InvitationStatus']>, ParentType, ContextType>;
  viewerCanRevoke?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type InvitationConnectionResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['InvitationConnection'] = ResolversParentTypes['InvitationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvitationEdgeResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['InvitationEdge'] = ResolversParentTypes['InvitationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MembershipResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership'], FederationReferenceType extends FederationReferenceTypes['Membership'] = FederationReferenceTypes['Membership']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Membership']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  teams?: Resolver<Maybe<Array<ResolversTypes['Team']>>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  viewerCanChangeRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanRemove?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MembershipConnectionResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MembershipEdgeResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptInvitation?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'token'>>;
  addTeamMember?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationAddTeamMemberArgs, 'input'>>;
  changeMemberRole?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationChangeMemberRoleArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createOidcConnection?: Resolver<ResolversTypes['SsoConnection'], ParentType, ContextType, RequireFields<MutationCreateOidcConnectionArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  createRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationCreateRoleArgs, 'input'>>;
  createSamlConnection?: Resolver<ResolversTypes['SsoConnection'], ParentType, ContextType, RequireFields<MutationCreateSamlConnectionArgs, 'input'>>;
  createTeam?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationCreateTeamArgs, 'input'>>;
  deleteOrganization?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteOrganizationArgs, 'organizationId'>>;
  deleteRole?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteRoleArgs, 'organizationId' | 'roleId'>>;
  deleteSsoConnection?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteSsoConnectionArgs, 'connectionId' | 'organizationId'>>;
  deleteTeam?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteTeamArgs, 'organizationId' | 'teamId'>>;
  inviteMember?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  leaveOrganization?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationLeaveOrganizationArgs, 'organizationId'>>;
  removeMember?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'membershipId' | 'organizationId'>>;
  removeTeamMember?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationRemoveTeamMemberArgs, 'input'>>;
  restoreOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationRestoreOrganizationArgs, 'organizationId'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'apiKeyId' | 'organizationId'>>;
  revokeInvitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'invitationId' | 'organizationId'>>;
  updateOidcConnection?: Resolver<ResolversTypes['SsoConnection'], ParentType, ContextType, RequireFields<MutationUpdateOidcConnectionArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'input'>>;
  updateRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationUpdateRoleArgs, 'input'>>;
  updateSamlConnection?: Resolver<ResolversTypes['SsoConnection'], ParentType, ContextType, RequireFields<MutationUpdateSamlConnectionArgs, 'input'>>;
  updateTeam?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationUpdateTeamArgs, 'input'>>;
}>;

export type OrganizationResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  apiKeys?: Resolver<Maybe<ResolversTypes['ApiKeyConnection']>, ParentType, ContextType, Partial<OrganizationApiKeysArgs>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<Maybe<ResolversTypes['InvitationConnection']>, ParentType, ContextType, Partial<OrganizationInvitationsArgs>>;
  maxMembers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  memberCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  members?: Resolver<Maybe<ResolversTypes['MembershipConnection']>, ParentType, ContextType, Partial<OrganizationMembersArgs>>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Maybe<Array<ResolversTypes['Role']>>, ParentType, ContextType>;
  settings?: Resolver<Maybe<ResolversTypes['OrganizationSettings']>, ParentType, ContextType>;
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ssoConnections?: Resolver<Maybe<Array<ResolversTypes['SsoConnection']>>, ParentType, ContextType>;
  teams?: Resolver<Maybe<Array<ResolversTypes['Team']>>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  viewerCanDelete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanInvite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanManageApiKeys?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanManageMembers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanManageRoles?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanManageSso?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanManageTeams?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanReadAuditEvents?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanUpdate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerPermissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type OrganizationAuditActorResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationAuditActor'] = ResolversParentTypes['OrganizationAuditActor']> = ResolversObject<{
  apiKeyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationAuditActorKind'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type OrganizationAuditEventResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationAuditEvent'] = ResolversParentTypes['OrganizationAuditEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['OrganizationAuditActor'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrganizationAuditEventConnectionResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationAuditEventConnection'] = ResolversParentTypes['OrganizationAuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationAuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OrganizationAuditEventEdgeResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationAuditEventEdge'] = ResolversParentTypes['OrganizationAuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrganizationAuditEvent'], ParentType, ContextType>;
}>;

export type OrganizationSettingsResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationSettings'] = ResolversParentTypes['OrganizationSettings']> = ResolversObject<{
  allowedInvitationDomains?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  invitationTtlHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PermissionDescriptionResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['PermissionDescription'] = ResolversParentTypes['PermissionDescription']> = ResolversObject<{
  area?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'organizationId'>>;
  invitations?: Resolver<ResolversTypes['InvitationConnection'], ParentType, ContextType, RequireFields<QueryInvitationsArgs, 'organizationId'>>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<QueryMembersArgs, 'organizationId'>>;
  myOrganizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, Partial<QueryOrganizationArgs>>;
  organizationAuditEvents?: Resolver<ResolversTypes['OrganizationAuditEventConnection'], ParentType, ContextType, RequireFields<QueryOrganizationAuditEventsArgs, 'organizationId'>>;
  permissions?: Resolver<Array<ResolversTypes['PermissionDescription']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType, RequireFields<QueryRolesArgs, 'organizationId'>>;
  ssoConnections?: Resolver<Array<ResolversTypes['SsoConnection']>, ParentType, ContextType, RequireFields<QuerySsoConnectionsArgs, 'organizationId'>>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType, RequireFields<QueryTeamsArgs, 'organizationId'>>;
}>;

export type RoleResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role'], FederationReferenceType extends FederationReferenceTypes['Role'] = FederationReferenceTypes['Role']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Role']> | FederationReferenceType, FederationReferenceType, ContextType>;
  builtIn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectivePermissions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  parentRole?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  permissions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  viewerCanDelete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanUpdate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SsoConnectionResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['SsoConnection'] = ResolversParentTypes['SsoConnection'], FederationReferenceType extends FederationReferenceTypes['SsoConnection'] = FederationReferenceTypes['SsoConnection']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SsoConnection']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowedDomains?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  certificateExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  certificateFingerprint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificateSubject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasClientSecret?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuerUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  protocol?: Resolver<Maybe<ResolversTypes['SsoProtocol']>, ParentType, ContextType>;
  ssoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type TeamResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Maybe<Array<ResolversTypes['Membership']>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = OrganizationsContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationConnection?: InvitationConnectionResolvers<ContextType>;
  InvitationEdge?: InvitationEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationAuditActor?: OrganizationAuditActorResolvers<ContextType>;
  OrganizationAuditEvent?: OrganizationAuditEventResolvers<ContextType>;
  OrganizationAuditEventConnection?: OrganizationAuditEventConnectionResolvers<ContextType>;
  OrganizationAuditEventEdge?: OrganizationAuditEventEdgeResolvers<ContextType>;
  OrganizationSettings?: OrganizationSettingsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PermissionDescription?: PermissionDescriptionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  SsoConnection?: SsoConnectionResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = OrganizationsContext> = ResolversObject<{
  viewerDependent?: ViewerDependentDirectiveResolver<any, any, ContextType>;
}>;
