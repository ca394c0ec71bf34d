import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS_TOPICS } from '../src/index.js';
import { RECORD, collect, organizationWith, settle, startMetricsHarness, usageRecord, type MetricsHarness } from './harness.js';

let h: MetricsHarness;
beforeAll(async () => {
  h = await startMetricsHarness();
});
afterAll(async () => {
  await h?.stop();
});

const BUDGET_FIELDS = /* GraphQL */ `
  fragment BudgetFields on Budget {
    id organizationId name scope scopeId period limitUsd alertThresholds spentUsd utilization trackedFrom viewerCanManage
    window { start end }
    forecast { projectedSpendUsd burnRatePerDayUsd exhaustsAt }
    alerts(first: 10) { edges { node { id threshold spentUsd limitUsd window { start end } } } pageInfo { hasNextPage endCursor } }
  }
`;
const CREATE = /* GraphQL */ `
  ${BUDGET_FIELDS}
  mutation Create($input: CreateBudgetInput!) { createBudget(input: $input) { ...BudgetFields } }
`;
const UPDATE = /* GraphQL */ `
  ${BUDGET_FIELDS}
  mutation Update($id: ID!, $input: UpdateBudgetInput!) { updateBudget(id: $id, input: $input) { ...BudgetFields } }
`;
const GET = /* GraphQL */ `
  ${BUDGET_FIELDS}
  query Get($id: ID!) { budget(id: $id) { ...BudgetFields } }
`;
const DELETE = 'mutation Delete($id: ID!) { deleteBudget(id: $id) }';
const ALERT = 'query Alert($id: ID!) { budgetAlert(id: $id) { id organizationId budgetId threshold spentUsd budget { id } } }';

/** A gpt-4 request costing `usd` at 30 USD per million input tokens (multiples of 0.00003). */
const costing = (usd: number, overrides: Record<string, unknown> = {}) =>
  usageRecord({ inputTokens: Math.round(usd / 0.00003), outputTokens: 0, ...overrides });

function monthStart(now = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
}

