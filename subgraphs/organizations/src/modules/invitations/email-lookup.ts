import type { RouteClient } from '@steward/kernel';
import { userEmailRoute } from '@steward/identity/routes';

/** A user's email address as identity knows it. */
export interface UserEmail {
  /** Normalised (trimmed, lower case). */
  email: string;
  /** Whether the user proved they read mail sent to it. */
  verified: boolean;
}

/**
 * Where organizations learns a user's email address, which identity owns. Accepting an
 * invitation needs it: the invitation is bound to an address, the caller's token carries only an id.
 */
export interface EmailLookup {
  /** The user's email, or null when identity does not know the user. */
  emailOf(userId: string): Promise<UserEmail | null>;
}

/** Asks identity's internal route {@link userEmailRoute}, as the organizations service. */
export class HttpEmailLookup implements EmailLookup {
  constructor(private readonly routes: RouteClient) {}

  async emailOf(userId: string): Promise<UserEmail | null> {
    const found = await this.routes.find(userEmailRoute, { id: userId });
    return found ? { email: found.email, verified: found.emailVerified } : null;
  }
}
