import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError, organizationIdOf, parseId, parseInput, type TenantScope } from '@steward/kernel';
import type { ServiceScope } from '../../organizations.context.js';
import { changeOrganization } from '../organizations/organization-change.js';
import type { SsoConnection } from './sso-connection.entity.js';
import { SsoConnectionRepository } from './sso-connection.repository.js';
import {
  CreateOidcConnectionInputModel,
  CreateSamlConnectionInputModel,
  UpdateOidcConnectionInputModel,
  UpdateSamlConnectionInputModel,
} from './sso.models.js';
import { parseSigningCertificate, type SigningCertificate } from './signing-certificate.js';

/** What an audit event may show of a connection: everything but the secret. */
function snapshot(connection: SsoConnection) {
  return {
    protocol: connection.protocol,
    name: connection.name,
    allowedDomains: connection.allowedDomains,
    issuerUrl: connection.issuerUrl,
    clientId: connection.clientId,
    entityId: connection.entityId,
    ssoUrl: connection.ssoUrl,
    certificateFingerprint: connection.certificateFingerprint,
  };
}

function certificateOrThrow(text: string, field: string, now: Date): SigningCertificate {
  const parsed = parseSigningCertificate(text, now);
  if ('problem' in parsed) throw new BadUserInputError(field, `${field}: ${parsed.problem}.`);
  return parsed;
}

function certificateColumns(certificate: SigningCertificate) {
  return {
    certificatePem: certificate.pem,
    certificateSubject: certificate.subject,
    certificateFingerprint: certificate.fingerprint,
    certificateExpiresAt: certificate.expiresAt,
  };
}

/** Stored single sign-on configuration (OIDC and SAML); secrets are sealed before they are stored. */
export class SsoService {
  constructor(private readonly scope: ServiceScope) {}

