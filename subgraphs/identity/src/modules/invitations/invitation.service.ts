import { NotFoundError, isId, keys, parseInput, parsePage, toConnection, type Connection, type PageArgs } from '@steward/kernel';
import { z } from 'zod';
import type { ServiceScope } from '../../identity.context.js';
import { AuditEventType } from '../audit/audit-event-type.js';
import { TokenPrefix, hashToken, newSecretToken } from '../tokens/secret-tokens.js';
import { InvitationRepository, type InvitationCodeRecord } from './invitation.repository.js';

/** An invitation code as admins see it (mirrors the `InvitationCode` type). */
export interface InvitationCodeView extends InvitationCodeRecord {
  usable: boolean;
}

/** `createInvitationCode` arguments; `expiresAt` is judged against `now`, the identity clock's time. */
export const invitationCodeInputModelAt = (now: Date) =>
  z.object({
    maxUses: z.number().int().min(1, 'must be at least 1').max(10_000, 'must be at most 10000'),
    expiresAt: z
      .date()
      .refine((date) => date.getTime() > now.getTime(), 'must be in the future')
      .refine((date) => date.getTime() <= now.getTime() + 366 * 86_400_000, 'must be within a year'),
  });

function view(record: InvitationCodeRecord, now: Date): InvitationCodeView {
  return { ...record, usable: !record.revokedAt && record.uses < record.maxUses && record.expiresAt > now };
}

/** Platform admins' invitation codes; registration consumes them through the repository. */
export class InvitationService {
  constructor(private readonly scope: ServiceScope) {}

  /** Creates a code; the code itself is returned only here, only its hash is kept. */
  async create(args: unknown): Promise<{ code: string; invitation: InvitationCodeView }> {
    const { user } = await this.scope.guard.requirePlatformAdmin();
    const now = this.scope.clock();
    const input = parseInput(invitationCodeInputModelAt(now), args, 'args');
    const code = newSecretToken(TokenPrefix.invitation);
    const record = await this.scope.em.transactional(async (tx) => {
      const created = await new InvitationRepository(tx).add({ codeHash: hashToken(code), createdBy: user.id, ...input, now });
      await this.scope.audit.record(tx, { type: AuditEventType.INVITATION_CODE_CREATED, userId: user.id, actorId: user.id, details: { invitationCodeId: created.id, maxUses: created.maxUses } });
      return created;
    });
    this.scope.logger.info('Invitation code created (invitationCodeId=%s, maxUses=%d)', record.id, record.maxUses);
    return { code, invitation: view(record, now) };
  }

  /** Every code, newest first; `(createdAt, id)` is the cursor's key. */
  async list(args: PageArgs): Promise<Connection<InvitationCodeView>> {
    await this.scope.guard.requirePlatformAdmin();
    const page = parsePage(args, keys.timeId);
    const rows = await new InvitationRepository(this.scope.em).list(page.first + 1, page.after);
    const now = this.scope.clock();
    return toConnection(rows, page.first, (row) => [row.createdAt, row.id], (row) => view(row, now));
  }

  async revoke(id: unknown): Promise<boolean> {
    const { user } = await this.scope.guard.requirePlatformAdmin();
    if (!isId(id)) throw new NotFoundError('Invitation code');
    const revoked = await this.scope.em.transactional(async (tx) => {
      const done = await new InvitationRepository(tx).revoke(id, this.scope.clock());
      if (done) await this.scope.audit.record(tx, { type: AuditEventType.INVITATION_CODE_REVOKED, userId: user.id, actorId: user.id, details: { invitationCodeId: id } });
      return done;
    });
    if (!revoked) throw new NotFoundError('Invitation code');
    return true;
  }
}
