import { BadUserInputError, NotFoundError, badInputFromZod } from '@steward/kernel';
import { organizationIdOf, parseId } from '../../arguments.js';
import type { ServiceScope } from '../../organizations.context.js';
import { parsePageArgs, toConnection, type Connection } from '../../pagination.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { RoleGraph } from '../roles/role-graph.js';
import { RoleRepository } from '../roles/role.repository.js';
import type { ApiKey } from './api-key.entity.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { newApiKeySecret } from './api-key-secrets.js';
import { createApiKeyInputModelAt } from './api-keys.models.js';

export type ApiKeyPage = Connection<ApiKey>;

/** A new key and its secret, shown once. */
export interface CreatedApiKey {
  apiKey: ApiKey;
  secret: string;
}

function snapshot(key: ApiKey) {
  return { name: key.name, roleId: key.roleId, secretPreview: key.secretPreview, expiresAt: key.expiresAt, revokedAt: key.revokedAt };
}

/** Service accounts: creating keys (never stronger than their creator) and revoking them. */
export class ApiKeyService {
  constructor(private readonly scope: ServiceScope) {}

  async list(organizationId: string, args: { first?: number | null; after?: string | null }): Promise<ApiKeyPage> {
    await this.scope.access.assert(organizationId, 'apikey:manage');
    const page = parsePageArgs(args);
    const keys = new ApiKeyRepository(this.scope.em, [organizationId]);
    const [rows, total] = await Promise.all([keys.listPage(page), keys.count()]);
    return toConnection(rows, page, total);
  }

  async create(rawInput: unknown): Promise<CreatedApiKey> {
    const organizationId = organizationIdOf(rawInput);
    await this.scope.access.assert(organizationId, 'apikey:manage');
    const now = this.scope.clock();
    const parsed = createApiKeyInputModelAt(now).safeParse(rawInput);
    if (!parsed.success) throw badInputFromZod(parsed.error, 'input');
    const input = parsed.data;
    const { secret, hash, preview } = newApiKeySecret();
    const apiKey = await this.scope.em.transactional(async (tx) => {
      if (!(await new OrganizationRepository(tx, [organizationId]).lock(organizationId))) throw new NotFoundError('Organization');
      const roles = new RoleRepository(tx, [organizationId]);
      const role = await roles.findById(input.roleId);
      if (!role) throw new BadUserInputError('input.roleId', 'input.roleId: is not a role of this organization.');
      await this.scope.access.assertHoldsAll(organizationId, new RoleGraph(await roles.list()).permissionsOf(role.id), 'Giving a key this role');
      const key = new ApiKeyRepository(tx, [organizationId]).add(
        {
          organizationId,
          name: input.name,
          roleId: role.id,
          secretHash: hash,
          secretPreview: preview,
          createdBy: this.scope.caller.kind === 'user' ? this.scope.caller.userId : null,
          expiresAt: input.expiresAt ?? null,
        },
        now,
      );
      this.scope.audit.record(tx, { organizationId, action: 'apikey.created', targetType: 'ApiKey', targetId: key.id, before: null, after: snapshot(key) });
      return key;
    });
    await this.scope.changes.committed([`apikey:${apiKey.id}`]);
    this.scope.logger.info('API key created (organizationId=%s, apiKeyId=%s)', organizationId, apiKey.id);
    return { apiKey, secret };
  }

  /** Revokes a key; every process drops it from its caches at once (it was announced on the bus). */
  async revoke(organizationId: string, rawApiKeyId: string): Promise<ApiKey> {
    await this.scope.access.assert(organizationId, 'apikey:manage');
    const apiKeyId = parseId(rawApiKeyId, 'apiKeyId');
    const apiKey = await this.scope.em.transactional(async (tx) => {
      const key = await new ApiKeyRepository(tx, [organizationId]).findById(apiKeyId);
      if (!key) throw new NotFoundError('API key');
      if (key.revokedAt) return key;
      const before = snapshot(key);
      key.revokedAt = this.scope.clock();
      this.scope.audit.record(tx, { organizationId, action: 'apikey.revoked', targetType: 'ApiKey', targetId: key.id, before, after: snapshot(key) });
      return key;
    });
    await this.scope.changes.committed([`apikey:${apiKey.id}`]);
    this.scope.logger.info('API key revoked (organizationId=%s, apiKeyId=%s)', organizationId, apiKey.id);
    return apiKey;
  }
}
