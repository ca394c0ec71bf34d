import { Migration } from '@mikro-orm/migrations';

const SESSION_STATUSES = `in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED', 'CANCELLED')`;
const TASK_STATUSES = `in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')`;
const KINDS = `in ('STATIC', 'DYNAMIC', 'GRAPH', 'IMPORT')`;
const ARTIFACT_KINDS = `in ('REPORT', 'SARIF', 'LOG', 'PATCH', 'COVERAGE', 'GRAPH', 'SOURCE_ARCHIVE', 'JUNIT')`;
const SEVERITIES = `in ('CRITICAL', 'MAJOR', 'MINOR', 'INFO')`;

/**
 * Analysis sessions and their tasks, artifacts (content-addressed blobs in the store, rows here),
 * findings with their life across a project's versions, which session saw which finding, the
 * task-result cache, ESLint's per-file cache and the dependency metrics of GRAPH tasks.
 */
export class Migration0001Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table analysis.sessions (
      id uuid primary key,
      organization_id uuid not null,
      project_id uuid not null,
      version_id uuid,
      repository_id uuid,
      commit_sha varchar(64),
      pull_request_id uuid,
      source_artifact_id uuid,
      report_artifact_ids jsonb not null,
      kinds jsonb not null,
      status varchar(10) not null check (status ${SESSION_STATUSES}),
      reference_version_id uuid,
      rerun_of_id uuid references analysis.sessions (id) on delete set null,
      summary jsonb not null,
      created_by varchar(80) not null,
      created_at timestamptz not null,
      started_at timestamptz,
      finished_at timestamptz,
      updated_at timestamptz not null
    )`);
    this.addSql('create index sessions_by_project on analysis.sessions (organization_id, project_id, created_at desc, id desc)');
    this.addSql('create index sessions_by_version on analysis.sessions (version_id, created_at desc, id desc) where version_id is not null');
    // One analysis per pull request head: repos may ask twice (a retried job), the second answers the first.
    this.addSql('create unique index sessions_by_pull_request on analysis.sessions (pull_request_id, commit_sha) where pull_request_id is not null');

    this.addSql(`create table analysis.tasks (
      id uuid primary key,
      organization_id uuid not null,
      session_id uuid not null references analysis.sessions (id) on delete cascade,
      position smallint not null,
      analyzer varchar(60) not null,
      analyzer_version varchar(40) not null,
      kind varchar(10) not null check (kind ${KINDS}),
      status varchar(10) not null check (status ${TASK_STATUSES}),
      input jsonb not null,
      attempts integer not null default 0,
      lease_id uuid,
      job_id varchar(64),
      cache_key char(64),
      cache_hit boolean not null default false,
      reused_from_task_id uuid,
      saved_ms integer not null default 0,
      result_sha256 char(64),
      metrics jsonb not null,
      error varchar(2000),
      created_at timestamptz not null,
      started_at timestamptz,
      finished_at timestamptz,
      duration_ms integer
    )`);
    this.addSql('create unique index tasks_by_session on analysis.tasks (session_id, position)');

    this.addSql(`create table analysis.artifacts (
      id uuid primary key,
      organization_id uuid not null,
      project_id uuid not null,
      session_id uuid references analysis.sessions (id) on delete cascade,
      task_id uuid,
      kind varchar(20) not null check (kind ${ARTIFACT_KINDS}),
      name varchar(255) not null,
      media_type varchar(100) not null,
      size_bytes bigint,
      sha256 char(64),
      max_bytes bigint not null,
      created_by varchar(80) not null,
      created_at timestamptz not null,
      stored_at timestamptz,
      upload_expires_at timestamptz
    )`);
    this.addSql('create index artifacts_by_session on analysis.artifacts (session_id, created_at, id) where session_id is not null');
    this.addSql('create index artifacts_pending_uploads on analysis.artifacts (organization_id, upload_expires_at) where sha256 is null');
    // A repository's archive at a commit is found by name: downloaded once per organization.
    this.addSql('create index artifacts_by_name on analysis.artifacts (organization_id, kind, name) where sha256 is not null');

    this.addSql(`create table analysis.findings (
      id uuid primary key,
      organization_id uuid not null,
      project_id uuid not null,
      fingerprint varchar(128) not null,
      rule varchar(200) not null,
      tool varchar(100) not null,
      severity varchar(10) not null check (severity ${SEVERITIES}),
      category varchar(40) not null,
      message varchar(4000) not null,
      path varchar(1000) not null,
      start_line integer,
      end_line integer,
      status varchar(10) not null check (status in ('OPEN', 'FIXED', 'IGNORED')),
      ignored_reason varchar(1000),
      ignored_by varchar(80),
      ignored_at timestamptz,
      ignored_until timestamptz,
      first_seen_session_id uuid not null,
      first_seen_version_id uuid,
      first_seen_at timestamptz not null,
      last_seen_session_id uuid not null,
      last_seen_version_id uuid,
      last_seen_at timestamptz not null,
      updated_at timestamptz not null,
      unique (project_id, fingerprint)
    )`);
    this.addSql('create index findings_by_project on analysis.findings (organization_id, project_id, status)');

    // Which findings a session saw, and whether each was new: seen in no finished analysis of the production version when the session ended.
    this.addSql(`create table analysis.occurrences (
      session_id uuid not null references analysis.sessions (id) on delete cascade,
      finding_id uuid not null references analysis.findings (id) on delete cascade,
      organization_id uuid not null,
      task_id uuid not null,
      severity varchar(10) not null,
      category varchar(40) not null,
      path varchar(1000) not null,
      start_line integer,
      is_new boolean not null,
      primary key (session_id, finding_id)
    )`);
    this.addSql('create index occurrences_by_finding on analysis.occurrences (finding_id)');

    // A finished task's output by cache key: analyzer, version, config and inputs; the output itself is a REPORT blob in the store.
    this.addSql(`create table analysis.task_cache (
      organization_id uuid not null,
      cache_key char(64) not null,
      task_id uuid not null,
      result_sha256 char(64) not null,
      duration_ms integer not null,
      created_at timestamptz not null,
      primary key (organization_id, cache_key)
    )`);

    // ESLint's results per file content (and analyzer config), so a commit that changed three files lints three files.
    this.addSql(`create table analysis.lint_cache (
      organization_id uuid not null,
      cache_key char(64) not null,
      result jsonb not null,
      created_at timestamptz not null,
      primary key (organization_id, cache_key)
    )`);

    this.addSql(`create table analysis.module_metrics (
      session_id uuid not null references analysis.sessions (id) on delete cascade,
      organization_id uuid not null,
      path varchar(1000) not null,
      afferent integer not null,
      efferent integer not null,
      instability double precision not null,
      in_cycle boolean not null,
      primary key (session_id, path)
    )`);
  }
}
