/** Where the client's credential comes from; see {@link StewardClientOptions}. */
export interface TokenOptions {
  token?: string;
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  refresh?: () => Promise<string | null | undefined>;
}

/**
 * The credential every request and socket connection carries, and its renewal: one refresh at a
 * time, shared by every operation that was refused meanwhile.
 */
export class TokenSource {
  private refreshed: string | undefined;
  private refreshing: Promise<boolean> | undefined;

  constructor(private readonly options: TokenOptions) {}

  /** The token to send now: `getToken()` when given, else the last refreshed token, else `token`. */
  async current(): Promise<string | undefined> {
    if (this.options.getToken) return (await this.options.getToken()) ?? undefined;
    return this.refreshed ?? this.options.token;
  }

  /**
   * After `refused` was refused as unauthenticated: the token to try once more with, or undefined
   * to give up (no `refresh`, or it found no session). Rejects with what `refresh` rejects with.
   */
  async renew(refused: string | undefined): Promise<string | undefined> {
    const { refresh } = this.options;
    if (!refresh) return undefined;
    let refreshing = this.refreshing;
    if (!refreshing) {
      const now = await this.current();
      // Another operation refreshed since this one was sent: its token is worth the retry.
      if (now !== refused) return now;
      // `??=`: an operation refused at the same moment may have started the refresh during the await above.
      refreshing = this.refreshing ??= this.refresh(refresh);
    }
    return (await refreshing) ? this.current() : undefined;
  }

  private refresh(refresh: NonNullable<TokenOptions['refresh']>): Promise<boolean> {
    const run = (async () => {
      const token = await refresh();
      if (token) this.refreshed = token;
      return Boolean(token);
    })();
    // Cleared in a callback, so always after `this.refreshing` holds it, even when `refresh` fails at once.
    const clear = () => {
      if (this.refreshing === run) this.refreshing = undefined;
    };
    run.then(clear, clear);
    return run;
  }
}
