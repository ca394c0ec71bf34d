import { Migration } from '@mikro-orm/migrations';

/** A version may record the commit its code came from: a repository of the repos subgraph and a commit SHA. */
export class Migration0003SourceRevision extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table projects.project_versions add column source_repository_id uuid, add column source_commit_sha varchar(64)');
    this.addSql(`alter table projects.project_versions add constraint project_versions_source_complete
      check ((source_repository_id is null) = (source_commit_sha is null))`);
    this.addSql('create index project_versions_source on projects.project_versions (source_repository_id, source_commit_sha) where source_commit_sha is not null');
  }
}
