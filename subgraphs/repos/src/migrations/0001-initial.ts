import { Migration } from '@mikro-orm/migrations';

const PROVIDER = `in ('GITHUB', 'GITLAB')`;

/** Connected repositories, the webhook deliveries they received and the pull requests those described. */
export class Migration0001Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table repos.repositories (
      id uuid primary key,
      organization_id uuid not null,
      project_id uuid,
      provider varchar(10) not null check (provider ${PROVIDER}),
      full_name varchar(300) not null,
      default_branch varchar(255) not null,
      web_url varchar(500) not null,
      api_base_url varchar(500) not null,
      status varchar(20) not null check (status in ('ACTIVE', 'NEEDS_REAUTH', 'DISCONNECTED')),
      access_token_sealed text not null,
      webhook_secret_sealed text not null,
      last_delivery_at timestamptz,
      connected_by varchar(80) not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      disconnected_at timestamptz
    )`);
    // One live connection per repository and organization (names compare as the providers do: without case);
    // disconnected ones stay for history and may be connected again.
    this.addSql(`create unique index repositories_connected_unique on repos.repositories (organization_id, provider, lower(full_name))
      where status <> 'DISCONNECTED'`);
    this.addSql('create index repositories_organization_list on repos.repositories (organization_id, created_at, id)');
    this.addSql('create index repositories_project on repos.repositories (project_id) where project_id is not null');

    this.addSql(`create table repos.webhook_deliveries (
      id uuid primary key,
      organization_id uuid not null,
      repository_id uuid not null references repos.repositories (id) on delete cascade,
      provider varchar(10) not null check (provider ${PROVIDER}),
      delivery_id varchar(200) not null,
      event varchar(100) not null,
      action varchar(100),
      received_at timestamptz not null,
      signature_scheme varchar(20) not null check (signature_scheme in ('HMAC_SHA256', 'GITLAB_TOKEN', 'STANDARD_WEBHOOKS', 'NONE')),
      verified boolean not null,
      status varchar(10) not null check (status in ('RECEIVED', 'PROCESSED', 'IGNORED', 'DUPLICATE', 'FAILED')),
      error varchar(500),
      attempts integer not null default 0,
      payload_digest char(64) not null,
      payload jsonb,
      pull_request_id uuid,
      processed_at timestamptz,
      check (verified or payload is null)
    )`);
    // The dedupe rule: one accepted delivery per provider delivery id and repository. Only accepted
    // deliveries keep their payload; replays and refused attempts are rows of their own outside the index.
    this.addSql(`create unique index webhook_deliveries_accepted_unique on repos.webhook_deliveries (repository_id, delivery_id)
      where payload is not null`);
    this.addSql('create index webhook_deliveries_repository_list on repos.webhook_deliveries (repository_id, received_at desc, id desc)');
    this.addSql('create index webhook_deliveries_organization_list on repos.webhook_deliveries (organization_id, received_at desc, id desc)');
    this.addSql('create index webhook_deliveries_pull_request on repos.webhook_deliveries (pull_request_id, received_at desc, id desc) where pull_request_id is not null');

    this.addSql(`create table repos.pull_requests (
      id uuid primary key,
      organization_id uuid not null,
      repository_id uuid not null references repos.repositories (id) on delete cascade,
      number integer not null check (number > 0),
      title varchar(1000) not null,
      author_login varchar(255) not null,
      state varchar(10) not null check (state in ('OPEN', 'CLOSED', 'MERGED')),
      draft boolean not null,
      head_ref varchar(255) not null,
      base_ref varchar(255) not null,
      head_sha varchar(64) not null,
      web_url varchar(500),
      opened_at timestamptz not null,
      closed_at timestamptz,
      merged_at timestamptz,
      provider_updated_at timestamptz not null,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`);
    this.addSql('create unique index pull_requests_number_unique on repos.pull_requests (repository_id, number)');
    this.addSql('create index pull_requests_repository_list on repos.pull_requests (repository_id, provider_updated_at desc, id desc)');
    this.addSql('create index pull_requests_head on repos.pull_requests (organization_id, head_sha)');
  }
}
