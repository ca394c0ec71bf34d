import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, UnauthenticatedError, isId, type Caller, type Clock } from '@steward/kernel';
import type { User } from '../users/user.entity.js';
import { UserRepository } from '../users/user.repository.js';
import { SessionRepository } from './session.repository.js';

/** The signed-in user behind a request, proven by a session that is still live. */
export interface LiveCaller {
  user: User;
  sessionId: string;
}

/**
 * Gate of every account-security operation. Access tokens stay valid until they expire (at most
 * ACCESS_TOKEN_TTL_SECONDS) everywhere in the graph, since checking a session per request would cost
 * every subgraph a lookup; but identity's own sensitive operations look the session up, so a token
 * whose session was revoked cannot change a password, a second factor or the sessions themselves.
 */
export class CallerGuard {
  private live: Promise<LiveCaller> | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly caller: Caller,
    /** Normalised emails of platform admins (PLATFORM_ADMIN_EMAILS). */
    private readonly platformAdminEmails: ReadonlySet<string>,
    /** Sessions past their expiry at the clock's now are over. */
    private readonly clock: Clock,
  ) {}

  /** The caller with a live session, or UNAUTHENTICATED. Looked up once per request. */
  requireLiveSession(): Promise<LiveCaller> {
    this.live ??= this.lookUp();
    return this.live;
  }

  /**
   * A platform admin: listed in PLATFORM_ADMIN_EMAILS *and* has verified that email, or else anyone
   * could register an admin's address first and inherit the role.
   */
  async requirePlatformAdmin(): Promise<LiveCaller> {
    const live = await this.requireLiveSession();
    if (!this.isPlatformAdmin(live.user)) throw new ForbiddenError('Only platform admins may do this.');
    return live;
  }

  isPlatformAdmin(user: User): boolean {
    return user.emailVerified && this.platformAdminEmails.has(user.email.toLowerCase());
  }

  private async lookUp(): Promise<LiveCaller> {
    const { caller } = this;
    if (caller.kind !== 'user' || !isId(caller.sessionId) || !isId(caller.userId)) {
      throw new UnauthenticatedError();
    }
    const session = await new SessionRepository(this.em).findLive(caller.sessionId, caller.userId, this.clock());
    const user = session && (await new UserRepository(this.em).findById(caller.userId));
    if (!session || !user) throw new UnauthenticatedError('This session has ended. Sign in again.');
    return { user, sessionId: session.id };
  }
}
