import { Migration } from '@mikro-orm/migrations';

const PUBLISH_STATE = `in ('PENDING', 'PUBLISHED', 'REJECTED', 'FAILED')`;
const COMMENT_STATUS = `in ('OPEN', 'RESOLVED', 'OUTDATED')`;

/**
 * Reviews published on pull requests: one row per finding (by fingerprint) and per check run, each
 * carrying what the provider was last told, and the pull request's summary comment and publishing lease.
 */
export class Migration0002Reviews extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table repos.review_comments (
      id uuid primary key,
      organization_id uuid not null,
      repository_id uuid not null references repos.repositories (id) on delete cascade,
      pull_request_id uuid not null references repos.pull_requests (id) on delete cascade,
      fingerprint varchar(200) not null,
      path varchar(1000) not null,
      line integer not null check (line > 0),
      start_line integer check (start_line > 0 and start_line <= line),
      side varchar(5) not null check (side in ('LEFT', 'RIGHT')),
      severity varchar(10) not null check (severity in ('CRITICAL', 'MAJOR', 'MINOR', 'INFO')),
      category varchar(100) not null,
      message text not null,
      status varchar(10) not null check (status ${COMMENT_STATUS}),
      provider_comment_id varchar(100),
      published_body text,
      published_status varchar(10) check (published_status ${COMMENT_STATUS}),
      publish_state varchar(10) not null check (publish_state ${PUBLISH_STATE}),
      publish_error varchar(500),
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`);
    // The idempotency key of a review: one comment per finding fingerprint and pull request.
    this.addSql('create unique index review_comments_fingerprint_unique on repos.review_comments (pull_request_id, fingerprint)');
    this.addSql('create index review_comments_pull_request_list on repos.review_comments (pull_request_id, created_at, id)');

    this.addSql(`create table repos.check_runs (
      id uuid primary key,
      organization_id uuid not null,
      repository_id uuid not null references repos.repositories (id) on delete cascade,
      pull_request_id uuid not null references repos.pull_requests (id) on delete cascade,
      head_sha varchar(64) not null,
      name varchar(100) not null,
      conclusion varchar(10) not null check (conclusion in ('SUCCESS', 'FAILURE', 'NEUTRAL')),
      title varchar(255) not null,
      summary text not null,
      annotations jsonb not null,
      provider_check_id varchar(100),
      publish_state varchar(10) not null check (publish_state ${PUBLISH_STATE}),
      publish_error varchar(500),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (pull_request_id, name, head_sha)
    )`);
    this.addSql('create index check_runs_pull_request_list on repos.check_runs (pull_request_id, created_at desc, id desc)');

    this.addSql(`alter table repos.pull_requests
      add column summary_comment_id varchar(100),
      add column summary_digest char(64),
      add column review_lease_until timestamptz,
      add column review_published_at timestamptz`);
  }
}
