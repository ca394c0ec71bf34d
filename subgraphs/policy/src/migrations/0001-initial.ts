import { Migration } from '@mikro-orm/migrations';

const TYPES = `in ('COST', 'RATE_LIMIT', 'USAGE', 'CONTENT_FILTER', 'SECURITY', 'COMPLIANCE', 'CUSTOM')`;
const ENFORCEMENTS = `in ('STRICT', 'WARNING', 'MONITOR')`;
const SUBJECT_KINDS = `in ('ORGANIZATION', 'TEAM', 'USER', 'API_KEY', 'PROJECT')`;
const ACTIONS = `in ('LLM_REQUEST', 'PROMOTE_VERSION', 'MERGE_PULL_REQUEST')`;

/**
 * Policies and their immutable versions, assignments with exceptions, the decision log, violations
 * and the fixed-window counters of rate-limit rules.
 */
export class Migration0001Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table policy.policies (
      id uuid primary key,
      organization_id uuid not null,
      name varchar(120) not null,
      description varchar(2000) not null,
      type varchar(20) not null check (type ${TYPES}),
      default_enforcement varchar(10) not null check (default_enforcement ${ENFORCEMENTS}),
      status varchar(10) not null check (status in ('ACTIVE', 'RETIRED')),
      current_version_id uuid,
      created_by varchar(80) not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      retired_at timestamptz
    )`);
    this.addSql('create unique index policies_name_unique on policy.policies (organization_id, lower(name))');
    this.addSql('create index policies_list on policy.policies (organization_id, created_at, id)');

    this.addSql(`create table policy.policy_versions (
      id uuid primary key,
      organization_id uuid not null,
      policy_id uuid not null references policy.policies (id) on delete cascade deferrable initially deferred,
      number integer not null check (number > 0),
      rules jsonb not null,
      actions jsonb not null,
      mask_paths jsonb not null,
      changelog varchar(2000) not null,
      created_by varchar(80) not null,
      created_at timestamptz not null,
      unique (policy_id, number)
    )`);
    // A policy and its first version are written in one transaction, each naming the other: both keys are checked at commit.
    this.addSql('alter table policy.policies add foreign key (current_version_id) references policy.policy_versions (id) deferrable initially deferred');
    // A version is what decisions name: it never changes once written.
    this.addSql(`create function policy.refuse_version_update() returns trigger language plpgsql as $$
      begin raise exception 'policy versions are immutable'; end $$`);
    this.addSql('create trigger policy_versions_immutable before update on policy.policy_versions for each row execute function policy.refuse_version_update()');

    this.addSql(`create table policy.policy_assignments (
      id uuid primary key,
      organization_id uuid not null,
      policy_id uuid not null references policy.policies (id) on delete cascade,
      subject_kind varchar(15) not null check (subject_kind ${SUBJECT_KINDS}),
      subject_id uuid not null,
      enforcement varchar(10) check (enforcement ${ENFORCEMENTS}),
      priority integer not null default 0,
      created_by varchar(80) not null,
      created_at timestamptz not null,
      unique (policy_id, subject_kind, subject_id)
    )`);
    this.addSql('create index policy_assignments_subject on policy.policy_assignments (organization_id, subject_kind, subject_id)');

    this.addSql(`create table policy.policy_exceptions (
      id uuid primary key,
      organization_id uuid not null,
      assignment_id uuid not null references policy.policy_assignments (id) on delete cascade,
      subject_kind varchar(15) not null check (subject_kind ${SUBJECT_KINDS}),
      subject_id uuid not null,
      reason varchar(1000) not null,
      approved_by varchar(80) not null,
      expires_at timestamptz not null,
      revoked_at timestamptz,
      created_at timestamptz not null
    )`);
    this.addSql('create index policy_exceptions_assignment on policy.policy_exceptions (assignment_id, expires_at)');

    this.addSql(`create table policy.decisions (
      id uuid primary key,
      organization_id uuid not null,
      action varchar(30) not null check (action ${ACTIONS}),
      outcome varchar(5) not null check (outcome in ('ALLOW', 'WARN', 'DENY')),
      subject jsonb not null,
      input jsonb not null,
      results jsonb not null,
      policy_ids jsonb not null,
      policy_version_ids jsonb not null,
      weight real not null check (weight >= 1),
      latency_us integer not null,
      project_id uuid,
      version_id uuid,
      requested_by varchar(80) not null,
      created_at timestamptz not null
    )`);
    this.addSql('create index decisions_list on policy.decisions (organization_id, created_at desc, id desc)');
    this.addSql('create index decisions_replay on policy.decisions (organization_id, action, created_at, id)');
    this.addSql('create index decisions_policies on policy.decisions using gin (policy_ids jsonb_path_ops)');
    this.addSql('create index decisions_version on policy.decisions (version_id, created_at desc, id desc) where version_id is not null');

    this.addSql(`create table policy.violations (
      id uuid primary key,
      organization_id uuid not null,
      dedupe_key varchar(200) not null,
      decision_id uuid not null,
      policy_id uuid not null references policy.policies (id) on delete cascade,
      policy_version_id uuid not null references policy.policy_versions (id),
      rule_name varchar(80) not null,
      action varchar(30) not null check (action ${ACTIONS}),
      outcome varchar(10) not null check (outcome in ('WARN', 'DENY', 'WOULD_DENY')),
      enforcement varchar(10) not null check (enforcement ${ENFORCEMENTS}),
      severity varchar(10) not null check (severity in ('HIGH', 'MEDIUM', 'LOW')),
      status varchar(15) not null check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'WAIVED')),
      subject jsonb not null,
      project_id uuid,
      version_id uuid,
      explanation varchar(2000) not null,
      conditions jsonb not null,
      status_reason varchar(1000),
      status_changed_by varchar(80),
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`);
    // At most one violation per (source of the decision, policy version, rule): parallel ingest of one record raises it once.
    this.addSql('create unique index violations_dedupe on policy.violations (organization_id, dedupe_key)');
    this.addSql('create index violations_list on policy.violations (organization_id, created_at desc, id desc)');
    this.addSql('create index violations_version on policy.violations (version_id, created_at desc, id desc) where version_id is not null');
    this.addSql('create index violations_policy on policy.violations (policy_id, created_at desc, id desc)');

    this.addSql(`create table policy.rate_counters (
      organization_id uuid not null,
      counter_key varchar(300) not null,
      window_start timestamptz not null,
      window_end timestamptz not null,
      total bigint not null,
      primary key (organization_id, counter_key, window_start)
    )`);
    this.addSql('create index rate_counters_expiry on policy.rate_counters (window_end)');
  }
}
