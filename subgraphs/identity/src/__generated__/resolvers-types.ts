import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserView as UserViewMapped } from '../modules/users/user.entity.js';
import type { AuthResult as AuthResultMapped } from '../modules/auth/auth.service.js';
import type { AuditEventView as AuditEventViewMapped } from '../modules/audit/audit.service.js';
import type { IdentityContext } from '../identity.context.js';
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

/** The result of recomputing the audit trail's hash chain. */
export type AuditChainVerification = {
  __typename?: 'AuditChainVerification';
  /** How many events were checked before the first problem (all of them when intact). */
  checkedEvents: Scalars['Int']['output'];
  /** The sequence number of the first missing or changed event. */
  firstBrokenSequence?: Maybe<Scalars['Int']['output']>;
  /** Whether every event is present and unchanged. */
  intact: Scalars['Boolean']['output'];
  /** What is wrong, for a person. */
  problem?: Maybe<Scalars['String']['output']>;
};

/** One entry of the audit trail of sign-ins and account-security changes. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /**
   * Who caused it: the signed-in user who acted (usually the trail's owner), or null when nobody was
   * signed in, as for a password-reset request, a mailed link or a failed sign-in.
   */
  actor?: Maybe<User>;
  /** Stable identifier of the event. */
  id: Scalars['ID']['output'];
  /** The IP address of the client that caused it. */
  ip?: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** Why a failure failed (for example `wrong_password`, `wrong_second_factor`). */
  reason?: Maybe<Scalars['String']['output']>;
  /** The session involved, if any. */
  sessionId?: Maybe<Scalars['ID']['output']>;
  /** What happened. */
  type: AuditEventType;
  /** The user agent of the client that caused it. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** A page of audit events, newest first. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The events on this page. */
  edges: Array<AuditEventEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** An audit event in a list. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Pass as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** What happened in an audit event. */
export type AuditEventType =
  /** Too many failures locked the account. */
  | 'ACCOUNT_LOCKED'
  /** New backup codes replaced the old ones. */
  | 'BACKUP_CODES_REGENERATED'
  /** A backup code was used to sign in. */
  | 'BACKUP_CODE_USED'
  /** A verification mail was sent. */
  | 'EMAIL_VERIFICATION_REQUESTED'
  /** The email address was verified. */
  | 'EMAIL_VERIFIED'
  /** A platform admin created an invitation code. */
  | 'INVITATION_CODE_CREATED'
  /** A platform admin revoked an invitation code. */
  | 'INVITATION_CODE_REVOKED'
  /** A session signed itself out. */
  | 'LOGGED_OUT'
  /** A sign-in, or a re-check of the password or code before a sensitive change, failed. */
  | 'LOGIN_FAILED'
  /** A sign-in succeeded. */
  | 'LOGIN_SUCCEEDED'
  /** Two-step sign-in was turned off. */
  | 'MFA_DISABLED'
  /** Two-step sign-in was turned on. */
  | 'MFA_ENABLED'
  /** Turning on two-step sign-in was started. */
  | 'MFA_ENROLLMENT_STARTED'
  /** The password was changed. */
  | 'PASSWORD_CHANGED'
  /** The password was reset with a mailed link. */
  | 'PASSWORD_RESET'
  /** A password-reset mail was sent. */
  | 'PASSWORD_RESET_REQUESTED'
  /** An already used refresh token was presented again; its sessions were signed out. */
  | 'REFRESH_TOKEN_REUSED'
  /** The user signed one or more sessions out. */
  | 'SESSION_REVOKED'
  /** An account was created. */
  | 'USER_REGISTERED';

/** Tokens issued by a successful sign-in, registration or refresh. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** A short-lived EdDSA-signed JWT; send it as `Authorization: Bearer <token>`. */
  accessToken: Scalars['String']['output'];
  /** When the access token stops being accepted. */
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** An opaque token that obtains a new access token once; each use returns a replacement. */
  refreshToken: Scalars['String']['output'];
  /** When the refresh token (and the session) expires if it is not used. */
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  /** The signed-in user. */
  user: User;
};

/** A new invitation code and its secret value. */
export type CreatedInvitationCode = {
  __typename?: 'CreatedInvitationCode';
  /** The code to hand out; it is not stored and cannot be shown again. */
  code: Scalars['String']['output'];
  /** The code's record. */
  invitation: InvitationCode;
};

