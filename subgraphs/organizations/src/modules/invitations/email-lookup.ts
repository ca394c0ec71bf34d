import { ServiceClient, type InternalTokenCodec } from '@steward/kernel';

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

/** Asks identity's internal route `GET /internal/users/:id/email` with an internal token, as a service. */
export class HttpEmailLookup implements EmailLookup {
  private readonly base: URL;
  private readonly client: ServiceClient;

  constructor(identityGraphqlUrl: string, internalTokens: InternalTokenCodec) {
    this.base = new URL('/internal/users/', identityGraphqlUrl);
    this.client = new ServiceClient(internalTokens, 'organizations');
  }

  async emailOf(userId: string): Promise<UserEmail | null> {
    const response = await this.client.fetch(new URL(`${encodeURIComponent(userId)}/email`, this.base));
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`Identity answered ${response.status} for a user's email`);
    const body = (await response.json()) as { email?: unknown; emailVerified?: unknown };
    return typeof body.email === 'string' ? { email: body.email, verified: body.emailVerified === true } : null;
  }
}
