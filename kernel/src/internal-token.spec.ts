import { afterEach, describe, expect, it, vi } from 'vitest';
import { InternalTokenCodec, ReusableInternalToken } from './internal-token.js';

const codec = new InternalTokenCodec('a test secret that is long enough to sign');
const service = { caller: { kind: 'service' as const, name: 'spec' }, client: { ip: null, userAgent: null } };

describe('internal tokens', () => {
  afterEach(() => void vi.useRealTimers());

  it('verify to the identity they were signed for, and not under another secret', async () => {
    const user = { caller: { kind: 'user' as const, userId: 'u-1', sessionId: 's-1' }, client: { ip: '127.0.0.1', userAgent: 'spec' } };
    expect(await codec.verify(await codec.sign(user))).toEqual(user);
    expect(await new InternalTokenCodec('another secret that is also long enough').verify(await codec.sign(user))).toBeNull();
  });

  it('are reused while more than half their life is left, then signed anew', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const reusable = new ReusableInternalToken(codec, service);
    const first = await reusable.get();
    vi.setSystemTime(new Date('2026-01-01T00:00:29Z'));
    expect(await reusable.get()).toBe(first);
    vi.setSystemTime(new Date('2026-01-01T00:00:31Z'));
    const renewed = await reusable.get();
    expect(renewed).not.toBe(first);
    expect(await codec.verify(renewed)).toEqual(service);
  });
});

describe('verified internal tokens remembered', () => {
  const user = { caller: { kind: 'user' as const, userId: 'u-2', sessionId: null }, client: { ip: null, userAgent: null } };
  /** A codec on a clock the spec moves by hand. */
  const onClock = (start: string) => {
    const clock = { now: new Date(start) };
    return { clock, codec: new InternalTokenCodec('a test secret that is long enough to sign', { clock: () => clock.now }) };
  };

  it('refuse a token once it expires, though it was verified before', async () => {
    const { clock, codec } = onClock('2026-01-01T00:00:00Z');
    const token = await codec.sign(user);
    expect(await codec.verify(token)).toEqual(user);
    clock.now = new Date('2026-01-01T00:00:59.999Z');
    expect(await codec.verify(token)).toEqual(user);
    clock.now = new Date('2026-01-01T00:01:00Z');
    expect(await codec.verify(token)).toBeNull();
    // Still refused when asked again (the remembered answer is gone, and jose refuses it too).
    expect(await codec.verify(token)).toBeNull();
  });

  it('refuse a forged token that differs from a verified one only in its signature or claims', async () => {
    const { codec } = onClock('2026-01-01T00:00:00Z');
    const token = await codec.sign(user);
    expect(await codec.verify(token)).toEqual(user);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await codec.verify(`${header}.${payload}.${flipped}`)).toBeNull();
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const elevated = Buffer.from(JSON.stringify({ ...claims, sub: 'u-admin' })).toString('base64url');
    expect(await codec.verify(`${header}.${elevated}.${signature}`)).toBeNull();
    expect(await codec.verify(token)).toEqual(user);
  });

  it('refuse a token signed in the past that has already expired, the first time it is seen', async () => {
    const { clock, codec } = onClock('2026-01-01T00:00:00Z');
    const token = await codec.sign(user);
    clock.now = new Date('2026-01-01T00:05:00Z');
    expect(await codec.verify(token)).toBeNull();
  });

  it('verify again a token the bounded memory has let go', async () => {
    const clock = { now: new Date('2026-01-01T00:00:00Z') };
    const small = new InternalTokenCodec('a test secret that is long enough to sign', { clock: () => clock.now, maxVerified: 1 });
    const first = await small.sign(user);
    const second = await small.sign(service);
    expect(await small.verify(first)).toEqual(user);
    expect(await small.verify(second)).toEqual(service);
    expect(await small.verify(first)).toEqual(user);
    clock.now = new Date('2026-01-01T00:02:00Z');
    expect(await small.verify(first)).toBeNull();
    expect(await small.verify(second)).toBeNull();
  });
});
