import { Migration } from '@mikro-orm/migrations';

/**
 * Organizations, roles, memberships, invitations, teams, API keys, SSO connections, the audit
 * trail and the mail outbox. Foreign keys are deferred to commit, so a transaction may insert
 * related rows in any order (the ORM does not know the plain id columns are references). A role
 * in use by a member, a pending invitation or a live key cannot be deleted; deleting one that only
 * history refers to (accepted invitations, revoked keys) leaves those rows without a role.
 */
export class Migration0001Initial extends Migration {
  override async up(): Promise<void> {
    const fk = (table: string) => `references organizations.${table} (id) deferrable initially deferred`;
    this.addSql(`create table organizations.organizations (
      id uuid primary key,
      slug varchar(40) not null,
      name varchar(100) not null,
      max_members integer check (max_members > 0),
      settings jsonb not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      deleted_at timestamptz,
      deleted_by uuid
    )`);
    // A deleted organization keeps its slug in its row but frees it for a new organization.
    this.addSql('create unique index organizations_slug_live_unique on organizations.organizations (slug) where deleted_at is null');

    this.addSql(`create table organizations.roles (
      id uuid primary key,
      organization_id uuid not null ${fk('organizations')},
      built_in varchar(10) check (built_in in ('owner', 'admin', 'member', 'viewer')),
      name varchar(60) not null,
      description varchar(500) not null,
      permissions jsonb not null,
      parent_role_id uuid ${fk('roles')},
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`);
    this.addSql('create unique index roles_name_unique on organizations.roles (organization_id, lower(name))');
    this.addSql('create unique index roles_built_in_unique on organizations.roles (organization_id, built_in) where built_in is not null');

    this.addSql(`create table organizations.memberships (
      id uuid primary key,
      organization_id uuid not null ${fk('organizations')},
      user_id uuid not null,
      role_id uuid not null ${fk('roles')},
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`);
    this.addSql('create unique index memberships_organization_user_unique on organizations.memberships (organization_id, user_id)');
    this.addSql('create index memberships_user_id_idx on organizations.memberships (user_id)');
    this.addSql('create index memberships_role_id_idx on organizations.memberships (role_id)');
    this.addSql('create index memberships_page_idx on organizations.memberships (organization_id, created_at, id)');

    this.addSql(`create table organizations.invitations (
      id uuid primary key,
      organization_id uuid not null ${fk('organizations')},
      email varchar(254) not null,
      role_id uuid references organizations.roles (id) on delete set null deferrable initially deferred,
      token_hash char(64) not null,
      invited_by uuid,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      accepted_at timestamptz,
      accepted_by uuid,
      revoked_at timestamptz
    )`);
    this.addSql('create unique index invitations_token_hash_unique on organizations.invitations (token_hash)');
    this.addSql('create index invitations_page_idx on organizations.invitations (organization_id, created_at desc, id desc)');
    this.addSql('create index invitations_role_id_idx on organizations.invitations (role_id)');

    this.addSql(`create table organizations.teams (
      id uuid primary key,
      organization_id uuid not null ${fk('organizations')},
      name varchar(100) not null,
      description varchar(1000) not null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`);
    this.addSql('create unique index teams_name_unique on organizations.teams (organization_id, lower(name))');

    this.addSql(`create table organizations.team_members (
      id uuid primary key,
      organization_id uuid not null ${fk('organizations')},
      team_id uuid not null references organizations.teams (id) on delete cascade deferrable initially deferred,
      membership_id uuid not null references organizations.memberships (id) on delete cascade deferrable initially deferred,
      created_at timestamptz not null
    )`);
    this.addSql('create unique index team_members_unique on organizations.team_members (team_id, membership_id)');
    this.addSql('create index team_members_membership_id_idx on organizations.team_members (membership_id)');

    this.addSql(`create table organizations.api_keys (
      id uuid primary key,
      organization_id uuid not null ${fk('organizations')},
      name varchar(100) not null,
      role_id uuid references organizations.roles (id) on delete set null deferrable initially deferred,
      secret_hash char(64) not null,
      secret_preview varchar(12) not null,
      created_by uuid,
      created_at timestamptz not null,
      expires_at timestamptz,
      revoked_at timestamptz,
      last_used_at timestamptz
    )`);
    this.addSql('create unique index api_keys_secret_hash_unique on organizations.api_keys (secret_hash)');
    this.addSql('create index api_keys_page_idx on organizations.api_keys (organization_id, created_at desc, id desc)');
    this.addSql('create index api_keys_role_id_idx on organizations.api_keys (role_id)');

    this.addSql(`create table organizations.sso_connections (
      id uuid primary key,
      organization_id uuid not null ${fk('organizations')},
      protocol varchar(4) not null check (protocol in ('OIDC', 'SAML')),
      name varchar(100) not null,
      allowed_domains jsonb not null,
      issuer_url text,
      client_id text,
      client_secret_encrypted text,
      entity_id text,
      sso_url text,
      certificate_pem text,
      certificate_subject text,
      certificate_fingerprint varchar(95),
      certificate_expires_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`);
    this.addSql('create index sso_connections_organization_id_idx on organizations.sso_connections (organization_id)');

    this.addSql(`create table organizations.audit_events (
      id uuid primary key,
      organization_id uuid not null ${fk('organizations')},
      actor_kind varchar(10) not null check (actor_kind in ('USER', 'API_KEY', 'SYSTEM')),
      actor_id uuid,
      action varchar(60) not null,
      target_type varchar(40) not null,
      target_id uuid not null,
      before jsonb,
      after jsonb,
      created_at timestamptz not null
    )`);
    this.addSql('create index audit_events_page_idx on organizations.audit_events (organization_id, created_at desc, id desc)');

    this.addSql(`create table organizations.mail_outbox (
      id uuid primary key,
      recipient varchar(254) not null,
      subject text not null,
      body text not null,
      created_at timestamptz not null,
      attempts integer not null default 0,
      next_attempt_at timestamptz not null,
      sent_at timestamptz,
      last_error text
    )`);
    this.addSql('create index mail_outbox_pending_idx on organizations.mail_outbox (next_attempt_at) where sent_at is null');
  }
}
