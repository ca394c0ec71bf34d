import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { BadUserInputError, NotFoundError, keys, parseId, parseInput, parsePage, type Connection, type PageArgs, type Permission } from '@steward/kernel';
import type { ServiceScope } from '../../repos.context.js';
import { RepositoryAlreadyConnectedError, RepositoryDisconnectedError } from '../../repos.errors.js';
import { newWebhookSecret } from '../webhooks/webhook-signature.js';
import type { Repository } from './repository.entity.js';
import { ConnectRepositoryInputModel, PROVIDER_DEFAULTS, RepositoryFilterModel, UpdateRepositoryInputModel } from './repository.models.js';
import { RepositoryRepository } from './repository.repository.js';

/** Whether project ids name projects of an organization (projects' internal lookup route). */
export interface ProjectDirectory {
  projectsOf(organizationId: string, projectIds: readonly string[]): Promise<Set<string>>;
}

/** A repository with its webhook secret in the clear, the one time it is shown. */
export interface RepositoryWebhookSetup {
  repository: Repository;
  webhookUrl: string;
  webhookSecret: string;
}

/** The sealed-value bindings: a token sealed for one row and purpose opens nowhere else. */
const TOKEN_BINDING = (id: string) => `repos.repository:${id}:access-token`;
const SECRET_BINDING = (id: string) => `repos.repository:${id}:webhook-secret`;

/**
 * Connects, changes, disconnects and lists repositories, and keeps their access tokens and webhook
 * secrets sealed. Every public method checks the caller's permission in the repository's organization first.
 */
export class RepositoryService {
  constructor(private readonly scope: ServiceScope) {}

  /** The repository when the caller may read it, else null: unknown ids and other tenants' ids look the same. */
  byId(id: string): Promise<Repository | null> {
    return this.scope.loaders.repositoryById.load(id);
  }

  /** Like {@link byId}, but NOT_FOUND instead of null. */
  async require(rawId: unknown, field = 'id'): Promise<Repository> {
    const repository = await this.byId(parseId(rawId, field));
    if (!repository) throw new NotFoundError('Repository');
    return repository;
  }