/** A code that lets people register while registration is invitation-only. */
export type InvitationCode = {
  __typename?: 'InvitationCode';
  /** When the code was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the code stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** Stable identifier of the code (the code itself is shown only when created). */
  id: Scalars['ID']['output'];
  /** How many registrations the code allows. */
  maxUses: Scalars['Int']['output'];
  /** When an admin revoked the code, if they did. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the code would be accepted now. */
  usable: Scalars['Boolean']['output'];
  /** How many registrations used it. */
  uses: Scalars['Int']['output'];
};

/** A page of invitation codes, newest first. */
export type InvitationCodeConnection = {
  __typename?: 'InvitationCodeConnection';
  /** The codes on this page. */
  edges: Array<InvitationCodeEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** An invitation code in a list. */
export type InvitationCodeEdge = {
  __typename?: 'InvitationCodeEdge';
  /** Pass as `after` to continue after this code. */
  cursor: Scalars['String']['output'];
  /** The invitation code. */
  node: InvitationCode;
};

/** Credentials for signing in. */
export type LoginInput = {
  /** One of the account's unused backup codes, instead of `totpCode`; each works once. */
  backupCode?: InputMaybe<Scalars['String']['input']>;
  /** Email address of the account. */
  email: Scalars['String']['input'];
  /** The account's password. */
  password: Scalars['String']['input'];
  /** A current 6-digit code from the authenticator app, when two-step sign-in is on. */
  totpCode?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Replaces your password (12 to 256 characters, not a common password, not your email address) and
   * signs out your other sessions. A wrong current password counts as a failed sign-in.
   */
  changePassword: Scalars['Boolean']['output'];
  /**
   * Finishes turning on two-step sign-in with a first code from the app. Returns 10 backup codes,
   * shown only this once; each works once instead of a code.
   */
  confirmTotp: Array<Scalars['String']['output']>;
  /** Creates an invitation code. Platform admins only. */
  createInvitationCode: CreatedInvitationCode;
  /** Turns two-step sign-in off and deletes the backup codes. */
  disableTotp: Scalars['Boolean']['output'];
  /** Starts turning on two-step sign-in: returns a new secret. Nothing changes until `confirmTotp`. */
  enrollTotp: TotpEnrollment;
  /**
   * Signs in with email and password. A wrong email and a wrong password give the same error
   * (UNAUTHENTICATED). With REGISTRATION_ENUMERATION_SAFE=true, the right password of an account
   * whose address is not confirmed yet gives EMAIL_NOT_VERIFIED. With two-step sign-in on, a missing or wrong code gives MFA_REQUIRED. Too many
   * failures lock the account (ACCOUNT_LOCKED, with `unlocksAt`) or limit the address (RATE_LIMITED,
   * with `retryAfterSeconds`).
   */
  login: AuthPayload;
  /**
   * Ends the current session: its refresh token stops working, and within a second every gateway refuses
   * its access tokens and closes its subscription sockets (4401). Returns true when a session was revoked.
   */
  logout: Scalars['Boolean']['output'];
  /**
   * Exchanges a refresh token for new tokens; the presented refresh token stops working. Presenting
   * an already used refresh token again signs out every session of that sign-in, except that the same
   * client repeating a refresh within a few seconds gets the same new tokens again.
   */
  refreshSession: AuthPayload;
  /** Replaces your backup codes with 10 new ones, shown only this once. */
  regenerateBackupCodes: Array<Scalars['String']['output']>;
  /**
   * Creates an account and signs it in. Answers CONFLICT for an address that already has an account,
   * so with REGISTRATION_ENUMERATION_SAFE=true it is refused (FORBIDDEN, whatever the address): use
   * `requestRegistration` there.
   */
  register: AuthPayload;
  /** Mails you a link that verifies your email address, valid for 24 hours. */
  requestEmailVerification: Scalars['Boolean']['output'];
  /**
   * Mails a password-reset link valid for 30 minutes if the address has an account (at most 5 an
   * hour per address). Always answers true at once: the address is looked up after the answer, so
   * neither the answer nor its timing tells whether it has an account.
   */
  requestPasswordReset: Scalars['Boolean']['output'];
  /**
   * Registers without revealing whether the address already has an account: the answer is always
   * true ("check your email"), and the address is mailed either a link that confirms it (a new
   * account, created unverified; with REGISTRATION_ENUMERATION_SAFE=true it can sign in only once
   * confirmed, otherwise at once) or a notice that someone tried to register with it (an address
   * that already has an account; nothing is created or changed). Bad input is refused like
   * `register`'s (BAD_USER_INPUT naming the field), and so is a missing or invalid invitation code.
   */
  requestRegistration: Scalars['Boolean']['output'];
  /**
   * Sets a new password with the token from a reset mail. The token works once; every session of the
   * account is signed out.
   */
  resetPassword: Scalars['Boolean']['output'];
  /** Revokes an invitation code at once. Platform admins only. */
  revokeInvitationCode: Scalars['Boolean']['output'];
  /** Signs out every session except the current one, as `revokeSession` does each. Returns how many were signed out. */
  revokeOtherSessions: Scalars['Int']['output'];
  /**
   * Signs out one of your sessions: its refresh token stops working, and within a second every gateway
   * refuses its access tokens and closes its subscription sockets (4401).
   */
  revokeSession: Scalars['Boolean']['output'];
  /** Verifies an email address with the token from a verification mail; no sign-in needed. */
  verifyEmail: Scalars['Boolean']['output'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationConfirmTotpArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateInvitationCodeArgs = {
  expiresAt: Scalars['DateTime']['input'];
  maxUses: Scalars['Int']['input'];
};


export type MutationDisableTotpArgs = {
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegenerateBackupCodesArgs = {
  code: Scalars['String']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRequestRegistrationArgs = {
  input: RegisterInput;
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeInvitationCodeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
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

export type Query = {
  __typename?: 'Query';
  /**
   * Recomputes the audit trail's hash chain and reports the first tampered or missing event.
   * Platform admins only.
   */
  auditChainVerification?: Maybe<AuditChainVerification>;
  /** Invitation codes, newest first. Platform admins only. */
  invitationCodes?: Maybe<InvitationCodeConnection>;
  /** The signed-in user, or null when the request carries no access token. */
  me?: Maybe<User>;
  /** Your audit trail: sign-ins, failures and account-security changes, newest first. */
  myAuditEvents?: Maybe<AuditEventConnection>;
  /** The signed-in user's live sessions, most recently seen first. */
  sessions: Array<Session>;
};


export type QueryInvitationCodesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a new account needs. */
export type RegisterInput = {
  /** Email address; must be unique (case-insensitive). */
  email: Scalars['String']['input'];
  /** Invitation code, required when registration is invitation-only. */
  invitationCode?: InputMaybe<Scalars['String']['input']>;
  /** Display name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Password of 12 to 256 characters. */
  password: Scalars['String']['input'];
};

/** A signed-in device: one sign-in and the refreshes that kept it going. */
export type Session = {
  __typename?: 'Session';
  /** When the user signed in. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether this is the session making the request. */
  current: Scalars['Boolean']['output'];
  /** When the session ends unless it is refreshed. */
  expiresAt: Scalars['DateTime']['output'];
  /** Stable identifier of the session. */
  id: Scalars['ID']['output'];
  /** The IP address the session was last seen from. */
  ip?: Maybe<Scalars['String']['output']>;
  /**
   * When the session last got tokens: its sign-in, then each refresh. Requests made with an access
   * token do not move it (the gateway checks those without asking identity), so a session in use is
   * at most one access-token lifetime (ACCESS_TOKEN_TTL_SECONDS, 15 minutes by default) behind.
   */
  lastSeenAt: Scalars['DateTime']['output'];
  /** The user agent of the client that signed in. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** A new TOTP secret to add to an authenticator app. */
export type TotpEnrollment = {
  __typename?: 'TotpEnrollment';
  /** The `otpauth://` URI to show as a QR code. */
  otpauthUri: Scalars['String']['output'];
  /** The shared secret in base32, for typing into the app by hand. */
  secret: Scalars['String']['output'];
};

/** A person with a Steward account. Other subgraphs refer to users by `id`. */
export type User = {
  __typename?: 'User';
  /** When the account was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The user's email address, normalised to lower case. Visible only to the user themself. */
  email?: Maybe<Scalars['String']['output']>;
  /** Whether the user has proved they own the email address. Visible only to the user themself. */
  emailVerified?: Maybe<Scalars['Boolean']['output']>;
  /** Stable identifier of the user. */
  id: Scalars['ID']['output'];
  /** Whether two-step sign-in (TOTP) is on. Visible only to the user themself. */
  mfaEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Display name. */
  name?: Maybe<Scalars['String']['output']>;
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
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuditChainVerification: ResolverTypeWrapper<AuditChainVerification>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditEvent: ResolverTypeWrapper<AuditEventViewMapped>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditEventType: AuditEventType;
  AuthPayload: ResolverTypeWrapper<AuthResultMapped>;
  CreatedInvitationCode: ResolverTypeWrapper<CreatedInvitationCode>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  InvitationCode: ResolverTypeWrapper<InvitationCode>;
  InvitationCodeConnection: ResolverTypeWrapper<InvitationCodeConnection>;
  InvitationCodeEdge: ResolverTypeWrapper<InvitationCodeEdge>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LoginInput: LoginInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterInput: RegisterInput;
  Session: ResolverTypeWrapper<Session>;
  TotpEnrollment: ResolverTypeWrapper<TotpEnrollment>;
  User: ResolverTypeWrapper<UserViewMapped>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditChainVerification: AuditChainVerification;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  AuditEvent: AuditEventViewMapped;
  ID: Scalars['ID']['output'];
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuthPayload: AuthResultMapped;
  CreatedInvitationCode: CreatedInvitationCode;
  DateTime: Scalars['DateTime']['output'];
  InvitationCode: InvitationCode;
  InvitationCodeConnection: InvitationCodeConnection;
  InvitationCodeEdge: InvitationCodeEdge;
  JSON: Scalars['JSON']['output'];
  LoginInput: LoginInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RegisterInput: RegisterInput;
  Session: Session;
  TotpEnrollment: TotpEnrollment;
  User: UserViewMapped;
}>;

export type ViewerDependentDirectiveArgs = { };

export type ViewerDependentDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = ViewerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditChainVerificationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditChainVerification'] = ResolversParentTypes['AuditChainVerification']> = ResolversObject<{
  checkedEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenSequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  intact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sessionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AuditEventType'], ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type CreatedInvitationCodeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CreatedInvitationCode'] = ResolversParentTypes['CreatedInvitationCode']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invitation?: Resolver<ResolversTypes['InvitationCode'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type InvitationCodeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['InvitationCode'] = ResolversParentTypes['InvitationCode']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxUses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  usable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  uses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvitationCodeConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['InvitationCodeConnection'] = ResolversParentTypes['InvitationCodeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvitationCodeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type InvitationCodeEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['InvitationCodeEdge'] = ResolversParentTypes['InvitationCodeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InvitationCode'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  confirmTotp?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationConfirmTotpArgs, 'code'>>;
  createInvitationCode?: Resolver<ResolversTypes['CreatedInvitationCode'], ParentType, ContextType, RequireFields<MutationCreateInvitationCodeArgs, 'expiresAt' | 'maxUses'>>;
  disableTotp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDisableTotpArgs, 'code' | 'password'>>;
  enrollTotp?: Resolver<ResolversTypes['TotpEnrollment'], ParentType, ContextType>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refreshSession?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  regenerateBackupCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MutationRegenerateBackupCodesArgs, 'code'>>;
  register?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRegisterArgs, 'input'>>;
  requestEmailVerification?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  requestRegistration?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestRegistrationArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'newPassword' | 'token'>>;
  revokeInvitationCode?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeInvitationCodeArgs, 'id'>>;
  revokeOtherSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revokeSession?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeSessionArgs, 'id'>>;
  verifyEmail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'token'>>;
}>;

export type PageInfoResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditChainVerification?: Resolver<Maybe<ResolversTypes['AuditChainVerification']>, ParentType, ContextType>;
  invitationCodes?: Resolver<Maybe<ResolversTypes['InvitationCodeConnection']>, ParentType, ContextType, Partial<QueryInvitationCodesArgs>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  myAuditEvents?: Resolver<Maybe<ResolversTypes['AuditEventConnection']>, ParentType, ContextType, Partial<QueryMyAuditEventsArgs>>;
  sessions?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
}>;

export type SessionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TotpEnrollmentResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TotpEnrollment'] = ResolversParentTypes['TotpEnrollment']> = ResolversObject<{
  otpauthUri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailVerified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mfaEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IdentityContext> = ResolversObject<{
  AuditChainVerification?: AuditChainVerificationResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  CreatedInvitationCode?: CreatedInvitationCodeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  InvitationCode?: InvitationCodeResolvers<ContextType>;
  InvitationCodeConnection?: InvitationCodeConnectionResolvers<ContextType>;
  InvitationCodeEdge?: InvitationCodeEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  TotpEnrollment?: TotpEnrollmentResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = IdentityContext> = ResolversObject<{
  viewerDependent?: ViewerDependentDirectiveResolver<any, any, ContextType>;
}>;
