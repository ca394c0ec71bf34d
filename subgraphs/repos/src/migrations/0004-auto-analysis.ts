import { Migration } from '@mikro-orm/migrations';

/** Whether a repository's pull request heads are analysed on their own (off for every repository connected before). */
export class Migration0004AutoAnalysis extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table repos.repositories add column auto_analysis boolean not null default false');
  }
}
