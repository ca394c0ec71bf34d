import { Migration } from '@mikro-orm/migrations';

/** Users, sessions (refresh-token families) and signing keys. */
export class Migration0001Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table identity.users (
      id uuid primary key,
      email varchar(254) not null,
      name varchar(100) not null,
      password_hash text not null,
      email_verified boolean not null default false,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`);
    this.addSql('create unique index users_email_unique on identity.users (lower(email))');
    this.addSql(`create table identity.sessions (
      id uuid primary key,
      user_id uuid not null references identity.users (id) on delete cascade,
      family_id uuid not null,
      refresh_token_hash char(64) not null,
      user_agent text,
      ip text,
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      expires_at timestamptz not null,
      revoked_at timestamptz,
      revoked_reason text
    )`);
    this.addSql('create unique index sessions_refresh_token_hash_unique on identity.sessions (refresh_token_hash)');
    this.addSql('create index sessions_user_id_idx on identity.sessions (user_id)');
    this.addSql('create index sessions_family_id_idx on identity.sessions (family_id)');
    this.addSql(`create table identity.signing_keys (
      kid text primary key,
      public_jwk jsonb not null,
      private_jwk jsonb not null,
      created_at timestamptz not null,
      retired_at timestamptz
    )`);
  }
}
