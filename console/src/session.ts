import { print } from 'graphql';
import { ConsoleRefreshDocument, type ConsoleRefreshMutation } from '@steward/client';

/** What sign-in and refresh return: a short-lived access token and the refresh token that renews it. */
export interface Tokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

const STORAGE_KEY = 'steward.console.session';
/** Renew this long before the access token expires, so a request never leaves with a token about to lapse. */
const RENEW_BEFORE_MS = 30_000;

function stored(): Tokens | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Tokens) : null;
  } catch {
    return null;
  }
}

/**
 * The signed-in session of this browser tab. The tokens live in sessionStorage (they survive a
 * reload, not the tab), renewal is silent and single-flight (however many requests find the token
 * old, one refresh is sent), and a refused refresh signs the tab out.
 */
export class Session {
  private tokens: Tokens | null = stored();
  private readonly listeners = new Set<() => void>();
  private renewing: Promise<string | null> | null = null;

  get signedIn(): boolean {
    return this.tokens !== null;
  }

  /** For React's useSyncExternalStore. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): boolean => this.signedIn;

  start(tokens: Tokens): void {
    this.save(tokens);
  }

  /** Forgets the tokens (the server's logout is the caller's business). */
  end(): void {
    this.save(null);
  }

  /** An access token good for the next request: renewed first when it is about to expire; null when signed out. */
  async accessToken(now = Date.now()): Promise<string | null> {
    if (!this.tokens) return null;
    if (Date.parse(this.tokens.accessTokenExpiresAt) - now > RENEW_BEFORE_MS) return this.tokens.accessToken;
    return this.renew();
  }

  /** Exchanges the refresh token for new tokens; signs out when the server refuses it. */
  renew(): Promise<string | null> {
    this.renewing ??= this.exchange().finally(() => {
      this.renewing = null;
    });
    return this.renewing;
  }

  private async exchange(): Promise<string | null> {
    const refreshToken = this.tokens?.refreshToken;
    if (!refreshToken) return null;
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(ConsoleRefreshDocument), operationName: 'ConsoleRefresh', variables: { refreshToken } }),
      });
      const body = (await response.json()) as { data?: ConsoleRefreshMutation | null; errors?: unknown[] };
      const renewed = body.data?.refreshSession;
      if (!renewed) {
        this.end();
        return null;
      }
      this.save(renewed);
      return renewed.accessToken;
    } catch {
      // The network, not the server, failed: keep the session and let the request report it.
      return this.tokens?.accessToken ?? null;
    }
  }

  private save(tokens: Tokens | null): void {
    const wasSignedIn = this.signedIn;
    this.tokens = tokens;
    try {
      if (tokens) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
      else sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage refused (private mode): the session lasts as long as the page.
    }
    if (wasSignedIn !== this.signedIn) for (const listener of this.listeners) listener();
  }
}

export const session = new Session();
