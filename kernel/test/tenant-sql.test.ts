import { randomUUID } from 'node:crypto';
import { defineEntity } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, createSubgraphOrm, TenantRepository, TenantScope, type SubgraphOrm } from '@steward/kernel';
import { createTestDatabase, type TestDatabase } from '@steward/kernel/testing';

// The `{{tenant}}` marker of raw SQL, on whichever database the suite runs on: a scope of one
// organization (a plain equality), of several (`= any(…)`) and of none each read exactly their rows,
// also beside a statement's own organization condition, and SQL without the marker is refused.

const NoteSchema = defineEntity({ name: 'TenantSqlNote', tableName: 'notes', properties: (p) => ({ id: p.uuid().primary(), organizationId: p.uuid(), text: p.string() }) });
class CreateNotes extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table tenantsql_app.notes (id uuid primary key, organization_id uuid not null, text text not null)');
  }
}

class NoteRepository extends TenantRepository {
  texts(): Promise<string[]> {
    return this.sql<{ text: string }>('select n.text from tenantsql_app.notes n where {{tenant:n}} order by n.text').then((rows) => rows.map((row) => row.text));
  }

  textsOf(organizationId: string): Promise<string[]> {
    return this.sql<{ text: string }>('select text from tenantsql_app.notes where {{tenant}} and organization_id = ? order by text', [organizationId]).then((rows) => rows.map((row) => row.text));
  }

  async unmarked(): Promise<unknown[]> {
    return this.sql('select text from tenantsql_app.notes');
  }
}

let database: TestDatabase;
let app: SubgraphOrm;
const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createSubgraphOrm({ name: 'tenantsql_app', entities: [NoteSchema], migrations: [{ name: '0001-notes', class: CreateNotes }], database: database.target, logger: createLogger({ level: 'silent' }) });
  await database.query(
    `insert into tenantsql_app.notes (id, organization_id, text) values ($1, $2, 'a1'), ($3, $2, 'a2'), ($4, $5, 'b1'), ($6, $7, 'c1')`,
    [randomUUID(), a, randomUUID(), randomUUID(), b, randomUUID(), c],
  );
});
afterAll(async () => {
  await app?.orm.close();
  await database?.drop();
});

const notes = (scope: TenantScope) => new NoteRepository(app.orm.em.fork() as EntityManager, scope);

describe('raw SQL in a tenant scope', () => {
  it('reads only the rows of the organizations in scope, for one, several or none', async () => {
    expect(await notes(TenantScope.of(a)).texts()).toEqual(['a1', 'a2']);
    expect(await notes(new TenantScope([a, b])).texts()).toEqual(['a1', 'a2', 'b1']);
    expect(await notes(new TenantScope([])).texts()).toEqual([]);
  });

  it('gives nothing of an organization the statement names when the scope does not hold it', async () => {
    expect(await notes(TenantScope.of(a)).textsOf(a)).toEqual(['a1', 'a2']);
    expect(await notes(TenantScope.of(a)).textsOf(c)).toEqual([]);
    expect(await notes(new TenantScope([a, b])).textsOf(b)).toEqual(['b1']);
    expect(await notes(new TenantScope([a, b])).textsOf(c)).toEqual([]);
  });

  it('refuses raw SQL that does not say where the scope goes', async () => {
    await expect(notes(TenantScope.of(a)).unmarked()).rejects.toThrow(/without a \{\{tenant\}\} condition/);
  });
});
