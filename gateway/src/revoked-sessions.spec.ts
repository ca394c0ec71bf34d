import { describe, expect, it } from 'vitest';
import { InternalTokenCodec, RouteClient, createLogger, decodeRevokedSessions, encodeRevokedSessions } from '@steward/kernel';
import { RevokedSessions } from './revoked-sessions.js';

// Nothing here reaches identity: the route client locates no subgraph and is never called.
const routes = new RouteClient(new InternalTokenCodec('x'.repeat(32)), 'gateway', () => undefined);
const logger = createLogger({ level: 'silent' });

describe('RevokedSessions', () => {
  it('refuses a revoked session until its last token would have expired, then forgets it', () => {
    let now = Date.parse('2026-12-03T12:00:00Z');
    const revoked = new RevokedSessions(routes, logger, () => now);
    revoked.record([{ id: 's1', until: new Date(now + 900_000) }]);
    expect(revoked.has('s1')).toBe(true);
    expect(revoked.has('s2')).toBe(false);
    now += 899_999;
    expect(revoked.has('s1')).toBe(true);
    now += 1;
    expect(revoked.has('s1')).toBe(false);
    // An announcement that arrives after every token of the session expired changes nothing.
    revoked.record([{ id: 's3', until: new Date(now - 1) }]);
    expect(revoked.has('s3')).toBe(false);
  });

  it('calls a watcher once when its session is revoked, and not after it stopped watching', () => {
    const revoked = new RevokedSessions(routes, logger);
    const calls: string[] = [];
    revoked.watch('s1', () => calls.push('first'));
    const stop = revoked.watch('s2', () => calls.push('second'));
    stop();
    const until = new Date(Date.now() + 60_000);
    revoked.record([{ id: 's1', until }, { id: 's2', until }]);
    revoked.record([{ id: 's1', until }]);
    expect(calls).toEqual(['first']);
  });
});

describe('revoked-session announcements', () => {
  it('split into payloads that fit a NOTIFY and decode back to every id', () => {
    const ids = Array.from({ length: 401 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
    const until = new Date('2026-12-03T12:15:00.000Z');
    const payloads = encodeRevokedSessions(ids, until);
    expect(payloads).toHaveLength(3);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThan(8000);
    const decoded = payloads.flatMap((payload) => decodeRevokedSessions(payload) ?? []);
    expect(decoded.map((session) => session.id)).toEqual(ids);
    expect(decoded.every((session) => session.until.getTime() === until.getTime())).toBe(true);
  });

  it('decode a payload of another shape as null', () => {
    expect(decodeRevokedSessions('not json')).toBeNull();
    expect(decodeRevokedSessions('{"ids":["a"]}')).toBeNull();
    expect(decodeRevokedSessions('{"until":"tomorrow","ids":["a"]}')).toBeNull();
  });
});
