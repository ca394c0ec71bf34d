import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { BadUserInputError, ConflictError, NotFoundError, keys, parseId, parseInput, parsePage, type Connection, type PageArgs } from '@steward/kernel';
import type { ServiceScope } from '../../policy.context.js';
import { OpaUnavailableAppError, PolicyRetiredError } from '../../policy.errors.js';
import { OpaUnavailableError, RegoInvalidError } from '../opa/opa-server.js';
import { compileOpaRules, namespacedRego, regoModuleId } from './opa-policy.js';
import { compileRules, diffRules, type PolicyAction, type RulesDiff } from '../engine/index.js';
import type { Policy, PolicyVersion } from './policy.entity.js';
import { CreatePolicyInputModel, PolicyFilterModel, UpdatePolicyInputModel } from './policy.models.js';
import { PolicyRepository } from './policy.repository.js';

const NAME_TAKEN = 'This organization already has a policy with this name.';

/** Two versions of one policy side by side, rule by rule. */
export interface PolicyVersionDiff extends RulesDiff {
  from: PolicyVersion;
  to: PolicyVersion;
  maskPathsChanged: boolean;
}

/**
 * Creates, versions, activates and retires policies. Rules are compiled (validated) before anything
 * is stored; a version never changes once written, so decisions can always name what decided them.
 */
export class PolicyService {
  constructor(private readonly scope: ServiceScope) {}

  /** The policy when the caller may read policies in its organization, else null (other tenants' ids look unknown). */
  byId(id: string): Promise<Policy | null> {
    return this.scope.loaders.policyById.load(id);
  }

  /** Like {@link byId}, but NOT_FOUND instead of null. */
  async require(rawId: unknown, field = 'id'): Promise<Policy> {
    const policy = await this.byId(parseId(rawId, field));
    if (!policy) throw new NotFoundError('Policy');
    return policy;
  }

  versionById(id: string): Promise<PolicyVersion | null> {
    return this.scope.loaders.policyVersionById.load(id);
  }

  async requireVersion(rawId: unknown, field = 'id'): Promise<PolicyVersion> {
    const version = await this.versionById(parseId(rawId, field));
    if (!version) throw new NotFoundError('Policy version');
    return version;
  }

