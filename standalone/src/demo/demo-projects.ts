import type { LlmUsageInput, ProjectSettingsInput, SetBaselineInput } from '@steward/client';

/** Traffic a version served: `requests` spread evenly from `fromHoursAgo` to `toHoursAgo`. */
export interface TrafficPlan {
  fromHoursAgo: number;
  toHoursAgo: number;
  requests: number;
  /** Every n-th request fails (none when omitted). */
  errorEvery?: number;
  latencyMs: [min: number, max: number];
  inputTokens: [min: number, max: number];
  outputTokens: [min: number, max: number];
}

/** A version of a demo project, and the traffic it served. */
export interface VersionPlan {
  name: string;
  changelog: string;
  provider: string;
  model: string;
  temperature: number;
  traffic?: TrafficPlan;
}

/** A stage change, in order, after the usage is recorded: promote a version (by index), or roll back. */
export type LifecycleStep = { promote: number; reason: string } | { rollback: string };

/** A project of the demo organization: what it is, its gate, its versions and what happened to them. */
export interface ProjectPlan {
  slug: string;
  name: string;
  description: string;
  settings: ProjectSettingsInput;
  baselines: Omit<SetBaselineInput, 'projectId'>[];
  versions: VersionPlan[];
  lifecycle: LifecycleStep[];
}

const DAY = 24;

/**
 * Four projects at different stages. Models are ones the default price list knows, so every request
 * has a cost; the traffic keeps each gate where the story needs it (passing, failing, no data).
 */
export const DEMO_PROJECTS: readonly ProjectPlan[] = [
  {
    slug: 'support-assistant',
    name: 'Support Assistant',
    description: 'Answers customer tickets from the help centre, hands over to a person when unsure.',
    settings: { labels: ['customer-facing', 'support'], defaultModel: 'claude-3-5-sonnet-latest', blockPromotionOnWarn: false },
    baselines: [
      { metric: 'error_rate', operator: 'LT', threshold: 0.05 },
      { metric: 'p95_latency_ms', operator: 'LTE', threshold: 2500 },
      { metric: 'cost_per_request', operator: 'LT', threshold: 0.02, severity: 'WARN' },
    ],
    versions: [
      {
        name: 'launch',
        changelog: 'First release: retrieval over the help centre, answers in the customer’s language.',
        provider: 'anthropic',
        model: 'claude-3-5-sonnet-20240620',
        temperature: 0.3,
        traffic: { fromHoursAgo: 7 * DAY, toHoursAgo: 4 * DAY, requests: 60, errorEvery: 30, latencyMs: [700, 2100], inputTokens: [1200, 2400], outputTokens: [250, 600] },
      },
      {
        name: 'tool-use',
        changelog: 'Looks up orders and refunds with tools instead of asking the customer.',
        provider: 'anthropic',
        model: 'claude-3-5-sonnet-latest',
        temperature: 0.2,
        traffic: { fromHoursAgo: 4 * DAY, toHoursAgo: 0.2, requests: 90, errorEvery: 45, latencyMs: [600, 2300], inputTokens: [1500, 2800], outputTokens: [200, 500] },
      },
      {
        name: 'haiku-canary',
        changelog: 'Tries the smaller model on 5% of tickets to halve the cost.',
        provider: 'anthropic',
        model: 'claude-3-haiku-20240307',
        temperature: 0.2,
        traffic: { fromHoursAgo: 6, toHoursAgo: 0.2, requests: 12, latencyMs: [300, 900], inputTokens: [1500, 2800], outputTokens: [200, 500] },
      },
    ],
    lifecycle: [
      { promote: 0, reason: 'Launch to all customers.' },
      { promote: 1, reason: 'Tool use resolves 18% more tickets without a person.' },
    ],
  },
  {
    slug: 'code-review-bot',
    name: 'Code Review Bot',
    description: 'Comments on pull requests: risky changes, missing tests, unclear names.',
    settings: { labels: ['engineering'], defaultModel: 'gpt-4' },
    baselines: [
      { metric: 'error_rate', operator: 'LT', threshold: 0.05 },
      { metric: 'p95_latency_ms', operator: 'LTE', threshold: 9000 },
    ],
    versions: [
      {
        name: 'baseline-reviewer',
        changelog: 'Reviews the diff with the surrounding file for context.',
        provider: 'openai',
        model: 'gpt-4',
        temperature: 0,
        traffic: { fromHoursAgo: 7 * DAY, toHoursAgo: 1, requests: 70, errorEvery: 35, latencyMs: [2500, 8000], inputTokens: [3000, 6000], outputTokens: [300, 900] },
      },
      {
        name: 'whole-repo-context',
        changelog: 'Adds the files the diff imports; times out on large pull requests.',
        provider: 'openai',
        model: 'gpt-4',
        temperature: 0,
        traffic: { fromHoursAgo: DAY, toHoursAgo: 0.5, requests: 20, errorEvery: 4, latencyMs: [6000, 14000], inputTokens: [6000, 7500], outputTokens: [300, 900] },
      },
    ],
    lifecycle: [{ promote: 0, reason: 'Enabled on every repository.' }],
  },
  {
    slug: 'docs-search',
    name: 'Docs Search',
    description: 'Semantic search over the developer documentation, with cited answers.',
    settings: { labels: ['internal'], defaultModel: 'claude-3-haiku-20240307', blockPromotionOnNoData: true },
    baselines: [{ metric: 'p95_latency_ms', operator: 'LTE', threshold: 1200 }],
    versions: [
      {
        name: 'prototype',
        changelog: 'Answers from the top five passages; not yet serving traffic.',
        provider: 'anthropic',
        model: 'claude-3-haiku-20240307',
        temperature: 0.1,
      },
    ],
    lifecycle: [],
  },
  {
    slug: 'sales-email-drafts',
    name: 'Sales Email Drafts',
    description: 'Drafts follow-up emails from call notes for the sales team to edit and send.',
    settings: { labels: ['sales'], defaultModel: 'gpt-3.5-turbo' },
    baselines: [{ metric: 'error_rate', operator: 'LT', threshold: 0.1 }],
    versions: [
      {
        name: 'friendly-tone',
        changelog: 'Short drafts in a friendly tone, one call to action.',
        provider: 'openai',
        model: 'gpt-3.5-turbo',
        temperature: 0.7,
        traffic: { fromHoursAgo: 7 * DAY, toHoursAgo: 0.3, requests: 50, errorEvery: 25, latencyMs: [400, 1500], inputTokens: [600, 1200], outputTokens: [200, 450] },
      },
      {
        name: 'longer-drafts',
        changelog: 'Longer drafts that recap the call.',
        provider: 'openai',
        model: 'gpt-3.5-turbo',
        temperature: 0.7,
        traffic: { fromHoursAgo: 2 * DAY, toHoursAgo: DAY, requests: 20, latencyMs: [900, 2600], inputTokens: [600, 1200], outputTokens: [600, 1100] },
      },
    ],
    lifecycle: [
      { promote: 0, reason: 'Rolled out to the sales team.' },
      { promote: 1, reason: 'Recaps asked for by account executives.' },
      { rollback: 'Reply rate dropped from 31% to 22% with the longer drafts.' },
    ],
  },
];

