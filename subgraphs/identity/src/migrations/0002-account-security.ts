import { Migration } from '@mikro-orm/migrations';

/**
 * Account security: rotated refresh tokens (reuse detection), login throttles, one-time tokens
 * (password reset, email verification), the mail outbox, TOTP and backup codes, invitation codes,
 * and the hash-chained audit trail.
 */
export class Migration0002AccountSecurity extends Migration {
  override async up(): Promise<void> {
    // A refresh token that was rotated away; presenting it again is reuse (or, briefly, a double refresh).
    this.addSql(`create table identity.used_refresh_tokens (
      token_hash char(64) primary key,
      session_id uuid not null references identity.sessions (id) on delete cascade,
      family_id uuid not null,
      rotated_at timestamptz not null,
      successor_sealed text,
      rotated_by_ip text,
      rotated_by_user_agent text
    )`);
    this.addSql('create index used_refresh_tokens_session_id_idx on identity.used_refresh_tokens (session_id)');

    // Failure counters for an account (keyed by a hash of the email) or an IP address, plus the
    // password checks under way for it (so parallel attempts cannot overrun the limit).
    this.addSql(`create table identity.login_throttles (
      key text primary key,
      failures integer not null default 0,
      in_flight integer not null default 0,
      in_flight_at timestamptz,
      window_started_at timestamptz not null,
      locked_until timestamptz
    )`);

    this.addSql(`create table identity.one_time_tokens (
      id uuid primary key,
      user_id uuid not null references identity.users (id) on delete cascade,
      purpose text not null check (purpose in ('password_reset', 'email_verification')),
      token_hash char(64) not null,
      email varchar(254) not null,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      used_at timestamptz
    )`);
    this.addSql('create unique index one_time_tokens_token_hash_unique on identity.one_time_tokens (token_hash)');
    this.addSql('create index one_time_tokens_user_id_idx on identity.one_time_tokens (user_id, purpose)');

    this.addSql(`create table identity.mail_outbox (
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
    this.addSql('create index mail_outbox_pending_idx on identity.mail_outbox (next_attempt_at) where sent_at is null');

    this.addSql(`create table identity.totp_credentials (
      user_id uuid primary key references identity.users (id) on delete cascade,
      secret text not null,
      created_at timestamptz not null,
      confirmed_at timestamptz,
      last_used_step bigint
    )`);
    this.addSql(`create table identity.backup_codes (
      id uuid primary key,
      user_id uuid not null references identity.users (id) on delete cascade,
      code_hash char(64) not null,
      created_at timestamptz not null,
      used_at timestamptz
    )`);
    this.addSql('create unique index backup_codes_user_code_unique on identity.backup_codes (user_id, code_hash)');

    this.addSql(`create table identity.invitation_codes (
      id uuid primary key,
      code_hash char(64) not null,
      created_by uuid references identity.users (id) on delete set null,
      max_uses integer not null check (max_uses >= 1),
      uses integer not null default 0,
      expires_at timestamptz not null,
      created_at timestamptz not null,
      revoked_at timestamptz,
      constraint invitation_codes_uses_within_max check (uses >= 0 and uses <= max_uses)
    )`);
    this.addSql('create unique index invitation_codes_code_hash_unique on identity.invitation_codes (code_hash)');
    this.addSql('create index invitation_codes_created_idx on identity.invitation_codes (created_at desc, id desc)');

    // user_id has no foreign key on purpose: the trail must outlive a deleted account.
    this.addSql(`create table identity.audit_events (
      seq bigint primary key,
      id uuid not null,
      type text not null,
      user_id uuid,
      actor_id uuid,
      session_id uuid,
      ip text,
      user_agent text,
      details jsonb not null,
      occurred_at timestamptz not null,
      prev_hash char(64) not null,
      hash char(64) not null
    )`);
    this.addSql('create unique index audit_events_id_unique on identity.audit_events (id)');
    this.addSql('create index audit_events_user_id_idx on identity.audit_events (user_id, seq desc)');
    // One row holding the chain's tip; appends lock it, so parallel appends cannot fork the chain.
    this.addSql(`create table identity.audit_chain_head (
      id smallint primary key check (id = 1),
      last_seq bigint not null,
      last_hash char(64) not null
    )`);
    this.addSql(`insert into identity.audit_chain_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64))`);
    // Append-only against mistakes; the hash chain is what catches someone who disables this.
    this.addSql(`create function identity.audit_events_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'identity.audit_events is append-only';
      end
    $$`);
    this.addSql(`create trigger audit_events_append_only before update or delete on identity.audit_events
      for each row execute function identity.audit_events_refuse_change()`);
    this.addSql(`create trigger audit_events_no_truncate before truncate on identity.audit_events
      for each statement execute function identity.audit_events_refuse_change()`);
  }
}
