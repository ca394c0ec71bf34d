import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import {
  CachedGrantsSource,
  GRANTS_CHANGED_TOPIC,
  InProcessEventBus,
  PostgresEventBus,
  createLogger,
  type EventBus,
  type GrantsSource,
  type OrganizationGrant,
  type PrincipalKey,
} from '@steward/kernel';

const logger = createLogger({ level: 'silent' });
const url = process.env.DATABASE_URL;

/**
 * A grants source that answers from a table in memory and counts how often it was asked, per
 * principal: the cache's own unit under test sits in front of it (organizations' real source has
 * its own tests). `failNext` makes the next lookup fail, as an unreachable organizations would.
 */
class CountingSource implements GrantsSource {
  readonly asked = new Map<PrincipalKey, number>();
  failNext = false;
  constructor(public grants: Record<string, OrganizationGrant[]> = {}) {}

  async grantsFor(principal: PrincipalKey): Promise<OrganizationGrant[]> {
    this.asked.set(principal, (this.asked.get(principal) ?? 0) + 1);
    if (this.failNext) {
      this.failNext = false;
      throw new Error('organizations is unreachable');
    }
    return this.grants[principal] ?? [];
  }

  count(principal: PrincipalKey): number {
    return this.asked.get(principal) ?? 0;
  }
}

const grant = (organizationId: string): OrganizationGrant[] => [{ organizationId, permissions: ['organization:read'] }];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (check: () => boolean, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await sleep(10);
};

const opened: (EventBus | CachedGrantsSource)[] = [];
afterAll(async () => {
  for (const item of opened.reverse()) await (item instanceof CachedGrantsSource ? item.stop() : item.close());
});

describe('CachedGrantsSource', () => {
  it('answers from the cache within the TTL and asks the source again once it has passed', async () => {
    const source = new CountingSource({ 'user:a': grant('org-1') });
    const cache = new CachedGrantsSource(source, 80);
    expect(await cache.grantsFor('user:a')).toEqual(grant('org-1'));
    source.grants['user:a'] = grant('org-2');
    expect(await cache.grantsFor('user:a')).toEqual(grant('org-1'));
    expect(source.count('user:a')).toBe(1);
    await sleep(100);
    expect(await cache.grantsFor('user:a')).toEqual(grant('org-2'));
    expect(source.count('user:a')).toBe(2);
  });

  it('asks once for concurrent lookups of the same principal', async () => {
    const source = new CountingSource();
    const cache = new CachedGrantsSource(source, 10_000);
    await Promise.all([cache.grantsFor('user:a'), cache.grantsFor('user:a'), cache.grantsFor('user:a')]);
    expect(source.count('user:a')).toBe(1);
  });

  it('drops only the announced principal, and everyone on a "*" announcement', async () => {
    const bus = new InProcessEventBus();
    const source = new CountingSource();
    const cache = new CachedGrantsSource(source, 60_000);
    opened.push(bus, cache);
    await cache.listen(bus, logger);
    for (const principal of ['user:a', 'user:b', 'apikey:k'] as const) await cache.grantsFor(principal);

    await bus.publish(GRANTS_CHANGED_TOPIC, 'user:a');
    await until(() => cache.size === 2);
    for (const principal of ['user:a', 'user:b', 'apikey:k'] as const) await cache.grantsFor(principal);
    expect([source.count('user:a'), source.count('user:b'), source.count('apikey:k')]).toEqual([2, 1, 1]);

    await bus.publish(GRANTS_CHANGED_TOPIC, '*');
    await until(() => cache.size === 0);
    for (const principal of ['user:a', 'user:b', 'apikey:k'] as const) await cache.grantsFor(principal);
    expect([source.count('user:a'), source.count('user:b'), source.count('apikey:k')]).toEqual([3, 2, 2]);
  });

  it('does not cache a failed lookup: the next request asks again and gets the answer', async () => {
    const source = new CountingSource({ 'user:a': grant('org-1') });
    const cache = new CachedGrantsSource(source, 60_000);
    source.failNext = true;
    await expect(cache.grantsFor('user:a')).rejects.toThrow('unreachable');
    // The failure is forgotten once it settled (its rejection handler ran).
    await sleep(0);
    expect(cache.size).toBe(0);
    expect(await cache.grantsFor('user:a')).toEqual(grant('org-1'));
    expect(source.count('user:a')).toBe(2);
  });

  it('keeps at most maxEntries principals, evicting the least recently used first', async () => {
    const source = new CountingSource();
    const cache = new CachedGrantsSource(source, 60_000, { maxEntries: 2 });
    await cache.grantsFor('user:a');
    await cache.grantsFor('user:b');
    // Using a makes b the least recently used.
    await cache.grantsFor('user:a');
    await cache.grantsFor('user:c');
    expect(cache.size).toBe(2);
    await cache.grantsFor('user:a');
    expect(source.count('user:a')).toBe(1);
    await cache.grantsFor('user:b');
    expect(source.count('user:b')).toBe(2);
    expect(cache.size).toBe(2);
  });

  it.skipIf(!url)('drops everything when the PostgreSQL bus reconnects, since announcements made meanwhile are lost', async () => {
    const topicMarker = `steward_reconnect_${Math.random().toString(36).slice(2, 8)}`;
    const bus = new PostgresEventBus(url!, logger);
    const source = new CountingSource();
    const cache = new CachedGrantsSource(source, 60_000);
    opened.push(bus, cache);
    await cache.listen(bus, logger);
    // A second topic only this bus listens on makes its connection easy to find in pg_stat_activity.
    await bus.subscribe(topicMarker, () => undefined);
    await cache.grantsFor('user:a');
    expect(cache.size).toBe(1);

    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ terminated: boolean }>(
        'select pg_terminate_backend(pid) as terminated from pg_stat_activity where query like $1 and pid <> pg_backend_pid()',
        [`listen "${topicMarker}"%`],
      );
      expect(rows).toEqual([{ terminated: true }]);
    } finally {
      await admin.end();
    }
    await until(() => cache.size === 0);
    expect(cache.size).toBe(0);
    await cache.grantsFor('user:a');
    expect(source.count('user:a')).toBe(2);
  });
});
