import type { EntityManager } from '@mikro-orm/core';
import type { BaseRequestContext } from '@steward/kernel';
import type DataLoader from 'dataloader';
import type { AuthService } from './modules/auth/auth.service.js';
import type { User } from './modules/users/user.entity.js';

/** Per-request context of the identity subgraph. */
export interface IdentityContext extends BaseRequestContext {
  em: EntityManager;
  auth: AuthService;
  loaders: { userById: DataLoader<string, User | null> };
  /**
   * The user this request acts for: the caller, or the user a `register`/`login`/`refreshSession`
   * in this request just signed in, so their own fields in the payload are visible.
   */
  viewer: { userId: string | null };
}
