import { LockMode } from '@mikro-orm/core';
import { TenantRepository } from '@steward/kernel';
import { ArtifactSchema, type Artifact } from './artifact.entity.js';

/** Artifact rows in the organizations of its scope (their bytes are in the artifact store). */
export class ArtifactRepository extends TenantRepository {
  findByIds(ids: readonly string[]): Promise<Artifact[]> {
    return this.find(ArtifactSchema, { id: { $in: [...ids] } });
  }

  lockByIds(ids: readonly string[]): Promise<Artifact[]> {
    return this.find(ArtifactSchema, { id: { $in: [...ids] } }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { id: 'asc' } });
  }

  /** The first stored artifact of a kind with this name (a repository's archive at a commit). */
  storedByName(organizationId: string, kind: Artifact['kind'], name: string): Promise<Artifact | null> {
    return this.findOne(ArtifactSchema, { organizationId, kind, name, sha256: { $ne: null } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** Forgets the organization's upload slots whose link expired before any bytes arrived (they name no blob and no session). */
  async forgetExpiredUploads(organizationId: string, now: Date): Promise<number> {
    const rows = await this.sql<{ id: string }>(
      'delete from analysis.artifacts where {{tenant}} and organization_id = ? and sha256 is null and session_id is null and upload_expires_at < ? returning id',
      [organizationId, now],
    );
    return rows.length;
  }

  add(data: Artifact): Artifact {
    return this.create(ArtifactSchema, data);
  }

  save(): Promise<void> {
    return this.flush();
  }
}
