/**
 * Event queries in flight at once per gateway. One event brings one query per subscriber; run all at
 * once, a thousand subscribers open a thousand sockets to the subgraph, which then idle past its
 * keep-alive timeout between events and are reset as they are reused (bench/src/subscription-fanout.ts).
 */
export const EVENT_QUERY_CONCURRENCY = 64;

/**
 * Events one subscription may have waiting for its turn. The bus cannot be slowed down, so a
 * subscription that falls this far behind (a slow socket, or event queries slower than events
 * arrive) is ended with an error rather than buffering without bound; its client subscribes again.
 */
export const EVENT_BACKLOG = 1000;
