import { Migration } from '@mikro-orm/migrations';

/**
 * Policies evaluated by an OPA server: a policy's engine (STEWARD's own rules, or OPA), and the Rego
 * source each version of an OPA policy loads (as written; OPA gets it under a package of its own).
 */
export class Migration0002Opa extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table policy.policies add column engine varchar(10) not null default 'STEWARD' check (engine in ('STEWARD', 'OPA'))`);
    this.addSql('alter table policy.policy_versions add column rego text');
  }
}
