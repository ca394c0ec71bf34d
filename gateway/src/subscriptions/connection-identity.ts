import { ReusableInternalToken, type Caller, type ClientInfo, type InternalTokenCodec } from '@steward/kernel';
import type { GatewayContext } from '../create-gateway.js';

/** Who a socket connection speaks for, fixed at `connection_init`: every operation on it runs as them. */
export class ConnectionIdentity {
  /** Caller and client as one string: event queries with equal keys are the same request. */
  readonly key: string;
  /** Signed once per connection and renewed as it ages, not once per event query. */
  private readonly internalToken: ReusableInternalToken;

  constructor(
    readonly caller: Caller,
    readonly client: ClientInfo,
    internalTokens: InternalTokenCodec,
  ) {
    this.key = JSON.stringify([caller, client]);
    this.internalToken = new ReusableInternalToken(internalTokens, { caller, client });
  }

  /** The gateway context an operation of this connection runs with. */
  async context(): Promise<GatewayContext> {
    return { caller: this.caller, client: this.client, internalToken: await this.internalToken.get() };
  }
}
