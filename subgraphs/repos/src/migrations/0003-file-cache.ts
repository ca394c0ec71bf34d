import { Migration } from '@mikro-orm/migrations';

/**
 * Where each ref of a repository points (moved by pushes, or looked up and kept briefly), and the
 * trees and files read from the provider, kept per commit SHA (a commit never changes) until they expire.
 */
export class Migration0003FileCache extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table repos.ref_heads (
      repository_id uuid not null references repos.repositories (id) on delete cascade,
      organization_id uuid not null,
      ref varchar(255) not null,
      sha varchar(64) not null,
      source varchar(10) not null check (source in ('PUSH', 'LOOKUP')),
      updated_at timestamptz not null,
      primary key (repository_id, ref)
    )`);
    this.addSql(`create table repos.file_trees (
      repository_id uuid not null references repos.repositories (id) on delete cascade,
      organization_id uuid not null,
      sha varchar(64) not null,
      entries jsonb not null,
      truncated boolean not null,
      fetched_at timestamptz not null,
      expires_at timestamptz not null,
      primary key (repository_id, sha)
    )`);
    this.addSql(`create table repos.file_contents (
      repository_id uuid not null references repos.repositories (id) on delete cascade,
      organization_id uuid not null,
      sha varchar(64) not null,
      path varchar(1000) not null,
      content text,
      size integer,
      fetched_at timestamptz not null,
      expires_at timestamptz not null,
      primary key (repository_id, sha, path)
    )`);
    this.addSql('create index file_trees_expiry on repos.file_trees (expires_at)');
    this.addSql('create index file_contents_expiry on repos.file_contents (expires_at)');
  }
}
