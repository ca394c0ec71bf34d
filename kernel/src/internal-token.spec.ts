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
