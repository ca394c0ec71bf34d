import { BadUserInputError, NotFoundError, keys, organizationIdOf, parseId, parseInput, parsePage, type Connection, type PageArgs } from '@steward/kernel';
import type { ServiceScope } from '../../organizations.context.js';
import { changeOrganization } from '../organizations/organization-change.js';
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

  async list(organizationId: string, args: PageArgs): Promise<ApiKeyPage> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'apikey:manage');
    const page = parsePage(args, keys.timeId);
    const apiKeys = new ApiKeyRepository(this.scope.em, tenant);
    const [connection, totalCount] = await Promise.all([apiKeys.listPage(page), apiKeys.countAll()]);
    return { ...connection, totalCount };
  }

  async create(rawInput: unknown): Promise<CreatedApiKey> {
    const organizationId = organizationIdOf(rawInput);
    const tenant = await this.scope.access.scopeOf(organizationId, 'apikey:manage');
    const now = this.scope.clock();
    const input = parseInput(createApiKeyInputModelAt(now), rawInput, 'input');
    const { secret, hash, preview } = newApiKeySecret();
    const apiKey = await changeOrganization(this.scope, tenant, organizationId, 'apikey:manage', async (tx) => {
      const roles = new RoleRepository(tx, tenant);
      const role = await roles.findById(input.roleId);
      if (!role) throw new BadUserInputError('input.roleId', 'input.roleId: is not a role of this organization.');
      await this.scope.access.assertHoldsAll(organizationId, new RoleGraph(await roles.list()).permissionsOf(role.id), 'Giving a key this role');
      const key = new ApiKeyRepository(tx, tenant).add(
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
      this.scope.audit.record(tx, tenant, { organizationId, action: 'apikey.created', targetType: 'ApiKey', targetId: key.id, before: null, after: snapshot(key) });
      return key;
    });
    await this.scope.changes.committed([`apikey:${apiKey.id}`]);
    this.scope.logger.info('API key created (organizationId=%s, apiKeyId=%s)', organizationId, apiKey.id);
    return { apiKey, secret };
  }

  /** Revokes a key; every process drops it from its caches at once (it was announced on the bus). */
  async revoke(organizationId: string, rawApiKeyId: string): Promise<ApiKey> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'apikey:manage');
    const apiKeyId = parseId(rawApiKeyId, 'apiKeyId');
    // Under the organization's lock and read again after it: two revocations at once record one revocation, and a key's
    // own requests waiting for the lock see it revoked.
    const apiKey = await changeOrganization(this.scope, tenant, organizationId, 'apikey:manage', async (tx) => {
      const key = await new ApiKeyRepository(tx, tenant).findCurrent(apiKeyId);
      if (!key) throw new NotFoundError('API key');
      if (key.revokedAt) return key;
      const before = snapshot(key);
      key.revokedAt = this.scope.clock();
      this.scope.audit.record(tx, tenant, { organizationId, action: 'apikey.revoked', targetType: 'ApiKey', targetId: key.id, before, after: snapshot(key) });
      return key;
    });
    await this.scope.changes.committed([`apikey:${apiKey.id}`]);
    this.scope.logger.info('API key revoked (organizationId=%s, apiKeyId=%s)', organizationId, apiKey.id);
    return apiKey;
  }
}