describe('a budget and its alerts', () => {
  it('counts spend in its window and raises each threshold once as spend crosses it', async () => {
    const { organizationId, caller: admin } = organizationWith(h, 'admin');
    const created = await h.request(CREATE, { input: { organizationId, scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '1.00' } }, admin);
    expect(created.errors).toBeUndefined();
    const budget = created.data.createBudget;
    expect(budget).toMatchObject({
      organizationId,
      name: 'Monthly organization budget',
      scopeId: organizationId,
      limitUsd: '1.000000',
      alertThresholds: [0.5, 0.8, 1],
      spentUsd: '0.000000',
      utilization: 0,
      trackedFrom: monthStart(),
      window: { start: monthStart() },
      viewerCanManage: true,
      alerts: { edges: [] },
    });

    const updates = await collect(h.bus, METRICS_TOPICS.budgetUpdated);
    const raised = await collect(h.bus, METRICS_TOPICS.budgetAlertRaised);
    const first = await h.request(RECORD, { organizationId, records: [costing(0.6)] }, admin);
    expect(first.data.recordLlmUsage.alertsRaised).toMatchObject([{ budgetId: budget.id, threshold: 0.5, spentUsd: '0.600000', limitUsd: '1.000000' }]);
    await h.request(RECORD, { organizationId, records: [costing(0.15)] }, admin); // 0.75: nothing new
    const third = await h.request(RECORD, { organizationId, records: [costing(0.3)] }, admin); // 1.05: 0.8 and 1.0
    expect(third.data.recordLlmUsage.alertsRaised.map((a: any) => a.threshold)).toEqual([0.8, 1]);
    const fourth = await h.request(RECORD, { organizationId, records: [costing(0.3)] }, admin);
    expect(fourth.data.recordLlmUsage.alertsRaised).toEqual([]);
    await settle();

    const now = await h.request(GET, { id: budget.id }, admin);
    expect(now.data.budget).toMatchObject({ spentUsd: '1.350000', utilization: 1.35 });
    expect(now.data.budget.alerts.edges.map((e: any) => e.node.threshold).sort()).toEqual([0.5, 0.8, 1]);
    expect(Number(now.data.budget.forecast.projectedSpendUsd)).toBeGreaterThanOrEqual(1.35);
    expect(now.data.budget.forecast.exhaustsAt).toBeNull();

    expect(updates.events.filter((e) => e.id === budget.id)).toHaveLength(4);
    expect(raised.events.filter((e) => e.organizationId === organizationId)).toHaveLength(3);
    const alertId = raised.events[0]!.id as string;
    const alert = await h.request(ALERT, { id: alertId }, admin);
    expect(alert.data.budgetAlert).toMatchObject({ id: alertId, organizationId, budgetId: budget.id, budget: { id: budget.id } });
    await updates.stop();
    await raised.stop();
  });

  it('raises each threshold exactly once when parallel ingests cross it together', async () => {
    const { organizationId, caller: admin } = organizationWith(h, 'admin');
    const key = h.apiKey(organizationId);
    const created = await h.request(
      CREATE,
      { input: { organizationId, scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '1', alertThresholds: [0.25, 0.5, 0.75, 1] } },
      admin,
    );
    const budgetId = created.data.createBudget.id;
    const raised = await collect(h.bus, METRICS_TOPICS.budgetAlertRaised);
    // Twenty calls of 0.06 USD at once: 1.20 USD in total crosses every threshold, many calls together.
    const results = await Promise.all(Array.from({ length: 20 }, () => h.request(RECORD, { organizationId, records: [costing(0.03), costing(0.03)] }, key)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const thresholds = results.flatMap((r) => r.data.recordLlmUsage.alertsRaised.map((a: any) => a.threshold)).sort();
    expect(thresholds).toEqual([0.25, 0.5, 0.75, 1]);
    await settle();
    expect(raised.events.filter((e) => e.organizationId === organizationId)).toHaveLength(4);
    const rows = await h.database.query<{ n: number }>('select count(*)::int as n from metrics.budget_alerts where budget_id = $1', [budgetId]);
    expect(Number(rows[0]!.n)).toBe(4);
    const budget = await h.request(GET, { id: budgetId }, admin);
    expect(budget.data.budget.spentUsd).toBe('1.200000');
    await raised.stop();
  });

  it('attributes spend to the window each request occurred in', async () => {
    const { organizationId, caller: admin } = organizationWith(h, 'admin');
    const created = await h.request(CREATE, { input: { organizationId, scope: 'ORGANIZATION', period: 'DAILY', limitUsd: '0.1', alertThresholds: [1] } }, admin);
    const budgetId = created.data.createBudget.id;
    // Pretend the budget has existed for a while, so earlier days count too.
    await h.database.query(`update metrics.budgets set tracked_from = tracked_from - interval '3 days' where id = $1`, [budgetId]);
    const today = new Date();
    const yesterday = new Date(today.getTime() - 86_400_000);
    const longAgo = new Date(today.getTime() - 10 * 86_400_000);
    const res = await h.request(
      RECORD,
      {
        organizationId,
        records: [
          costing(0.06, { occurredAt: yesterday.toISOString() }),
          costing(0.06, { occurredAt: yesterday.toISOString() }),
          costing(0.03, { occurredAt: today.toISOString() }),
          costing(0.3, { occurredAt: longAgo.toISOString() }),
        ],
      },
      admin,
    );
    // Only yesterday's window reached 0.1; the request from before tracking began counts nowhere.
    const alerts = res.data.recordLlmUsage.alertsRaised;
    expect(alerts).toHaveLength(1);
    expect(alerts[0].window.start).toBe(new Date(Math.floor(yesterday.getTime() / 86_400_000) * 86_400_000).toISOString());
    expect(alerts[0].spentUsd).toBe('0.120000');
    const budget = await h.request(GET, { id: budgetId }, admin);
    expect(budget.data.budget.spentUsd).toBe('0.030000');
    const spend = await h.database.query<{ total: string }>('select sum(spent_micros)::text as total from metrics.budget_spend where budget_id = $1', [budgetId]);
    expect(spend[0]!.total).toBe('150000');
  });

  it('counts only the project, team or user a scoped budget names', async () => {
    const { organizationId, caller: admin } = organizationWith(h, 'admin');
    const project = h.project(organizationId);
    const team = h.team(organizationId);
    const user = h.user(organizationId);
    const create = (scope: string, scopeId: string) =>
      h.request(CREATE, { input: { organizationId, scope, scopeId, period: 'MONTHLY', limitUsd: '10' } }, admin).then((r) => r.data.createBudget.id as string);
    const ids = { project: await create('PROJECT', project), team: await create('TEAM', team), user: await create('USER', user) };
    await h.request(
      RECORD,
      {
        organizationId,
        records: [
          costing(0.3, { projectId: project }),
          costing(0.03, { teamId: team }),
          costing(0.003, { userId: user, projectId: project }),
          costing(0.6, { projectId: h.project(organizationId), teamId: h.team(organizationId), userId: h.user(organizationId) }),
        ],
      },
      admin,
    );
    const spent = async (id: string) => (await h.request(GET, { id }, admin)).data.budget.spentUsd;
    expect(await spent(ids.project)).toBe('0.303000');
    expect(await spent(ids.team)).toBe('0.030000');
    expect(await spent(ids.user)).toBe('0.003000');
  });

  it('starts from the usage already recorded in its window and alerts at once', async () => {
    const { organizationId, caller: admin } = organizationWith(h, 'admin');
    const user = h.user(organizationId);
    await h.request(RECORD, { organizationId, records: [costing(0.9, { userId: user }), costing(0.3)] }, admin);
    const raised = await collect(h.bus, METRICS_TOPICS.budgetAlertRaised);
    const orgBudget = await h.request(CREATE, { input: { organizationId, scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '1' } }, admin);
    expect(orgBudget.data.createBudget).toMatchObject({ spentUsd: '1.200000' });
    expect(orgBudget.data.createBudget.alerts.edges).toHaveLength(3);
    const userBudget = await h.request(CREATE, { input: { organizationId, scope: 'USER', scopeId: user, period: 'WEEKLY', limitUsd: '2' } }, admin);
    expect(userBudget.data.createBudget).toMatchObject({ spentUsd: '0.900000', utilization: 0.45 });
    await settle();
    expect(raised.events.filter((e) => e.organizationId === organizationId)).toHaveLength(3);
    await raised.stop();
  });

  it('re-evaluates on update, restarts counting when the period changes, and announces the change', async () => {
    const { organizationId, caller: admin } = organizationWith(h, 'admin');
    const created = await h.request(CREATE, { input: { organizationId, scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '10', alertThresholds: [0.5] } }, admin);
    const id = created.data.createBudget.id;
    await h.request(RECORD, { organizationId, records: [costing(3)] }, admin);
    const updates = await collect(h.bus, METRICS_TOPICS.budgetUpdated);
    const lowered = await h.request(UPDATE, { id, input: { limitUsd: '4', name: 'Tight', alertThresholds: [0.5, 0.9] } }, admin);
    expect(lowered.errors).toBeUndefined();
    expect(lowered.data.updateBudget).toMatchObject({ name: 'Tight', limitUsd: '4.000000', alertThresholds: [0.5, 0.9], spentUsd: '3.000000', utilization: 0.75 });
    expect(lowered.data.updateBudget.alerts.edges.map((e: any) => e.node.threshold)).toEqual([0.5]);
    const daily = await h.request(UPDATE, { id, input: { period: 'DAILY' } }, admin);
    expect(daily.data.updateBudget).toMatchObject({ period: 'DAILY', spentUsd: '3.000000' });
    expect(daily.data.updateBudget.trackedFrom).toBe(new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000).toISOString());
    await settle();
    expect(updates.events.filter((e) => e.id === id)).toHaveLength(2);
    await updates.stop();

    const gone = await h.request(DELETE, { id }, admin);
    expect(gone.data).toEqual({ deleteBudget: true });
    expect((await h.request(GET, { id }, admin)).data.budget).toBeNull();
    expect((await h.request(DELETE, { id }, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const alerts = await h.database.query<{ n: number }>('select count(*)::int as n from metrics.budget_alerts where budget_id = $1', [id]);
    expect(Number(alerts[0]!.n)).toBe(0);
  });
});

describe('alerts after a change of period', () => {
  it('raises the thresholds of a new DAILY window that starts when the old MONTHLY one did (the 1st)', async () => {
    const { organizationId, caller: admin } = organizationWith(h, 'admin');
    h.setNow(new Date('2024-05-01T12:00:00Z'));
    try {
      const created = await h.request(CREATE, { input: { organizationId, scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '1' } }, admin);
      const id = created.data.createBudget.id;
      const first = await h.request(RECORD, { organizationId, records: [costing(0.6, { occurredAt: '2024-05-01T10:00:00Z' })] }, admin);
      expect(first.data.recordLlmUsage.alertsRaised).toMatchObject([{ threshold: 0.5, window: { start: '2024-05-01T00:00:00.000Z', end: '2024-06-01T00:00:00.000Z' } }]);

      const raised = await collect(h.bus, METRICS_TOPICS.budgetAlertRaised);
      const daily = await h.request(UPDATE, { id, input: { period: 'DAILY' } }, admin);
      expect(daily.errors).toBeUndefined();
      expect(daily.data.updateBudget).toMatchObject({ period: 'DAILY', spentUsd: '0.600000', window: { start: '2024-05-01T00:00:00.000Z', end: '2024-05-02T00:00:00.000Z' } });
      const windows = (budget: any) => budget.alerts.edges.map((e: any) => [e.node.threshold, e.node.window.start, e.node.window.end]).sort();
      expect(windows(daily.data.updateBudget)).toEqual([
        [0.5, '2024-05-01T00:00:00.000Z', '2024-05-02T00:00:00.000Z'],
        [0.5, '2024-05-01T00:00:00.000Z', '2024-06-01T00:00:00.000Z'],
      ]);
      await settle();
      expect(raised.events.filter((e) => e.organizationId === organizationId)).toHaveLength(1);
      await raised.stop();

      // Ingest keeps the windows apart too: the day reaches 0.8 and 1.0, the month stays at 0.5.
      const more = await h.request(RECORD, { organizationId, records: [costing(0.45, { occurredAt: '2024-05-01T11:00:00Z' })] }, admin);
      expect(more.data.recordLlmUsage.alertsRaised.map((a: any) => [a.threshold, a.window.end])).toEqual([
        [0.8, '2024-05-02T00:00:00.000Z'],
        [1, '2024-05-02T00:00:00.000Z'],
      ]);
      const rows = await h.database.query<{ period: string; n: number }>(
        'select period, count(*)::int as n from metrics.budget_alerts where budget_id = $1 group by period order by period',
        [id],
      );
      expect(rows.map((row) => [row.period, Number(row.n)])).toEqual([
        ['DAILY', 3],
        ['MONTHLY', 1],
      ]);
    } finally {
      h.setNow(null);
    }
  });
});

describe('budget input and access', () => {
  it('names the offending field', async () => {
    const { organizationId, caller: admin } = organizationWith(h, 'admin');
    const base = { organizationId, scope: 'PROJECT', scopeId: randomUUID(), period: 'MONTHLY', limitUsd: '10' };
    const cases: [Record<string, unknown>, string][] = [
      [{ scopeId: null }, 'input.scopeId'],
      [{ scope: 'ORGANIZATION', scopeId: randomUUID() }, 'input.scopeId'],
      [{ limitUsd: '0' }, 'input.limitUsd'],
      [{ alertThresholds: [0.5, 11] }, 'input.alertThresholds.1'],
      [{ alertThresholds: [0] }, 'input.alertThresholds.0'],
      [{ name: ' ' }, 'input.name'],
    ];
    for (const [override, field] of cases) {
      const res = await h.request(CREATE, { input: { ...base, ...override } }, admin);
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('refuses a scope id that is not a project, team or member of the organization, and creates nothing', async () => {
    const { organizationId, caller: admin } = organizationWith(h, 'admin');
    const other = organizationWith(h, 'admin').organizationId;
    const cases: [string, string][] = [
      ['PROJECT', h.project(other)],
      ['TEAM', h.team(other)],
      ['USER', h.user(other)],
      ['PROJECT', h.team(organizationId)],
    ];
    for (const [scope, scopeId] of cases) {
      const res = await h.request(CREATE, { input: { organizationId, scope, scopeId, period: 'MONTHLY', limitUsd: '10' } }, admin);
      expect(res.errors?.[0]?.extensions, scope).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopeId' });
      expect(res.errors?.[0]?.message).toMatch(/^input\.scopeId: is not a (project|team|member) of this organization$/);
    }
    const rows = await h.database.query<{ n: number }>('select count(*)::int as n from metrics.budgets where organization_id = $1', [organizationId]);
    expect(Number(rows[0]!.n)).toBe(0);
    const own = await h.request(CREATE, { input: { organizationId, scope: 'TEAM', scopeId: h.team(organizationId), period: 'MONTHLY', limitUsd: '10' } }, admin);
    expect(own.errors).toBeUndefined();
  });

  it('lets viewers read but not manage, and hides budgets from other organizations', async () => {
    const { organizationId, caller: admin } = organizationWith(h, 'admin');
    const viewer = h.member('viewer', organizationId);
    const member = h.member('member', organizationId);
    const outsider = organizationWith(h, 'owner').caller;
    const created = await h.request(CREATE, { input: { organizationId, scope: 'ORGANIZATION', period: 'MONTHLY', limitUsd: '5' } }, admin);
    const id = created.data.createBudget.id;

    expect((await h.request(GET, { id }, viewer)).data.budget).toMatchObject({ id, viewerCanManage: false });
    expect((await h.request(CREATE, { input: { organizationId, scope: 'ORGANIZATION', period: 'DAILY', limitUsd: '5' } }, member)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.request(UPDATE, { id, input: { limitUsd: '1' } }, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.request(DELETE, { id }, member)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect((await h.request(GET, { id }, outsider)).data.budget).toBeNull();
    expect((await h.request(UPDATE, { id, input: { limitUsd: '1' } }, outsider)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await h.request(DELETE, { id }, outsider)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const list = await h.request('query($o: ID!) { budgets(organizationId: $o) { edges { node { id } } } }', { o: organizationId }, outsider);
    expect(list.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const entities = await h.request(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Budget { id limitUsd } } }',
      { r: [{ __typename: 'Budget', id }] },
      outsider,
    );
    expect(entities.data?._entities?.[0] ?? null).toBeNull();
    expect((await h.request(GET, { id: 'not-a-uuid' }, admin)).data.budget).toBeNull();
  });

  it('pages budgets oldest first', async () => {
    const { organizationId, caller: admin } = organizationWith(h, 'admin');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await h.request(CREATE, { input: { organizationId, scope: 'ORGANIZATION', period: 'DAILY', limitUsd: String(i + 1) } }, admin)).data.createBudget.id);
    }
    const PAGE = 'query($o: ID!, $after: String) { budgets(organizationId: $o, first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    const first = await h.request(PAGE, { o: organizationId }, admin);
    const second = await h.request(PAGE, { o: organizationId, after: first.data.budgets.pageInfo.endCursor }, admin);
    expect([...first.data.budgets.edges, ...second.data.budgets.edges].map((e: any) => e.node.id)).toEqual(ids);
    expect(first.data.budgets.pageInfo.hasNextPage).toBe(true);
    expect(second.data.budgets.pageInfo.hasNextPage).toBe(false);
    expect((await h.request(PAGE, { o: organizationId, after: 'garbage' }, admin)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('pages the alerts of each budget of a list, and of the whole organization', async () => {
    const { organizationId, caller: admin } = organizationWith(h, 'admin');
    for (const period of ['DAILY', 'MONTHLY']) {
      expect((await h.request(CREATE, { input: { organizationId, scope: 'ORGANIZATION', period, limitUsd: '1' } }, admin)).errors).toBeUndefined();
    }
    // 1.05 USD crosses every threshold of both budgets: three alerts each.
    expect((await h.request(RECORD, { organizationId, records: [costing(1.05)] }, admin)).data.recordLlmUsage.alertsRaised).toHaveLength(6);

    const LIST = `query($o: ID!) { budgets(organizationId: $o) { edges { node { id
      alerts(first: 2) { edges { cursor node { id budgetId threshold } } pageInfo { hasNextPage endCursor } } } } } }`;
    const list = await h.request(LIST, { o: organizationId }, admin);
    expect(list.errors).toBeUndefined();
    const NEXT = 'query($id: ID!, $after: String) { budget(id: $id) { alerts(first: 2, after: $after) { edges { node { id budgetId threshold } } pageInfo { hasNextPage } } } }';
    for (const { node: budget } of list.data.budgets.edges) {
      expect(budget.alerts.edges).toHaveLength(2);
      expect(budget.alerts.pageInfo).toMatchObject({ hasNextPage: true, endCursor: budget.alerts.edges[1].cursor });
      const rest = await h.request(NEXT, { id: budget.id, after: budget.alerts.pageInfo.endCursor }, admin);
      expect(rest.data.budget.alerts.pageInfo.hasNextPage).toBe(false);
      const alerts = [...budget.alerts.edges, ...rest.data.budget.alerts.edges].map((edge: any) => edge.node);
      expect(alerts.every((alert: any) => alert.budgetId === budget.id)).toBe(true);
      expect(alerts.map((alert: any) => alert.threshold).sort()).toEqual([0.5, 0.8, 1]);
    }

    const ALERTS = 'query($o: ID!, $first: Int, $after: String) { budgetAlerts(organizationId: $o, first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    const page1 = await h.request(ALERTS, { o: organizationId, first: 4 }, admin);
    const page2 = await h.request(ALERTS, { o: organizationId, first: 4, after: page1.data.budgetAlerts.pageInfo.endCursor }, admin);
    const ids = [...page1.data.budgetAlerts.edges, ...page2.data.budgetAlerts.edges].map((edge: any) => edge.node.id);
    expect(new Set(ids).size).toBe(6);
    expect(page2.data.budgetAlerts.pageInfo.hasNextPage).toBe(false);
    for (const first of [0, 101]) {
      expect((await h.request(ALERTS, { o: organizationId, first }, admin)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });
});
