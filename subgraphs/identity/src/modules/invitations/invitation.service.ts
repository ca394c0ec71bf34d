import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError, badInputFromZod, type Clock, type Logger } from '@steward/kernel';
import { z } from 'zod';
import { parsePageArgs, toConnection, type Connection } from '../../pagination.js';
import { AuditEventType } from '../audit/audit-event-type.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { CallerGuard } from '../sessions/caller-guard.js';
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

const CursorModel = z.tuple([z.iso.datetime(), z.uuid()]);
const InvitationIdModel = z.uuid();

function view(record: InvitationCodeRecord, now: Date): InvitationCodeView {
  return { ...record, usable: !record.revokedAt && record.uses < record.maxUses && record.expiresAt > now };
}

/** Platform admins' invitation codes; registration consumes them through the repository. */
export class InvitationService {
  constructor(
    private readonly em: EntityManager,
    private readonly guard: CallerGuard,
    private readonly audit: AuditTrail,
    private readonly logger: Logger,
    private readonly clock: Clock,
  ) {}

  /** Creates a code; the code itself is returned only here, only its hash is kept. */
  async create(args: unknown): Promise<{ code: string; invitation: InvitationCodeView }> {
    const { user } = await this.guard.requirePlatformAdmin();
    const now = this.clock();
    const parsed = invitationCodeInputModelAt(now).safeParse(args);
    if (!parsed.success) throw badInputFromZod(parsed.error, 'args');
    const code = newSecretToken(TokenPrefix.invitation);
    const record = await this.em.transactional(async (tx) => {
      const created = await new InvitationRepository(tx).add({ codeHash: hashToken(code), createdBy: user.id, ...parsed.data, now });
      await this.audit.record(tx, { type: AuditEventType.INVITATION_CODE_CREATED, userId: user.id, actorId: user.id, details: { invitationCodeId: created.id, maxUses: created.maxUses } });
      return created;
    });
    this.logger.info('Invitation code created (invitationCodeId=%s, maxUses=%d)', record.id, record.maxUses);
    return { code, invitation: view(record, now) };
  }

  async list(args: unknown): Promise<Connection<InvitationCodeView>> {
    await this.guard.requirePlatformAdmin();
    const { first, after } = parsePageArgs(args, (value) => {
      const cursor = CursorModel.safeParse(value);
      return cursor.success ? { createdAt: new Date(cursor.data[0]), id: cursor.data[1] } : null;
    });
    const rows = await new InvitationRepository(this.em).list(first + 1, after);
    const now = this.clock();
    return toConnection(rows, first, (row) => view(row, now), (row) => [row.createdAt.toISOString(), row.id]);
  }

  async revoke(rawId: unknown): Promise<boolean> {
    const { user } = await this.guard.requirePlatformAdmin();
    const id = InvitationIdModel.safeParse(rawId);
    if (!id.success) throw new NotFoundError('Invitation code');
    const revoked = await this.em.transactional(async (tx) => {
      const done = await new InvitationRepository(tx).revoke(id.data, this.clock());
      if (done) await this.audit.record(tx, { type: AuditEventType.INVITATION_CODE_REVOKED, userId: user.id, actorId: user.id, details: { invitationCodeId: id.data } });
      return done;
    });
    if (!revoked) throw new NotFoundError('Invitation code');
    return true;
  }
}