/** A deterministic stream of numbers in [0, 1) (mulberry32), so every demo run records the same traffic. */
function numbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The usage records of one version's traffic, ending before `now`: request ids name the project,
 * the version and the request, so recording them twice adds nothing.
 */
export function trafficOf(ids: { projectId: string; versionId: string; label: string }, version: VersionPlan, now: Date, seed: number): LlmUsageInput[] {
  const traffic = version.traffic;
  if (!traffic) return [];
  const next = numbers(seed);
  const between = ([min, max]: [number, number]) => Math.round(min + (max - min) * next());
  const spanMs = (traffic.fromHoursAgo - traffic.toHoursAgo) * 3_600_000;
  const startMs = now.getTime() - traffic.fromHoursAgo * 3_600_000;
  return Array.from({ length: traffic.requests }, (_, index) => {
    const failed = traffic.errorEvery !== undefined && (index + 1) % traffic.errorEvery === 0;
    return {
      requestId: `demo-${ids.label}-${index + 1}`,
      occurredAt: new Date(startMs + (spanMs * (index + 0.5)) / traffic.requests).toISOString(),
      projectId: ids.projectId,
      versionId: ids.versionId,
      provider: version.provider,
      model: version.model,
      inputTokens: between(traffic.inputTokens),
      outputTokens: failed ? 0 : between(traffic.outputTokens),
      latencyMs: between(traffic.latencyMs),
      status: failed ? 'ERROR' : 'SUCCESS',
      ...(failed ? { errorType: 'timeout' } : {}),
    };
  });
}