  async list(organizationId: string): Promise<SsoConnection[]> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'sso:manage');
    return new SsoConnectionRepository(this.scope.em, tenant).list();
  }

  async createOidc(rawInput: unknown): Promise<SsoConnection> {
    const organizationId = organizationIdOf(rawInput);
    const tenant = await this.scope.access.scopeOf(organizationId, 'sso:manage');
    const input = parseInput(CreateOidcConnectionInputModel, rawInput, 'input');
    const id = randomUUID();
    return this.write(tenant, organizationId, (tx, connections) => {
      const connection = connections.add(
        id,
        {
          organizationId,
          protocol: 'OIDC',
          name: input.name,
          allowedDomains: input.allowedDomains,
          issuerUrl: input.issuerUrl,
          clientId: input.clientId,
          clientSecretEncrypted: this.scope.secrets.seal(input.clientSecret, id),
          entityId: null,
          ssoUrl: null,
          certificatePem: null,
          certificateSubject: null,
          certificateFingerprint: null,
          certificateExpiresAt: null,
        },
        this.scope.clock(),
      );
      this.record(tx, tenant, 'sso.created', connection, null);
      return Promise.resolve(connection);
    });
  }

  async updateOidc(rawInput: unknown): Promise<SsoConnection> {
    const organizationId = organizationIdOf(rawInput);
    const tenant = await this.scope.access.scopeOf(organizationId, 'sso:manage');
    const input = parseInput(UpdateOidcConnectionInputModel, rawInput, 'input');
    return this.write(tenant, organizationId, async (tx, connections) => {
      const connection = await this.find(connections, input.connectionId, 'OIDC');
      const before = snapshot(connection);
      connection.name = input.name ?? connection.name;
      connection.issuerUrl = input.issuerUrl ?? connection.issuerUrl;
      connection.clientId = input.clientId ?? connection.clientId;
      connection.allowedDomains = input.allowedDomains ?? connection.allowedDomains;
      if (input.clientSecret) connection.clientSecretEncrypted = this.scope.secrets.seal(input.clientSecret, connection.id);
      connection.updatedAt = this.scope.clock();
      this.record(tx, tenant, 'sso.updated', connection, before, input.clientSecret ? { clientSecretRotated: true } : {});
      return connection;
    });
  }

  async createSaml(rawInput: unknown): Promise<SsoConnection> {
    const organizationId = organizationIdOf(rawInput);
    const tenant = await this.scope.access.scopeOf(organizationId, 'sso:manage');
    const input = parseInput(CreateSamlConnectionInputModel, rawInput, 'input');
    const certificate = certificateOrThrow(input.certificate, 'input.certificate', this.scope.clock());
    return this.write(tenant, organizationId, (tx, connections) => {
      const connection = connections.add(
        randomUUID(),
        {
          organizationId,
          protocol: 'SAML',
          name: input.name,
          allowedDomains: input.allowedDomains,
          issuerUrl: null,
          clientId: null,
          clientSecretEncrypted: null,
          entityId: input.entityId,
          ssoUrl: input.ssoUrl,
          ...certificateColumns(certificate),
        },
        this.scope.clock(),
      );
      this.record(tx, tenant, 'sso.created', connection, null);
      return Promise.resolve(connection);
    });
  }

  async updateSaml(rawInput: unknown): Promise<SsoConnection> {
    const organizationId = organizationIdOf(rawInput);
    const tenant = await this.scope.access.scopeOf(organizationId, 'sso:manage');
    const input = parseInput(UpdateSamlConnectionInputModel, rawInput, 'input');
    const certificate = input.certificate ? certificateOrThrow(input.certificate, 'input.certificate', this.scope.clock()) : null;
    return this.write(tenant, organizationId, async (tx, connections) => {
      const connection = await this.find(connections, input.connectionId, 'SAML');
      const before = snapshot(connection);
      connection.name = input.name ?? connection.name;
      connection.entityId = input.entityId ?? connection.entityId;
      connection.ssoUrl = input.ssoUrl ?? connection.ssoUrl;
      connection.allowedDomains = input.allowedDomains ?? connection.allowedDomains;
      if (certificate) Object.assign(connection, certificateColumns(certificate));
      connection.updatedAt = this.scope.clock();
      this.record(tx, tenant, 'sso.updated', connection, before);
      return connection;
    });
  }

  async remove(organizationId: string, rawConnectionId: string): Promise<string> {
    const tenant = await this.scope.access.scopeOf(organizationId, 'sso:manage');
    const connectionId = parseId(rawConnectionId, 'connectionId');
    return this.write(tenant, organizationId, async (tx, connections) => {
      const connection = await connections.findById(connectionId);
      if (!connection) throw new NotFoundError('SSO connection');
      connections.removeConnection(connection);
      this.scope.audit.record(tx, tenant, {
        organizationId,
        action: 'sso.deleted',
        targetType: 'SsoConnection',
        targetId: connection.id,
        before: snapshot(connection),
        after: null,
      });
      return connection.id;
    });
  }

  private async find(connections: SsoConnectionRepository, id: string, protocol: 'OIDC' | 'SAML'): Promise<SsoConnection> {
    const connection = await connections.findById(id);
    if (!connection) throw new NotFoundError('SSO connection');
    if (connection.protocol !== protocol) throw new BadUserInputError('input.connectionId', `input.connectionId: is not an ${protocol} connection.`);
    return connection;
  }

  private record(
    tx: EntityManager,
    tenant: TenantScope,
    action: string,
    connection: SsoConnection,
    before: Record<string, unknown> | null,
    extra: Record<string, unknown> = {},
  ): void {
    this.scope.audit.record(tx, tenant, {
      organizationId: connection.organizationId,
      action,
      targetType: 'SsoConnection',
      targetId: connection.id,
      before,
      after: { ...snapshot(connection), ...extra },
    });
  }

  /** Runs a change holding the organization's lock (a deleted organization, or a caller who lost `sso:manage` meanwhile, changes nothing). */
  private async write<T>(tenant: TenantScope, organizationId: string, work: (tx: EntityManager, connections: SsoConnectionRepository) => Promise<T>): Promise<T> {
    const result = await changeOrganization(this.scope, tenant, organizationId, 'sso:manage', (tx) => work(tx, new SsoConnectionRepository(tx, tenant)));
    await this.scope.changes.committed();
    return result;
  }
}
