import type { EntityDictionary, EntityName, FilterQuery, FindOneOptions, FindOptions, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { isId } from './ids.js';
import { findPage, type Connection, type PageRequest } from './pagination.js';
import { runSql } from './sql.js';

/**
 * The organizations a repository may touch, fixed when it is constructed: one organization for a
 * service call, or every organization where the caller holds a read permission for entity
 * resolution. Values that are not ids are dropped, so the scope can be written into SQL safely.
 */
export class TenantScope {
  private readonly ids: ReadonlySet<string>;

  constructor(organizationIds: Iterable<string>) {
    this.ids = new Set([...organizationIds].filter(isId));
  }

  /** The scope of one organization (empty when the id is not an id). */
  static of(organizationId: string): TenantScope {
    return new TenantScope([organizationId]);
  }

  get organizationIds(): string[] {
    return [...this.ids];
  }

  get isEmpty(): boolean {
    return this.ids.size === 0;
  }

  includes(organizationId: string): boolean {
    return this.ids.has(organizationId);
  }
}

/** What a tenant-owned row carries: the organization it belongs to. */
export interface TenantOwned {
  organizationId: string;
}

/** Marks where the scope condition goes in a raw statement of {@link TenantRepository.sql}. */
const TENANT_MARKER = /\{\{tenant(?::([a-z_][a-z0-9_]*))?\}\}/g;

/**
 * Base of every repository of organization-owned data. The entity manager is private to this class:
 * a subclass can only reach the database through methods that add the scope (`organizationId` in
 * the scope's organizations) to every read and check it on every write, so a query that forgets
 * the tenant cannot be written by accident, whatever id a client sends. Raw SQL must say where the
 * scope goes (`{{tenant}}` or `{{tenant:alias}}`) or it is refused.
 */
export abstract class TenantRepository {
  readonly #em: EntityManager;

  constructor(em: EntityManager, protected readonly scope: TenantScope) {
    this.#em = em;
  }

  /** The condition every read includes (the organization entity itself is scoped by its `id`). */
  private scoped<E extends object>(where: FilterQuery<E>, key: 'organizationId' | 'id' = 'organizationId'): FilterQuery<E> {
    return { $and: [where, { [key]: { $in: this.scope.organizationIds } }] } as FilterQuery<E>;
  }

  protected find<E extends TenantOwned>(entity: EntityName<E>, where: FilterQuery<E>, options?: FindOptions<E, never>): Promise<E[]> {
    return this.#em.find(entity, this.scoped(where), options) as Promise<E[]>;
  }

  protected findOne<E extends TenantOwned>(entity: EntityName<E>, where: FilterQuery<E>, options?: FindOneOptions<E, never>): Promise<E | null> {
    return this.#em.findOne(entity, this.scoped(where), options) as Promise<E | null>;
  }

  protected count<E extends TenantOwned>(entity: EntityName<E>, where: FilterQuery<E>): Promise<number> {
    return this.#em.count(entity, this.scoped(where));
  }

  /** One page with the shared cursor contract (MikroORM's cursor pagination). */
  protected findPage<E extends TenantOwned>(entity: EntityName<E>, where: FilterQuery<E>, page: PageRequest<unknown>, orderBy: QueryOrderMap<E>): Promise<Connection<E>> {
    return findPage(this.#em, entity, this.scoped(where), page, orderBy);
  }

  /** Reads organizations themselves: the scope applies to their own id. */
  protected findOrganizations<E extends { id: string }>(entity: EntityName<E>, where: FilterQuery<E>, options?: FindOptions<E, never>): Promise<E[]> {
    return this.#em.find(entity, this.scoped(where, 'id'), options) as Promise<E[]>;
  }

  /** Creates a managed organization of the scope, which its own `id` places in it (flushed with the unit of work). */
  protected createOrganization<E extends { id: string }>(entity: EntityName<E>, data: E | Record<string, unknown>): E {
    this.assertInScope(String((data as { id?: unknown }).id));
    return this.#em.create(entity, data as never);
  }

  /** Updates rows in scope matching `where`; returns how many changed. */
  protected update<E extends TenantOwned>(entity: EntityName<E>, where: FilterQuery<E>, data: Partial<E>): Promise<number> {
    return this.#em.nativeUpdate(entity, this.scoped(where), data as never);
  }

  /** Deletes rows in scope matching `where`; returns how many went. */
  protected delete<E extends TenantOwned>(entity: EntityName<E>, where: FilterQuery<E>): Promise<number> {
    return this.#em.nativeDelete(entity, this.scoped(where));
  }

  /** Creates a managed entity in scope (flushed with the unit of work). */
  protected create<E extends TenantOwned>(entity: EntityName<E>, data: E | Record<string, unknown>): E {
    this.assertInScope((data as TenantOwned).organizationId);
    return this.#em.create(entity, data as never);
  }

  /** Schedules a managed entity (new or changed) of the scope for the next flush. */
  protected persist(...entities: TenantOwned[]): void {
    for (const entity of entities) this.assertInScope(entity.organizationId);
    this.#em.persist(entities);
  }

  /** Schedules an entity of the scope for removal at the next flush. */
  protected remove(...entities: TenantOwned[]): void {
    for (const entity of entities) this.assertInScope(entity.organizationId);
    this.#em.remove(entities);
  }

  /** Writes what is scheduled (inside the caller's transaction, if any). */
  protected flush(): Promise<void> {
    return this.#em.flush();
  }

  /**
   * Runs raw SQL whose text says where the scope goes: `{{tenant}}` becomes
   * `organization_id = '…'::uuid` for a scope of one organization and
   * `organization_id = any('{…}'::uuid[])` for any other (`{{tenant:b}}` qualifies the column with
   * `b.`). The scope's values are validated ids, so writing them into the text is safe. The plain
   * equality is for the planner: beside a statement's own `organization_id = ?` it merges into one
   * condition, where `= any(…)` stays a second one whose share of the rows is multiplied in (for an
   * organization holding half of `llm_requests`, 11,037 rows estimated for 22,000; for one holding
   * 1 %, a hundred times too few), and an organization thought small gets plans that read all of
   * its rows.
   */
  protected sql<T = Record<string, unknown>>(text: string, bindings: readonly Knex.RawBinding[] = []): Promise<T[]> {
    let marked = false;
    const organizationIds = this.scope.organizationIds;
    const condition = organizationIds.length === 1 ? `= '${organizationIds[0]}'::uuid` : `= any('{${organizationIds.join(',')}}'::uuid[])`;
    const sql = text.replace(TENANT_MARKER, (_marker, alias?: string) => {
      marked = true;
      return `${alias ? `${alias}.` : ''}organization_id ${condition}`;
    });
    if (!marked) throw new Error(`${this.constructor.name}: raw SQL without a {{tenant}} condition.`);
    return runSql<T>(this.#em, sql, bindings);
  }

  /**
   * Runs raw SQL as {@link sql} does (the `{{tenant}}` marker included) for a statement that selects
   * whole rows of `entity` (`select v.* …`), and returns them as managed entities: for set-based
   * reads MikroORM's query API cannot write, such as a keyset page per parent in one statement.
   */
  protected async findBySql<E extends TenantOwned>(entity: EntityName<E>, text: string, bindings: readonly Knex.RawBinding[] = []): Promise<E[]> {
    const rows = await this.sql<EntityDictionary<E>>(text, bindings);
    return rows.map((row) => this.#em.map(entity, row));
  }

  /** Writing outside the scope is a programming error, never a client's: fail loudly. */
  protected assertInScope(organizationId: string): void {
    if (!this.scope.includes(organizationId)) throw new Error(`${this.constructor.name} is scoped to other organizations than ${organizationId}.`);
  }
}