  /** A page of an organization's policies, oldest first (ACTIVE ones unless the filter says otherwise). */
  async list(organizationId: string, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<Policy>> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'policy:read');
    const page = parsePage(rawArgs, keys.timeId);
    const { filter } = parseInput(PolicyFilterModel, rawArgs);
    return new PolicyRepository(this.scope.em, tenant).pageForOrganization(organizationId, filter ?? {}, page);
  }

  /** A policy's versions, newest first. */
  async versions(policy: Policy, rawArgs: PageArgs): Promise<Connection<PolicyVersion>> {
    const tenant = await this.scope.access.scopeOf(policy.organizationId, 'policy:read');
    return new PolicyRepository(this.scope.em, tenant).versionsPage(policy.id, parsePage(rawArgs, keys.integer));
  }

  /** Creates a policy with its first version (current at once); it applies nowhere until assigned. */
  async create(rawInput: { organizationId: string }): Promise<Policy> {
    const tenant = await this.scope.access.scopeOf(String(rawInput.organizationId), 'policy:manage');
    const input = parseInput(CreatePolicyInputModel, rawInput, 'input');
    const engine = input.engine ?? 'STEWARD';
    const versionId = randomUUID();
    // An OPA policy's module is loaded (and so compiled by OPA) before anything is stored: a refused one stores nothing.
    const compiled = engine === 'OPA' ? await this.loadRego(input.rules, input.rego, versionId) : this.stewardRules(input.type, input.rules, input.rego);
    const now = this.scope.clock();
    const author = this.scope.access.principal();
    const policyId = randomUUID();
    const policy = await this.uniquely(() =>
      this.scope.em.transactional(async (tx) => {
        const policies = new PolicyRepository(tx, tenant);
        if (await policies.findByName(input.organizationId, input.name)) throw new ConflictError(NAME_TAKEN, 'input.name');
        const created = policies.addPolicy({
          id: policyId,
          organizationId: input.organizationId,
          name: input.name,
          description: input.description ?? '',
          type: input.type,
          engine,
          defaultEnforcement: input.defaultEnforcement,
          status: 'ACTIVE',
          currentVersionId: versionId,
          createdBy: author,
          createdAt: now,
          updatedAt: now,
          retiredAt: null,
        });
        policies.addVersion({
          id: versionId,
          organizationId: input.organizationId,
          policyId,
          number: 1,
          rules: [...compiled.json],
          actions: [...compiled.actions],
          maskPaths: input.maskPaths ?? [],
          rego: engine === 'OPA' ? (input.rego ?? null) : null,
          changelog: input.changelog || 'First version.',
          createdBy: author,
          createdAt: now,
        });
        await policies.save();
        return created;
      }),
    );
    this.scope.logger.info('Created policy (policyId=%s, type=%s)', policy.id, policy.type);
    return policy;
  }

  /** Changes a policy's attributes; new rules or mask paths make a new version, which becomes current. */
  async update(rawInput: { policyId: string }): Promise<Policy> {
    const input = parseInput(UpdatePolicyInputModel, rawInput, 'input');
    const current = await this.requireManageable(input.policyId);
    const newRules = input.rules !== undefined && input.rules !== null;
    const versionId = randomUUID();
    let compiled: { json: readonly unknown[]; actions: readonly PolicyAction[] } | null = null;
    if (current.engine === 'OPA' && (newRules || input.rego)) {
      const base = await this.requireVersion(current.currentVersionId);
      compiled = await this.loadRego(newRules ? input.rules : base.rules, input.rego ?? base.rego ?? undefined, versionId);
    } else if (newRules || input.rego) {
      compiled = this.stewardRules(current.type, newRules ? input.rules : undefined, input.rego);
    }
    return this.change(current, async (policy, policies) => {
      if (input.name && input.name.toLowerCase() !== policy.name.toLowerCase()) {
        if (await policies.findByName(policy.organizationId, input.name)) throw new ConflictError(NAME_TAKEN, 'input.name');
      }
      if (input.name) policy.name = input.name;
      if (input.description !== undefined) policy.description = input.description;
      if (input.defaultEnforcement) policy.defaultEnforcement = input.defaultEnforcement;
      if (compiled || input.maskPaths || input.rego) {
        // Read on the transaction: the embedded database has one connection, which the transaction holds.
        const [base] = await policies.findVersionsByIds([policy.currentVersionId!]);
        if (!base) throw new NotFoundError('Policy version');
        const version = policies.addVersion({
          id: versionId,
          organizationId: policy.organizationId,
          policyId: policy.id,
          number: await policies.nextVersionNumber(policy.id),
          rules: compiled ? [...compiled.json] : base.rules,
          actions: compiled ? [...compiled.actions] : base.actions,
          maskPaths: input.maskPaths ?? base.maskPaths,
          rego: policy.engine === 'OPA' ? (input.rego ?? base.rego ?? null) : null,
          changelog: input.changelog ?? '',
          createdBy: this.scope.access.principal(),
          createdAt: this.scope.clock(),
        });
        policy.currentVersionId = version.id;
        this.scope.logger.info('New policy version (policyId=%s, versionId=%s, number=%d)', policy.id, version.id, version.number);
      }
    });
  }

  /** Makes one of the policy's versions current; activating an older one is how a change is rolled back. */
  async activateVersion(rawVersionId: unknown): Promise<Policy> {
    const version = await this.requireVersion(rawVersionId, 'versionId');
    const current = await this.requireManageable(version.policyId);
    const policy = await this.change(current, async (policy) => {
      policy.currentVersionId = version.id;
    });
    this.scope.logger.info('Activated policy version (policyId=%s, versionId=%s, number=%d)', policy.id, version.id, version.number);
    return policy;
  }

  /** Retires a policy: evaluated nowhere from now on, its versions, decisions and violations kept. */
  async retire(rawPolicyId: unknown): Promise<Policy> {
    const current = await this.requireManageable(parseId(rawPolicyId, 'policyId'));
    const policy = await this.change(current, async (policy) => {
      policy.status = 'RETIRED';
      policy.retiredAt = this.scope.clock();
    });
    this.scope.logger.info('Retired policy (policyId=%s)', policy.id);
    return policy;
  }

  /** What changed between two versions of one policy. */
  async diff(rawFromId: unknown, rawToId: unknown): Promise<PolicyVersionDiff> {
    const [from, to] = await Promise.all([this.requireVersion(rawFromId, 'fromVersionId'), this.requireVersion(rawToId, 'toVersionId')]);
    if (from.policyId !== to.policyId) throw new BadUserInputError('toVersionId', 'toVersionId: is a version of another policy than fromVersionId');
    const changed = diffRules(from.rules, to.rules);
    return { from, to, ...changed, maskPathsChanged: JSON.stringify([...from.maskPaths].sort()) !== JSON.stringify([...to.maskPaths].sort()) };
  }

  /** Steward's own rules, compiled (validated); Rego belongs to OPA policies only. */
  private stewardRules(type: Policy['type'], rules: unknown, rego: string | undefined) {
    if (rego) throw new BadUserInputError('input.rego', 'input.rego: only policies of engine OPA have Rego');
    return compileRules(type, rules);
  }

  /**
   * An OPA policy version's rules, with its Rego loaded into the OPA server under the version's own
   * package (OPA compiles it there: a refusal is BAD_USER_INPUT naming `input.rego` with OPA's line and column).
   */
  private async loadRego(rules: unknown, rego: string | undefined, versionId: string): Promise<{ json: readonly unknown[]; actions: readonly PolicyAction[] }> {
    const opa = this.scope.opa;
    if (!opa) throw new BadUserInputError('input.engine', 'input.engine: OPA is not configured on this Steward (set OPA_URL to the OPA server that evaluates Rego policies)');
    const compiled = compileOpaRules(rules);
    if (!rego) throw new BadUserInputError('input.rego', 'input.rego: is required for a policy of engine OPA');
    const module = namespacedRego(rego, versionId);
    try {
      await opa.upsertModule(regoModuleId(versionId), module.source);
    } catch (error) {
      if (error instanceof RegoInvalidError) {
        const problems = error.problems.map((problem) => (problem.row === null ? problem.message : `line ${problem.row}, column ${problem.col}: ${problem.message}`));
        const refused = new BadUserInputError('input.rego', `input.rego: OPA refused the module: ${problems.join('; ')}`);
        (refused.extensions as Record<string, unknown>).issues = error.problems.map((problem) => ({ field: 'input.rego', message: problem.message, row: problem.row, col: problem.col }));
        throw refused;
      }
      if (error instanceof OpaUnavailableError) throw new OpaUnavailableAppError();
      throw error;
    }
    return compiled;
  }

  /** `viewerCanManage`. */
  viewerCanManage(policy: Policy): Promise<boolean> {
    return this.scope.access.can(policy.organizationId, 'policy:manage');
  }

  /** The policy, readable and manageable by the caller and not retired: the first step of every change. */
  async requireManageable(id: string, field = 'policyId'): Promise<Policy> {
    const policy = await this.require(id, field);
    await this.scope.access.assert(policy.organizationId, 'policy:manage');
    if (policy.status === 'RETIRED') throw new PolicyRetiredError();
    return policy;
  }

  /** Applies `edit` to the policy under its row lock, so two changes to one policy take turns. */
  private async change(current: Policy, edit: (policy: Policy, policies: PolicyRepository) => Promise<void>): Promise<Policy> {
    const tenant = await this.scope.access.scopeOf(current.organizationId, 'policy:manage');
    const policy = await this.uniquely(() =>
      this.scope.em.transactional(async (tx) => {
        const policies = new PolicyRepository(tx, tenant);
        const policy = await policies.lockById(current.id);
        if (!policy) throw new NotFoundError('Policy');
        if (policy.status === 'RETIRED') throw new PolicyRetiredError();
        await edit(policy, policies);
        policy.updatedAt = this.scope.clock();
        await policies.save();
        return policy;
      }),
    );
    this.scope.loaders.policyById.clear(policy.id).prime(policy.id, policy);
    return policy;
  }

  /** Two creations or renames racing past the name check meet the unique index: same answer as the check. */
  private async uniquely<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError(NAME_TAKEN, 'input.name');
      throw error;
    }
  }
}
