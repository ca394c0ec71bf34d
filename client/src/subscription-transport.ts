import { createClient, type Client } from 'graphql-ws';
import type { OperationPayload } from './operation.js';
import { CLOSE_UNAUTHENTICATED, RenewingSubscription, isCloseEvent, type StewardSubscription } from './renewing-subscription.js';
import type { TokenSource } from './token-source.js';

/**
 * Subscriptions over one graphql-ws (`graphql-transport-ws`) connection, opened with the first
 * subscription and closed after the last. Each connection authenticates with the token current when
 * it opens, so a reconnect after a refresh carries the new one.
 */
export class SubscriptionTransport {
  private client: Client | undefined;
  /** The token the latest connection was opened with: the one a 4401 refused. */
  private socketToken: string | undefined;

  constructor(
    private readonly url: string,
    private readonly webSocketImpl: unknown,
    private readonly tokens: TokenSource,
  ) {}

  subscribe<TResult>(payload: OperationPayload): StewardSubscription<TResult> {
    const client = this.connection();
    // One renewal per refusal: after renewing, another only once a connection was accepted again,
    // so a refresh that hands out tokens the gateway refuses cannot loop.
    let accepted = true;
    const stopListening = client.on('connected', () => {
      accepted = true;
    });
    const renew = async (error: unknown) => {
      if (!isCloseEvent(error) || error.code !== CLOSE_UNAUTHENTICATED || !accepted) return false;
      accepted = false;
      return (await this.tokens.renew(this.socketToken)) !== undefined;
    };
    return new RenewingSubscription<TResult>(() => client.iterate(payload), renew, stopListening);
  }

  /** Closes the connection; subscriptions still open end. */
  async dispose(): Promise<void> {
    await this.client?.dispose();
  }

  private connection(): Client {
    // Created on first use: graphql-ws needs a WebSocket implementation as soon as it is created.
    this.client ??= createClient({
      url: this.url,
      webSocketImpl: this.webSocketImpl,
      connectionParams: async () => {
        this.socketToken = await this.tokens.current();
        return this.socketToken ? { authorization: `Bearer ${this.socketToken}` } : {};
      },
    });
    return this.client;
  }
}
