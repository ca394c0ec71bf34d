import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD, organizationWith, startMetricsHarness, usageRecord, type MetricsHarness } from './harness.js';

let h: MetricsHarness;
beforeAll(async () => {
  h = await startMetricsHarness();
});
afterAll(async () => {
  await h?.stop();
});

const FORECAST = /* GraphQL */ `
  query Forecast($organizationId: ID!, $horizonDays: Int!, $trailingDays: Int, $asOf: DateTime) {
    costForecast(organizationId: $organizationId, horizonDays: $horizonDays, trailingDays: $trailingDays, asOf: $asOf) {
      asOf method trainingFrom trainingTo slopeUsdPerDay interceptUsd rSquared projectedTotalUsd
      trainingDays { day costUsd }
      projection { day costUsd }
    }
  }
`;
const CHARGEBACK = /* GraphQL */ `
  query Chargeback($organizationId: ID!, $from: DateTime!, $to: DateTime!, $by: ChargebackDimension!, $first: Int, $after: String) {
    chargebackReport(organizationId: $organizationId, from: $from, to: $to, by: $by) {
      from to by totalCostUsd totalRequests lineCount csv
      lines(first: $first, after: $after) {
        edges { node { attributedToId project { id } user { id } requests errors inputTokens outputTokens costUsd share } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;
const USAGE_TOTALS = /* GraphQL */ `
  query Totals($organizationId: ID!, $filter: UsageFilter!) {
    usage(organizationId: $organizationId, filter: $filter) { source totals { requests costUsd } }
  }