  /** A page of an organization's repositories, oldest first. NOT_FOUND when the caller has nothing there. */
  async list(organizationId: string, rawArgs: PageArgs & Record<string, unknown>): Promise<Connection<Repository>> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'repo:read');
    const page = parsePage(rawArgs, keys.timeId);
    const filter = parseInput(RepositoryFilterModel, rawArgs);
    return new RepositoryRepository(this.scope.em, tenant).pageForOrganization(organizationId, filter, page);
  }

  /** `Project.repositories`: those of the project in organizations where the caller may read repositories. */
  async listForProject(projectId: string, rawArgs: PageArgs): Promise<Connection<Repository>> {
    const page = parsePage(rawArgs, keys.timeId);
    return new RepositoryRepository(this.scope.em, await this.scope.access.scope('repo:read')).pageForProject(projectId, page);
  }

  /** Connects a repository and makes its webhook secret (returned this once). */
  async connect(rawInput: { organizationId: string }): Promise<RepositoryWebhookSetup> {
    const tenant = await this.scope.access.scopeOf(String(rawInput.organizationId), 'repo:manage');
    const input = parseInput(ConnectRepositoryInputModel, rawInput, 'input');
    if (input.projectId) await this.assertProjectOf(input.organizationId, input.projectId, 'input.projectId');
    const id = randomUUID();
    const secret = newWebhookSecret();
    const now = this.scope.clock();
    const defaults = PROVIDER_DEFAULTS[input.provider];
    const repository = await this.uniquely(() =>
      this.scope.em.transactional(async (tx) => {
        const repositories = new RepositoryRepository(tx, tenant);
        if (await repositories.findConnected(input.organizationId, input.provider, input.fullName)) throw new RepositoryAlreadyConnectedError();
        const added = repositories.add({
          id,
          organizationId: input.organizationId,
          projectId: input.projectId ?? null,
          autoAnalysis: input.autoAnalysis ?? false,
          provider: input.provider,
          fullName: input.fullName,
          defaultBranch: input.defaultBranch ?? 'main',
          webUrl: input.webUrl ?? `${defaults.webOrigin}/${input.fullName}`,
          apiBaseUrl: input.apiBaseUrl ?? defaults.apiBaseUrl,
          status: 'ACTIVE',
          accessTokenSealed: this.scope.box.seal(input.accessToken, TOKEN_BINDING(id)),
          webhookSecretSealed: this.scope.box.seal(secret, SECRET_BINDING(id)),
          lastDeliveryAt: null,
          connectedBy: this.scope.access.principal(),
          createdAt: now,
          updatedAt: now,
          disconnectedAt: null,
        });
        await repositories.save();
        return added;
      }),
    );
    this.scope.logger.info('Repository connected (repositoryId=%s, provider=%s)', repository.id, repository.provider);
    return { repository, webhookUrl: this.webhookUrlOf(repository), webhookSecret: secret };
  }

  /** Changes what the input names; a new access token makes a NEEDS_REAUTH repository ACTIVE again. */
  async update(rawInput: { id: string }): Promise<Repository> {
    const input = parseInput(UpdateRepositoryInputModel, rawInput, 'input');
    const current = await this.requireManageable(input.id);
    if (input.projectId) await this.assertProjectOf(current.organizationId, input.projectId, 'input.projectId');
    return this.change(current, (repository) => {
      if (input.projectId !== undefined) repository.projectId = input.projectId;
      if (input.defaultBranch) repository.defaultBranch = input.defaultBranch;
      if (input.apiBaseUrl) repository.apiBaseUrl = input.apiBaseUrl;
      if (input.autoAnalysis !== undefined) repository.autoAnalysis = input.autoAnalysis;
      if (input.accessToken) {
        repository.accessTokenSealed = this.scope.box.seal(input.accessToken, TOKEN_BINDING(repository.id));
        if (repository.status === 'NEEDS_REAUTH') repository.status = 'ACTIVE';
      }
    });
  }

  /** Disconnects: webhooks to it answer 404 from now on; its pull requests and deliveries stay. */
  async disconnect(rawId: unknown): Promise<Repository> {
    const current = await this.requireManageable(parseId(rawId, 'id'));
    const repository = await this.change(current, (repository) => {
      repository.status = 'DISCONNECTED';
      repository.disconnectedAt = this.scope.clock();
    });
    this.scope.logger.info('Repository disconnected (repositoryId=%s)', repository.id);
    return repository;
  }

  /** Replaces the webhook secret; deliveries signed with the old one fail from now on. */
  async rotateWebhookSecret(rawId: unknown): Promise<RepositoryWebhookSetup> {
    const current = await this.requireManageable(parseId(rawId, 'id'));
    const secret = newWebhookSecret();
    const repository = await this.change(current, (repository) => {
      repository.webhookSecretSealed = this.scope.box.seal(secret, SECRET_BINDING(repository.id));
    });
    this.scope.logger.info('Webhook secret rotated (repositoryId=%s)', repository.id);
    return { repository, webhookUrl: this.webhookUrlOf(repository), webhookSecret: secret };
  }

  /** Where the provider should deliver this repository's webhooks. */
  webhookUrlOf(repository: Pick<Repository, 'id' | 'provider'>): string {
    return `${this.scope.webhookPublicUrl.replace(/\/+$/, '')}/webhooks/${repository.provider.toLowerCase()}/${repository.id}`;
  }

  /** `viewerCan…` fields: whether the caller holds `permission` in the repository's organization. */
  viewerCan(repository: Repository, permission: Permission): Promise<boolean> {
    return this.scope.access.can(repository.organizationId, permission);
  }

  /** The repository, readable and manageable by the caller and not disconnected; the first step of every change. */
  private async requireManageable(id: string): Promise<Repository> {
    const repository = await this.require(id);
    await this.scope.access.assert(repository.organizationId, 'repo:manage');
    if (repository.status === 'DISCONNECTED') throw new RepositoryDisconnectedError();
    return repository;
  }

  /** Applies `edit` to the repository under its row lock, so two changes to one repository take turns. */
  private async change(current: Repository, edit: (repository: Repository) => void): Promise<Repository> {
    const tenant = await this.scope.access.scopeOf(current.organizationId, 'repo:manage');
    return this.uniquely(() =>
      this.scope.em.transactional(async (tx) => {
        const repositories = new RepositoryRepository(tx, tenant);
        const repository = await repositories.lockById(current.id);
        if (!repository) throw new NotFoundError('Repository');
        if (repository.status === 'DISCONNECTED') throw new RepositoryDisconnectedError();
        edit(repository);
        repository.updatedAt = this.scope.clock();
        await repositories.save();
        return repository;
      }),
    );
  }

  private async assertProjectOf(organizationId: string, projectId: string, field: string): Promise<void> {
    const found = await this.scope.projects.projectsOf(organizationId, [projectId]);
    if (!found.has(projectId)) throw new BadUserInputError(field, `${field}: is not a project of this organization`);
  }

  /** Two connections of one repository racing past the check meet the unique index: same answer as the check. */
  private async uniquely<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new RepositoryAlreadyConnectedError();
      throw error;
    }
  }
}

/** Opens a repository's sealed access token (null when it was sealed for another row or key). */
export function accessTokenOf(box: ServiceScope['box'], repository: Pick<Repository, 'id' | 'accessTokenSealed'>): string | null {
  return box.open(repository.accessTokenSealed, TOKEN_BINDING(repository.id));
}

/** Opens a repository's sealed webhook secret (null when it was sealed for another row or key). */
export function webhookSecretOf(box: ServiceScope['box'], repository: Pick<Repository, 'id' | 'webhookSecretSealed'>): string | null {
  return box.open(repository.webhookSecretSealed, SECRET_BINDING(repository.id));
}