`;

const day = (n: number) => new Date(Date.UTC(2024, 5, 1 + n, 12)).toISOString();

describe('the cost forecast', () => {
  it('fits a known linear series exactly and extends it', async () => {
    const { organizationId, caller } = organizationWith(h, 'member');
    // Day i of June 2024 costs 1 + 0.5 i USD, in two requests on different hours.
    const records = Array.from({ length: 10 }, (_, i) => [
      usageRecord({ occurredAt: day(i), costUsd: (0.5 + 0.25 * i).toFixed(6) }),
      usageRecord({ occurredAt: new Date(Date.UTC(2024, 5, 1 + i, 23, 59)).toISOString(), costUsd: (0.5 + 0.25 * i).toFixed(6) }),
    ]).flat();
    expect((await h.request(RECORD, { organizationId, records }, caller)).errors).toBeUndefined();
    const res = await h.request(FORECAST, { organizationId, horizonDays: 3, trailingDays: 10, asOf: '2024-06-11T15:00:00Z' }, caller);
    expect(res.errors).toBeUndefined();
    const forecast = res.data.costForecast;
    expect(forecast).toMatchObject({
      trainingFrom: '2024-06-01T00:00:00.000Z',
      trainingTo: '2024-06-11T00:00:00.000Z',
      slopeUsdPerDay: '0.500000',
      interceptUsd: '1.000000',
      projectedTotalUsd: '19.500000',
    });
    expect(forecast.rSquared).toBeCloseTo(1, 12);
    expect(forecast.method).toMatch(/least-squares/);
    expect(forecast.trainingDays.map((d: any) => d.costUsd)).toEqual(Array.from({ length: 10 }, (_, i) => (1 + 0.5 * i).toFixed(6)));
    expect(forecast.projection).toEqual([
      { day: '2024-06-11T00:00:00.000Z', costUsd: '6.000000' },
      { day: '2024-06-12T00:00:00.000Z', costUsd: '6.500000' },
      { day: '2024-06-13T00:00:00.000Z', costUsd: '7.000000' },
    ]);
  });

  it('counts days without usage as zero and never projects below zero', async () => {
    const { organizationId, caller } = organizationWith(h, 'member');
    await h.request(RECORD, { organizationId, records: [usageRecord({ occurredAt: day(0), costUsd: '2' }), usageRecord({ occurredAt: day(2), costUsd: '4' })] }, caller);
    const rising = (await h.request(FORECAST, { organizationId, horizonDays: 1, trailingDays: 3, asOf: day(3) }, caller)).data.costForecast;
    // Series [2, 0, 4]: slope 1, intercept 1, next day 4.
    expect(rising.trainingDays.map((d: any) => d.costUsd)).toEqual(['2.000000', '0.000000', '4.000000']);
    expect(rising).toMatchObject({ slopeUsdPerDay: '1.000000', interceptUsd: '1.000000', projection: [{ costUsd: '4.000000' }] });

    await h.request(RECORD, { organizationId, records: [usageRecord({ occurredAt: day(5), costUsd: '10' })] }, caller);
    const falling = (await h.request(FORECAST, { organizationId, horizonDays: 5, trailingDays: 2, asOf: day(7) }, caller)).data.costForecast;
    // Series [10, 0]: slope −10, so every projected day is clamped to zero.
    expect(falling.slopeUsdPerDay).toBe('-10.000000');
    expect(falling.projectedTotalUsd).toBe('0.000000');
  });

  it('validates its arguments and refuses outsiders', async () => {
    const { organizationId, caller } = organizationWith(h, 'viewer');
    expect((await h.request(FORECAST, { organizationId, horizonDays: 0 }, caller)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'args.horizonDays' });
    expect((await h.request(FORECAST, { organizationId, horizonDays: 5, trailingDays: 1 }, caller)).errors?.[0]?.extensions).toMatchObject({ field: 'args.trailingDays' });
    expect((await h.request(FORECAST, { organizationId, horizonDays: 5 }, h.member('owner'))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const empty = (await h.request(FORECAST, { organizationId, horizonDays: 2 }, caller)).data.costForecast;
    expect(empty).toMatchObject({ projectedTotalUsd: '0.000000', rSquared: null });
    expect(empty.trainingDays).toHaveLength(28);
  });
});

describe('the chargeback report', () => {
  const teamA = randomUUID();
  const teamB = randomUUID();
  const projectP = randomUUID();
  const user = randomUUID();
  let org: ReturnType<typeof organizationWith>;

  beforeAll(async () => {
    org = organizationWith(h, 'viewer');
    h.know(org.organizationId, { projects: [projectP], teams: [teamA, teamB], users: [user] });
    const records = [
      usageRecord({ occurredAt: '2024-07-01T08:00:00Z', teamId: teamA, projectId: projectP, userId: user, inputTokens: 1000, outputTokens: 500 }), // 0.06
      usageRecord({ occurredAt: '2024-07-01T09:00:00Z', teamId: teamA, inputTokens: 3, outputTokens: 0 }), // 0.00009
      usageRecord({ occurredAt: '2024-07-02T10:00:00Z', teamId: teamB, projectId: projectP, model: 'gpt-3.5-turbo', inputTokens: 1, outputTokens: 1, status: 'ERROR' }), // 0.0000005 + 0.0000015 = 2 µ$
      usageRecord({ occurredAt: '2024-07-03T10:00:00Z', costUsd: '0.333333' }),
      usageRecord({ occurredAt: '2024-07-03T11:00:00Z', costUsd: '0.333334', userId: user }),
    ];
    expect((await h.request(RECORD, { organizationId: org.organizationId, records }, h.apiKey(org.organizationId))).errors).toBeUndefined();
  });

  const range = { from: '2024-07-01T00:00:00Z', to: '2024-07-04T00:00:00Z' };

  it('charges teams, projects and users with totals that reconcile exactly with usage', async () => {
    const usage = (await h.request(USAGE_TOTALS, { organizationId: org.organizationId, filter: range }, org.caller)).data.usage;
    expect(usage.totals).toEqual({ requests: 5, costUsd: '0.726759' });
    for (const by of ['TEAM', 'PROJECT', 'USER']) {
      const report = (await h.request(CHARGEBACK, { organizationId: org.organizationId, ...range, by, first: 100 }, org.caller)).data.chargebackReport;
      expect(report.totalCostUsd, by).toBe(usage.totals.costUsd);
      expect(report.totalRequests, by).toBe(usage.totals.requests);
      const lines = report.lines.edges.map((e: any) => e.node);
      const sumMicros = lines.reduce((sum: bigint, line: any) => sum + BigInt(line.costUsd.replace('.', '')), 0n);
      expect(sumMicros, by).toBe(726_759n);
      expect(lines.reduce((sum: number, line: any) => sum + line.share, 0)).toBeCloseTo(1, 9);
    }
    const byTeam = (await h.request(CHARGEBACK, { organizationId: org.organizationId, ...range, by: 'TEAM' }, org.caller)).data.chargebackReport;
    expect(byTeam.lines.edges.map((e: any) => [e.node.attributedToId, e.node.requests, e.node.costUsd])).toEqual([
      [null, 2, '0.666667'],
      [teamA, 2, '0.060090'],
      [teamB, 1, '0.000002'],
    ]);
    const byProject = (await h.request(CHARGEBACK, { organizationId: org.organizationId, ...range, by: 'PROJECT' }, org.caller)).data.chargebackReport;
    expect(byProject.lines.edges[1].node).toMatchObject({ attributedToId: projectP, project: { id: projectP }, user: null, requests: 2, errors: 1, costUsd: '0.060002' });
    const byUser = (await h.request(CHARGEBACK, { organizationId: org.organizationId, ...range, by: 'USER' }, org.caller)).data.chargebackReport;
    expect(byUser.lines.edges.map((e: any) => [e.node.user?.id ?? null, e.node.costUsd])).toEqual([
      [user, '0.393334'],
      [null, '0.333425'],
    ]);
  });

  it('renders the same lines as CSV', async () => {
    const report = (await h.request(CHARGEBACK, { organizationId: org.organizationId, ...range, by: 'TEAM' }, org.caller)).data.chargebackReport;
    const rows = report.csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('team_id,requests,errors,input_tokens,output_tokens,cache_read_tokens,cache_write_tokens,cost_usd,share');
    expect(rows.slice(1)).toEqual([
      `,2,0,2000,1000,0,0,0.666667,${(666667 / 726759).toFixed(6)}`,
      `${teamA},2,0,1003,500,0,0,0.060090,${(60090 / 726759).toFixed(6)}`,
      `${teamB},1,1,1,1,0,0,0.000002,${(2 / 726759).toFixed(6)}`,
    ]);
  });

  it('pages its lines and takes unaligned ranges from raw rows', async () => {
    const first = (await h.request(CHARGEBACK, { organizationId: org.organizationId, ...range, by: 'TEAM', first: 2 }, org.caller)).data.chargebackReport;
    expect(first.lineCount).toBe(3);
    expect(first.lines.pageInfo.hasNextPage).toBe(true);
    const next = (
      await h.request(CHARGEBACK, { organizationId: org.organizationId, ...range, by: 'TEAM', first: 2, after: first.lines.pageInfo.endCursor }, org.caller)
    ).data.chargebackReport;
    expect(next.lines.edges.map((e: any) => e.node.attributedToId)).toEqual([teamB]);
    const partial = (await h.request(CHARGEBACK, { organizationId: org.organizationId, from: '2024-07-01T08:30:00Z', to: range.to, by: 'TEAM' }, org.caller)).data
      .chargebackReport;
    expect(partial.totalRequests).toBe(4);
    expect(partial.totalCostUsd).toBe('0.666759');
  });

  it('validates the range and refuses outsiders', async () => {
    const bad = await h.request(CHARGEBACK, { organizationId: org.organizationId, from: range.to, to: range.from, by: 'TEAM' }, org.caller);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'args.to' });
    const outsider = await h.request(CHARGEBACK, { organizationId: org.organizationId, ...range, by: 'TEAM' }, h.member('owner'));
    expect(outsider.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
