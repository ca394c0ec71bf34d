import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LlmUsageBatch as LlmUsageBatchMapped } from '../modules/ingest/llm-usage-batch.entity.js';
import type { IngestResult as IngestResultMapped } from '../modules/ingest/ingest.service.js';
import type { UsageReport as UsageReportMapped, UsageStats as UsageStatsMapped, UsageGroupValues as UsageGroupValuesMapped, UsageSummary as UsageSummaryMapped } from '../modules/usage/usage.service.js';
import type { ModelPrice as ModelPriceMapped } from '../modules/pricing/model-price.entity.js';
import type { Budget as BudgetMapped } from '../modules/budgets/budget.entity.js';
import type { BudgetAlert as BudgetAlertMapped } from '../modules/budgets/budget-alert.entity.js';
import type { CostForecast as CostForecastMapped } from '../modules/forecasts/forecast.service.js';
import type { ChargebackReport as ChargebackReportMapped, ChargebackLine as ChargebackLineMapped } from '../modules/chargeback/chargeback.service.js';
import type { ProjectReference as ProjectReferenceMapped, ProjectVersionReference as ProjectVersionReferenceMapped } from '../references.js';
import type { MetricsContext } from '../metrics.context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time string in UTC, e.g. `2026-11-22T10:00:00.000Z`. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Any JSON value (object, array, string, number, boolean or null). */
  JSON: { input: unknown; output: unknown; }
  /** A whole number that may exceed 32 bits (token and request totals), sent as a JSON number; exact up to 2^53. */
  Long: { input: number; output: number; }
  /**
   * An amount of US dollars as a decimal string with six decimals, e.g. `"12.345678"`. Amounts are
   * exact: Steward stores integer micro-dollars and never uses floating point for money. Inputs accept
   * a string (or a plain JSON number) with at most six decimals.
   */
  Usd: { input: bigint; output: bigint; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A spending limit for an organization, team, user or project per period, with alert thresholds.
 * Spend is attributed to the window in which each request occurred.
 */
export type Budget = {
  __typename?: 'Budget';
  /** Fractions of the limit (e.g. 0.5, 0.8, 1.0) at which an alert is raised, once per window each. */
  alertThresholds: Array<Scalars['Float']['output']>;
  /** The alerts this budget raised, most recent first. */
  alerts: BudgetAlertConnection;
  /** When the budget was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Where the current window's spend is heading. */
  forecast: BudgetForecast;
  /** Stable identifier of the budget. */
  id: Scalars['ID']['output'];
  /** The spending limit per window. */
  limitUsd: Scalars['Usd']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The organization the budget belongs to. */
  organization: Organization;
  /** The organization the budget belongs to. */
  organizationId: Scalars['ID']['output'];
  /** How often the spend starts again. */
  period: BudgetPeriod;
  /** What the spend counts. */
  scope: BudgetScope;
  /** The team, user or project counted (the organization itself for ORGANIZATION). */
  scopeId: Scalars['ID']['output'];
  /** Spend in the current window. */
  spentUsd: Scalars['Usd']['output'];
  /** Start of the first window whose spend the budget counts (the window it was created or re-periodised in). */
  trackedFrom: Scalars['DateTime']['output'];
  /** When the budget was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** spentUsd / limitUsd (may exceed 1). */
  utilization: Scalars['Float']['output'];
  /** Whether the caller may change or delete this budget (`budget:manage`). */
  viewerCanManage: Scalars['Boolean']['output'];
  /** The current window. */
  window: BudgetWindow;
};


/**
 * A spending limit for an organization, team, user or project per period, with alert thresholds.
 * Spend is attributed to the window in which each request occurred.
 */
export type BudgetAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A budget's spend crossed one of its thresholds in one window. Raised once per budget, window and threshold. */
export type BudgetAlert = {
  __typename?: 'BudgetAlert';
  /** The budget, or null once deleted. */
  budget?: Maybe<Budget>;
  /** The budget whose threshold was crossed. */
  budgetId: Scalars['ID']['output'];
  /** Stable identifier of the alert. */
  id: Scalars['ID']['output'];
  /** The budget's limit when the alert was raised. */
  limitUsd: Scalars['Usd']['output'];
  /** The organization the budget belongs to. */
  organization: Organization;
  /** The organization the budget belongs to. */
  organizationId: Scalars['ID']['output'];
  /** When the alert was raised. */
  raisedAt: Scalars['DateTime']['output'];
  /** Spend in the window when the alert was raised. */
  spentUsd: Scalars['Usd']['output'];
  /** The threshold crossed, as a fraction of the limit. */
  threshold: Scalars['Float']['output'];
  /** The window in which it was crossed. */
  window: BudgetWindow;
};

/** A page of budget alerts, most recent first. */
export type BudgetAlertConnection = {
  __typename?: 'BudgetAlertConnection';
  /** The alerts of this page. */
  edges: Array<BudgetAlertEdge>;
  /** Whether more alerts follow. */
  pageInfo: PageInfo;
};

/** One alert in a page of alerts. */
export type BudgetAlertEdge = {
  __typename?: 'BudgetAlertEdge';
  /** Cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The alert. */
  node: BudgetAlert;
};

/** A page of budgets, oldest first. */
export type BudgetConnection = {
  __typename?: 'BudgetConnection';
  /** The budgets of this page. */
  edges: Array<BudgetEdge>;
  /** Whether more budgets follow. */
  pageInfo: PageInfo;
};

/** One budget in a page of budgets. */
export type BudgetEdge = {
  __typename?: 'BudgetEdge';
  /** Cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The budget. */
  node: Budget;
};

/** Where the current window's spend is heading, by the average daily burn since the window started. */
export type BudgetForecast = {
  __typename?: 'BudgetForecast';
  /** Spend so far divided by the days elapsed in the window (at least one hour is assumed). */
  burnRatePerDayUsd: Scalars['Usd']['output'];
  /** When spend reaches the limit at this burn rate; null when it does not within the window or has already reached it. */
  exhaustsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Spend so far plus the burn rate over the rest of the window. */
  projectedSpendUsd: Scalars['Usd']['output'];
};

/** How often a budget's spend starts again from zero (UTC calendar periods; weeks start on Monday). */
export type BudgetPeriod =
  /** Every day at 00:00 UTC. */
  | 'DAILY'
  /** On the first day of every month at 00:00 UTC. */
  | 'MONTHLY'
  /** Every Monday at 00:00 UTC. */
  | 'WEEKLY';

/** What a budget's spend counts. */
export type BudgetScope =
  /** All usage of the organization. */
  | 'ORGANIZATION'
  /** Usage of one project. */
  | 'PROJECT'
  /** Usage charged to one team. */
  | 'TEAM'
  /** Usage of one user. */
  | 'USER';

/** A budget window: a half-open interval [start, end). */
export type BudgetWindow = {
  __typename?: 'BudgetWindow';
  /** End of the window (exclusive). */
  end: Scalars['DateTime']['output'];
  /** Start of the window (inclusive). */
  start: Scalars['DateTime']['output'];
};

/** What a chargeback report charges usage to. */
export type ChargebackDimension =
  /** Projects. */
  | 'PROJECT'
  /** Teams. */
  | 'TEAM'
  /** Users. */
  | 'USER';

/** The usage charged to one team, project or user. */
export type ChargebackLine = {
  __typename?: 'ChargebackLine';
  /** The team, project or user charged; null for usage recorded without one. */
  attributedToId?: Maybe<Scalars['ID']['output']>;
  /** Cache-read tokens. */
  cacheReadTokens: Scalars['Long']['output'];
  /** Cache-write tokens. */
  cacheWriteTokens: Scalars['Long']['output'];
  /** Cost charged. */
  costUsd: Scalars['Usd']['output'];
  /** Requests that failed. */
  errors: Scalars['Long']['output'];
  /** Uncached input tokens. */
  inputTokens: Scalars['Long']['output'];
  /** Output tokens. */
  outputTokens: Scalars['Long']['output'];
  /** The project charged, when the report is by PROJECT. */
  project?: Maybe<Project>;
  /** Requests recorded. */
  requests: Scalars['Long']['output'];
  /** Fraction of the report's total cost (0 when the total is zero). */
  share: Scalars['Float']['output'];
  /** The team charged, when the report is by TEAM. */
  team?: Maybe<Team>;
  /** The user charged, when the report is by USER. */
  user?: Maybe<User>;
};

/** A page of chargeback lines, largest cost first. */
export type ChargebackLineConnection = {
  __typename?: 'ChargebackLineConnection';
  /** The lines of this page. */
  edges: Array<ChargebackLineEdge>;
  /** Whether more lines follow. */
  pageInfo: PageInfo;
};

/** One line in a page of chargeback lines. */
export type ChargebackLineEdge = {
  __typename?: 'ChargebackLineEdge';
  /** Cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The line. */
  node: ChargebackLine;
};

/**
 * LLM cost over a range, charged to teams, projects or users. Totals are exact sums of the lines
 * and equal the `usage` totals of the same range.
 */
export type ChargebackReport = {
  __typename?: 'ChargebackReport';
  /** What usage is charged to. */
  by: ChargebackDimension;
  /** Every line as RFC 4180 CSV (header row first, CRLF line endings, amounts as decimal strings). */
  csv: Scalars['String']['output'];
  /** Start of the range. */
  from: Scalars['DateTime']['output'];
  /** Number of lines. */
  lineCount: Scalars['Int']['output'];
  /** The lines, largest cost first. */
  lines: ChargebackLineConnection;
  /** End of the range (exclusive). */
  to: Scalars['DateTime']['output'];
  /** Total cost of the range. */
  totalCostUsd: Scalars['Usd']['output'];
  /** Total requests of the range. */
  totalRequests: Scalars['Long']['output'];
};


/**
 * LLM cost over a range, charged to teams, projects or users. Totals are exact sums of the lines
 * and equal the `usage` totals of the same range.
 */
export type ChargebackReportLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A projection of an organization's daily LLM cost: an ordinary least-squares line fitted to the
 * daily costs of the trailing full days before `asOf`, extended over the horizon (never below zero).
 */
export type CostForecast = {
  __typename?: 'CostForecast';
  /** The instant the forecast is made for; training ends at the start of its UTC day. */
  asOf: Scalars['DateTime']['output'];
  /** The fitted daily cost on the first training day. */
  interceptUsd: Scalars['Usd']['output'];
  /** How the projection was computed, in words. */
  method: Scalars['String']['output'];
  /** Sum of the projected daily costs. */
  projectedTotalUsd: Scalars['Usd']['output'];
  /** Projected daily costs from the day of `asOf` over the horizon. */
  projection: Array<DailyCost>;
  /** Coefficient of determination of the fit (1 is a perfect line); null when the costs were constant. */
  rSquared?: Maybe<Scalars['Float']['output']>;
  /** Slope of the fitted line: change of daily cost per day (may be negative). */
  slopeUsdPerDay: Scalars['Usd']['output'];
  /** The observed daily costs the line was fitted to, days without usage included as zero. */
  trainingDays: Array<DailyCost>;
  /** Start of the first training day. */
  trainingFrom: Scalars['DateTime']['output'];
  /** End of the last training day (exclusive). */
  trainingTo: Scalars['DateTime']['output'];
};

/** A new budget. */
export type CreateBudgetInput = {
  /** Fractions of the limit at which to alert, each above 0 and at most 10, up to 10 of them (default 0.5, 0.8, 1.0). */
  alertThresholds?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** The spending limit per window; more than zero. */
  limitUsd: Scalars['Usd']['input'];
  /** Display name, 1 to 100 characters; defaults to a description of scope and period. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The organization the budget belongs to. */
  organizationId: Scalars['ID']['input'];
  /** How often the spend starts again. */
  period: BudgetPeriod;
  /** What the spend counts. */
  scope: BudgetScope;
  /** The team, user or project counted; for ORGANIZATION omit it or pass the organization's id. */
  scopeId?: InputMaybe<Scalars['ID']['input']>;
};

/** The cost of one UTC day. */
export type DailyCost = {
  __typename?: 'DailyCost';
  /** Cost of the day (observed, or projected and rounded to the micro-dollar). */
  costUsd: Scalars['Usd']['output'];
  /** Start of the day (00:00 UTC). */
  day: Scalars['DateTime']['output'];
};

/** What `recordLlmUsage` did. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** Records newly recorded. */
  accepted: Scalars['Int']['output'];
  /** Budget alerts this call raised. */
  alertsRaised: Array<BudgetAlert>;
  /** One batch per project with newly recorded requests. */
  batches: Array<LlmUsageBatch>;
  /** Cost of the newly recorded requests. */
  costUsd: Scalars['Usd']['output'];
  /** Records skipped because their request id was already recorded (in an earlier call or earlier in this one). */
  skipped: Scalars['Int']['output'];
  /** The request ids that were skipped. */
  skippedRequestIds: Array<Scalars['String']['output']>;
  /** Models (as `provider/model`) of newly recorded requests that no price matched and that carried no cost; they were recorded at zero cost. */
  unpricedModels: Array<Scalars['String']['output']>;
};

/**
 * A version's live values, measured from the LLM usage recorded for it, in the units the projects
 * subgraph's quality-gate baselines use. The window is all usage recorded for the version (a version
 * is immutable, so all of its traffic counts), the same range as `ProjectVersion.usage` without bounds.
 */
export type LiveMeasurements = {
  __typename?: 'LiveMeasurements';
  /**
   * Baseline metric `cost_per_request`: total cost / requests in US dollars, rounded to the micro-dollar;
   * null when no request was recorded.
   */
  costPerRequestUsd?: Maybe<Scalars['Float']['output']>;
  /**
   * Baseline metric `error_rate`: errors / requests, between 0 and 1; null when no request was recorded
   * (a version without traffic has no error rate, rather than a perfect one).
   */
  errorRate?: Maybe<Scalars['Float']['output']>;
  /**
   * Baseline metric `p95_latency_ms`: the 95th-percentile latency in milliseconds, merged from the daily
   * rollup's histograms (within 2.5% of the exact nearest-rank value; exact below 20 ms); null when no
   * request reported a latency.
   */
  p95LatencyMs?: Maybe<Scalars['Float']['output']>;
  /** Requests recorded for the version. */
  requests: Scalars['Long']['output'];
};

/** Outcome of one LLM request. */
export type LlmRequestStatus =
  /** The request failed (see `errorType`). */
  | 'ERROR'
  /** The provider answered. */
  | 'SUCCESS';

/**
 * The usage one `recordLlmUsage` call recorded for one project (or for no project): a summary row
 * kept per ingested batch and per project, announced on `llmUsageRecorded`.
 */
export type LlmUsageBatch = {
  __typename?: 'LlmUsageBatch';
  /** Cache-read tokens of the newly recorded requests. */
  cacheReadTokens: Scalars['Long']['output'];
  /** Cache-write tokens of the newly recorded requests. */
  cacheWriteTokens: Scalars['Long']['output'];
  /** Cost of the newly recorded requests. */
  costUsd: Scalars['Usd']['output'];
  /** Newly recorded requests that failed. */
  errors: Scalars['Int']['output'];
  /** Stable identifier of the batch. */
  id: Scalars['ID']['output'];
  /** Uncached input tokens of the newly recorded requests. */
  inputTokens: Scalars['Long']['output'];
  /** When the earliest newly recorded request occurred. */
  occurredFrom: Scalars['DateTime']['output'];
  /** When the latest newly recorded request occurred. */
  occurredTo: Scalars['DateTime']['output'];
  /** The organization the usage belongs to. */
  organization: Organization;
  /** The organization the usage belongs to. */
  organizationId: Scalars['ID']['output'];
  /** Output tokens of the newly recorded requests. */
  outputTokens: Scalars['Long']['output'];
  /** The project the usage was recorded for. */
  project?: Maybe<Project>;
  /** The project the usage was recorded for, or null for usage without a project. */
  projectId?: Maybe<Scalars['ID']['output']>;
  /** When the batch was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Records of this project in the call, duplicates included. */
  records: Scalars['Int']['output'];
  /** Requests newly recorded (records minus skipped duplicates). */
  requests: Scalars['Int']['output'];
  /** Records skipped because their request id was already recorded. */
  skipped: Scalars['Int']['output'];
};

/** A page of usage batches, most recent first. */
export type LlmUsageBatchConnection = {
  __typename?: 'LlmUsageBatchConnection';
  /** The batches of this page. */
  edges: Array<LlmUsageBatchEdge>;
  /** Whether more batches follow. */
  pageInfo: PageInfo;
};

/** One batch in a page of batches. */
export type LlmUsageBatchEdge = {
  __typename?: 'LlmUsageBatchEdge';
  /** Cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The batch. */
  node: LlmUsageBatch;
};

/**
 * One LLM request to record. `requestId` makes recording idempotent: sending the same id again in
 * the same organization never counts it twice.
 */
export type LlmUsageInput = {
  /** Free-form attributes of the request (a JSON object of at most 2 KB once serialised). */
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  /** Input tokens read from the provider's prompt cache (default 0). */
  cacheReadTokens?: InputMaybe<Scalars['Int']['input']>;
  /** Input tokens written to the provider's prompt cache (default 0). */
  cacheWriteTokens?: InputMaybe<Scalars['Int']['input']>;
  /** The cost, when the client knows it; otherwise it is computed from the organization's model prices. */
  costUsd?: InputMaybe<Scalars['Usd']['input']>;
  /** Kind of failure (e.g. `rate_limit`), only with status ERROR. */
  errorType?: InputMaybe<Scalars['String']['input']>;
  /** Uncached input (prompt) tokens. */
  inputTokens: Scalars['Int']['input'];
  /** Time from sending the request to the last byte of the answer, in milliseconds. */
  latencyMs?: InputMaybe<Scalars['Int']['input']>;
  /** Model name as the provider reports it, e.g. `gpt-4-0613`. */
  model: Scalars['String']['input'];
  /** When the request was made; spend is attributed to the budget window this falls in. At most five minutes in the future. */
  occurredAt: Scalars['DateTime']['input'];
  /** Output (completion) tokens. */
  outputTokens: Scalars['Int']['input'];
  /** The project the request was made for. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Provider name, e.g. `openai` or `anthropic` (stored in lower case). */
  provider: Scalars['String']['input'];
  /** The client's unique id of the request (1 to 200 characters), e.g. the provider's response id. */
  requestId: Scalars['String']['input'];
  /** Whether the request succeeded. */
  status: LlmRequestStatus;
  /** The team charged for the request. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** Time to the first streamed token, in milliseconds. */
  timeToFirstTokenMs?: InputMaybe<Scalars['Int']['input']>;
  /** The user who made the request. */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** The project version the request was made for. */
  versionId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * One version of a model's price: from `effectiveFrom` on, requests to a model of `provider` whose
 * name matches `modelPattern` cost these amounts per million tokens. Versions never change once
 * created, and every recorded request keeps the version it was priced with.
 */
export type ModelPrice = {
  __typename?: 'ModelPrice';
  /** Price of one million input tokens read from the provider's prompt cache. */
  cacheReadUsdPerMillion: Scalars['Usd']['output'];
  /** Price of one million input tokens written to the provider's prompt cache. */
  cacheWriteUsdPerMillion: Scalars['Usd']['output'];
  /** When this version was created. */
  createdAt: Scalars['DateTime']['output'];
  /** From when this version applies (by the time a request occurred, not when it was recorded). */
  effectiveFrom: Scalars['DateTime']['output'];
  /** Stable identifier of this price version. */
  id: Scalars['ID']['output'];
  /** Price of one million uncached input tokens. */
  inputUsdPerMillion: Scalars['Usd']['output'];
  /** Whether this price belongs to Steward's default catalogue (shared by every organization). */
  isDefault: Scalars['Boolean']['output'];
  /** Regular expression matched case-insensitively against the model name, e.g. `^gpt-4(-0613)?$`. */
  modelPattern: Scalars['String']['output'];
  /** The organization that set this price, or null for Steward's default catalogue. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** Price of one million output tokens. */
  outputUsdPerMillion: Scalars['Usd']['output'];
  /** Provider name in lower case, e.g. `openai` or `anthropic`. */
  provider: Scalars['String']['output'];
};

/** A page of model prices: the organization's own first, then the default catalogue. */
export type ModelPriceConnection = {
  __typename?: 'ModelPriceConnection';
  /** The prices of this page. */
  edges: Array<ModelPriceEdge>;
  /** Whether more prices follow. */
  pageInfo: PageInfo;
};

/** One model price in a page of prices. */
export type ModelPriceEdge = {
  __typename?: 'ModelPriceEdge';
  /** Cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** The price version. */
  node: ModelPrice;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a budget; it counts spend from the start of the current window. Needs `budget:manage`. */
  createBudget: Budget;
  /** Deletes a budget and its alerts (NOT_FOUND when the caller cannot see such a budget); returns true. Needs `budget:manage`. */
  deleteBudget: Scalars['Boolean']['output'];
  /**
   * Records up to 1,000 LLM requests in one transaction. A malformed record rejects the whole call
   * (the error's `field` names it, e.g. `records.3.inputTokens`); already recorded request ids are
   * skipped, not errors. Needs `metrics:write`; an API key records only into its own organization.
   */
  recordLlmUsage: IngestResult;
  /** Adds a price version for the organization's models. Needs `budget:manage`. */
  setModelPrice: ModelPrice;
  /** Changes a budget; thresholds already crossed in the current window alert at once. Needs `budget:manage`. */
  updateBudget: Budget;
};


export type MutationCreateBudgetArgs = {
  input: CreateBudgetInput;
};


export type MutationDeleteBudgetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordLlmUsageArgs = {
  organizationId: Scalars['ID']['input'];
  records: Array<LlmUsageInput>;
};


export type MutationSetModelPriceArgs = {
  input: SetModelPriceInput;
};


export type MutationUpdateBudgetArgs = {
  id: Scalars['ID']['input'];
  input: UpdateBudgetInput;
};

/** A tenant (owned by the organizations subgraph). */
export type Organization = {
  __typename?: 'Organization';
  /** Stable identifier of the organization. */
  id: Scalars['ID']['output'];
};

/**
 * Where a page of a connection ends and whether more follows. Every connection of every subgraph
 * pages the same way: `first` from 1 to 100 (20 when omitted), `after` an opaque cursor from the same list.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the last edge of this page (null when the page is empty); pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A project (owned by the projects subgraph); metrics adds its LLM usage. */
export type Project = {
  __typename?: 'Project';
  /** Stable identifier of the project. */
  id: Scalars['ID']['output'];
  /** The organization that owns the project (resolved by the projects subgraph). */
  organization: Organization;
  /** LLM usage recorded for the project (all versions), over a range or all time. Null unless the caller holds `metrics:read` in the project's organization. */
  usage?: Maybe<UsageSummary>;
};


/** A project (owned by the projects subgraph); metrics adds its LLM usage. */
export type ProjectUsageArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A version of a project (owned by the projects subgraph); metrics adds its LLM usage, so versions can be compared by cost. */
export type ProjectVersion = {
  __typename?: 'ProjectVersion';
  /** Stable identifier of the version. */
  id: Scalars['ID']['output'];
  /**
   * The values the quality gate of the version's project evaluates live (`error_rate`, `p95_latency_ms`,
   * `cost_per_request`). Readable by anyone who may read the version (`project:read`): its gate shows each
   * of these values anyway. Null when the caller may not read the version's organization.
   */
  liveMeasurements?: Maybe<LiveMeasurements>;
  /** The project the version belongs to (resolved by the projects subgraph). */
  project: Project;
  /** LLM usage recorded for the version, over a range or all time. Null unless the caller holds `metrics:read` in the version's organization. */
  usage?: Maybe<UsageSummary>;
};


/** A version of a project (owned by the projects subgraph); metrics adds its LLM usage, so versions can be compared by cost. */
export type ProjectVersionUsageArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** A budget. Needs `metrics:read` in its organization. */
  budget?: Maybe<Budget>;
  /** A budget alert, e.g. the one a `budgetAlertRaised` event names. Needs `metrics:read` in its organization. */
  budgetAlert?: Maybe<BudgetAlert>;
  /** An organization's budget alerts, most recent first. Needs `metrics:read`. */
  budgetAlerts: BudgetAlertConnection;
  /** An organization's budgets, oldest first. Needs `metrics:read`. */
  budgets: BudgetConnection;
  /** Charges an organization's LLM cost over a range to its teams, projects or users. Needs `metrics:read`. */
  chargebackReport: ChargebackReport;
  /** Projects an organization's daily LLM cost over the next days. Needs `metrics:read`. */
  costForecast: CostForecast;
  /** The price version that applies to a model at an instant, or null when none matches (such usage costs nothing unless its cost is supplied). Needs `metrics:read`. */
  effectiveModelPrice?: Maybe<ModelPrice>;
  /** A usage batch, e.g. the one an `llmUsageRecorded` event names. Needs `metrics:read` in its organization. */
  llmUsageBatch?: Maybe<LlmUsageBatch>;
  /** An organization's usage batches, most recent first. Needs `metrics:read`. */
  llmUsageBatches: LlmUsageBatchConnection;
  /** The price versions an organization's usage is costed with: its own, then Steward's default catalogue. Needs `metrics:read`. */
  modelPrices: ModelPriceConnection;
  /**
   * An organization's LLM usage: requests, errors, tokens, cost and latency percentiles, as totals,
   * a series and per group. Needs `metrics:read`.
   */
  usage: UsageReport;
};


export type QueryBudgetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBudgetAlertArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBudgetAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryBudgetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryChargebackReportArgs = {
  by: ChargebackDimension;
  from: Scalars['DateTime']['input'];
  organizationId: Scalars['ID']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryCostForecastArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  horizonDays: Scalars['Int']['input'];
  organizationId: Scalars['ID']['input'];
  trailingDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEffectiveModelPriceArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  model: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  provider: Scalars['String']['input'];
};


export type QueryLlmUsageBatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLlmUsageBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryModelPricesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
  provider?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUsageArgs = {
  filter: UsageFilter;
  granularity?: InputMaybe<UsageGranularity>;
  groupBy?: InputMaybe<Array<UsageDimension>>;
  organizationId: Scalars['ID']['input'];
  top?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A new price version for an organization. It takes precedence over the default catalogue for
 * matching models from `effectiveFrom` on; requests already recorded keep the price they were costed with.
 */
export type SetModelPriceInput = {
  /** Price of one million cache-read tokens; defaults to the input price. */
  cacheReadUsdPerMillion?: InputMaybe<Scalars['Usd']['input']>;
  /** Price of one million cache-write tokens; defaults to the input price. */
  cacheWriteUsdPerMillion?: InputMaybe<Scalars['Usd']['input']>;
  /** From when the price applies; defaults to now. May be in the past or the future. */
  effectiveFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Price of one million uncached input tokens. */
  inputUsdPerMillion: Scalars['Usd']['input'];
  /** Regular expression (at most 200 characters) matched case-insensitively against model names; anchor it with `^…$`. */
  modelPattern: Scalars['String']['input'];
  /** The organization the price applies to. */
  organizationId: Scalars['ID']['input'];
  /** Price of one million output tokens. */
  outputUsdPerMillion: Scalars['Usd']['input'];
  /** Provider name, e.g. `openai`; compared case-insensitively. */
  provider: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Announces each budget alert raised in the organization. Needs `metrics:read`. */
  budgetAlertRaised: BudgetAlert;
  /** Announces a budget whenever its spend changes or it is edited. Needs `metrics:read` in its organization. */
  budgetUpdated: Budget;
  /** Announces each batch of usage recorded in the organization (one event per project per call). Needs `metrics:read`. */
  llmUsageRecorded: LlmUsageBatch;
};


export type SubscriptionBudgetAlertRaisedArgs = {
  organizationId: Scalars['ID']['input'];
};


export type SubscriptionBudgetUpdatedArgs = {
  budgetId: Scalars['ID']['input'];
};


export type SubscriptionLlmUsageRecordedArgs = {
  organizationId: Scalars['ID']['input'];
  projectId?: InputMaybe<Scalars['ID']['input']>;
};

/** A team of an organization (owned by the organizations subgraph). */
export type Team = {
  __typename?: 'Team';
  /** Stable identifier of the team. */
  id: Scalars['ID']['output'];
};

/** Changes to a budget; omitted fields stay as they are. Changing the period starts counting afresh in the current window. */
export type UpdateBudgetInput = {
  /** New alert thresholds. */
  alertThresholds?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** New limit; more than zero. */
  limitUsd?: InputMaybe<Scalars['Usd']['input']>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New period. */
  period?: InputMaybe<BudgetPeriod>;
};

/** The usage of one period of a series. */
export type UsageBucket = {
  __typename?: 'UsageBucket';
  /** End of the period, exclusive (clipped to the filter's `to`). */
  end: Scalars['DateTime']['output'];
  /** Start of the period (clipped to the filter's `from`). */
  start: Scalars['DateTime']['output'];
  /** The usage in the period. */
  stats: UsageStats;
};

/** A dimension usage can be grouped by. */
export type UsageDimension =
  /** By model. */
  | 'MODEL'
  /** By project. */
  | 'PROJECT'
  /** By provider. */
  | 'PROVIDER'
  /** By team. */
  | 'TEAM'
  /** By user; needs `top`. */
  | 'USER'
  /** By project version. */
  | 'VERSION';

/** Which usage to count: a time range and optional equality filters. */
export type UsageFilter = {
  /** Start of the range (inclusive). */
  from: Scalars['DateTime']['input'];
  /** Only usage of this exact model name. */
  model?: InputMaybe<Scalars['String']['input']>;
  /** Only usage of this project. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Only usage of this provider. */
  provider?: InputMaybe<Scalars['String']['input']>;
  /** Only usage charged to this team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** End of the range (exclusive). */
  to: Scalars['DateTime']['input'];
  /** Only usage of this user. */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** Only usage of this project version. */
  versionId?: InputMaybe<Scalars['ID']['input']>;
};

/** Width of the periods of a usage series (UTC; weeks start on Monday). */
export type UsageGranularity =
  /** One bucket per day. */
  | 'DAY'
  /** One bucket per hour. */
  | 'HOUR'
  /** One bucket per calendar month. */
  | 'MONTH'
  /** One bucket per ISO week. */
  | 'WEEK';

/** The dimension values one group of usage shares; dimensions not grouped by are null. */
export type UsageGroup = {
  __typename?: 'UsageGroup';
  /** The model, when grouped by MODEL. */
  model?: Maybe<Scalars['String']['output']>;
  /** The project, when grouped by PROJECT. */
  project?: Maybe<Project>;
  /** The project, when grouped by PROJECT (null for usage without a project). */
  projectId?: Maybe<Scalars['ID']['output']>;
  /** The provider, when grouped by PROVIDER. */
  provider?: Maybe<Scalars['String']['output']>;
  /** The team, when grouped by TEAM. */
  team?: Maybe<Team>;
  /** The team, when grouped by TEAM. */
  teamId?: Maybe<Scalars['ID']['output']>;
  /** The user, when grouped by USER. */
  user?: Maybe<User>;
  /** The user, when grouped by USER. */
  userId?: Maybe<Scalars['ID']['output']>;
  /** The project version, when grouped by VERSION. */
  versionId?: Maybe<Scalars['ID']['output']>;
};

/** The usage of one group: its totals over the range and its series. */
export type UsageGroupSeries = {
  __typename?: 'UsageGroupSeries';
  /** The group's usage per period, every period of the range included. */
  buckets: Array<UsageBucket>;
  /** The group's dimension values. */
  group: UsageGroup;
  /** The group's usage over the whole range. */
  totals: UsageStats;
};

/** Usage over a time range: totals, a series, and the largest groups by cost. */
export type UsageReport = {
  __typename?: 'UsageReport';
  /** All matching usage per period, every period of the range included. */
  buckets: Array<UsageBucket>;
  /** Start of the range. */
  from: Scalars['DateTime']['output'];
  /** Width of the periods. */
  granularity: UsageGranularity;
  /** The dimensions grouped by. */
  groupBy: Array<UsageDimension>;
  /** How many groups exist in the range, before `top` is applied. */
  groupCount: Scalars['Int']['output'];
  /** The `top` groups by cost (then requests), largest first; empty without `groupBy`. */
  groups: Array<UsageGroupSeries>;
  /** Bound on the relative error of latency percentiles (0 for RAW; √1.05 − 1 ≈ 0.0247 for rollups, relative to the nearest-rank percentile). */
  latencyRelativeError: Scalars['Float']['output'];
  /** What the answer was computed from: rollups when the range is aligned to days or hours and no user filter or grouping is asked for, raw rows otherwise. */
  source: UsageSource;
  /** End of the range (exclusive). */
  to: Scalars['DateTime']['output'];
  /** All matching usage over the whole range. */
  totals: UsageStats;
};

/** Where a usage answer was computed from. */
export type UsageSource =
  /** The daily rollup; latency percentiles come from merged histograms. */
  | 'DAILY_ROLLUP'
  /** The hourly rollup; latency percentiles come from merged histograms. */
  | 'HOURLY_ROLLUP'
  /** Raw request rows; latency percentiles are exact nearest-rank values (`percentile_disc`), which the rollups estimate. */
  | 'RAW';

/** Aggregates of a set of LLM requests. */
export type UsageStats = {
  __typename?: 'UsageStats';
  /** Cache-read tokens. */
  cacheReadTokens: Scalars['Long']['output'];
  /** Cache-write tokens. */
  cacheWriteTokens: Scalars['Long']['output'];
  /** Cost divided by requests, rounded to the micro-dollar; null when there were no requests. */
  costPerRequestUsd?: Maybe<Scalars['Usd']['output']>;
  /** Total cost (the exact sum of the requests' costs). */
  costUsd: Scalars['Usd']['output'];
  /** errors / requests; 0 when there were no requests. */
  errorRate: Scalars['Float']['output'];
  /** Requests that failed. */
  errors: Scalars['Long']['output'];
  /** Uncached input tokens. */
  inputTokens: Scalars['Long']['output'];
  /** Median latency in milliseconds over requests that reported one; null when none did. */
  latencyP50Ms?: Maybe<Scalars['Float']['output']>;
  /** 95th-percentile latency in milliseconds; null when no request reported one. */
  latencyP95Ms?: Maybe<Scalars['Float']['output']>;
  /** 99th-percentile latency in milliseconds; null when no request reported one. */
  latencyP99Ms?: Maybe<Scalars['Float']['output']>;
  /** Output tokens. */
  outputTokens: Scalars['Long']['output'];
  /** Requests recorded. */
  requests: Scalars['Long']['output'];
};

/** LLM usage figures of a project or project version over a range. */
export type UsageSummary = {
  __typename?: 'UsageSummary';
  /** Cost divided by requests, rounded to the micro-dollar; null when there were no requests. */
  costPerRequestUsd?: Maybe<Scalars['Usd']['output']>;
  /** Total cost. */
  costUsd: Scalars['Usd']['output'];
  /** errors / requests; 0 when there were no requests. */
  errorRate: Scalars['Float']['output'];
  /** Requests that failed. */
  errors: Scalars['Long']['output'];
  /** Start of the range; null for all recorded usage. */
  from?: Maybe<Scalars['DateTime']['output']>;
  /** Uncached input tokens. */
  inputTokens: Scalars['Long']['output'];
  /** Median latency in milliseconds; null when no request reported one. */
  latencyP50Ms?: Maybe<Scalars['Float']['output']>;
  /** 95th-percentile latency in milliseconds; null when no request reported one. */
  latencyP95Ms?: Maybe<Scalars['Float']['output']>;
  /** Output tokens. */
  outputTokens: Scalars['Long']['output'];
  /** Requests recorded. */
  requests: Scalars['Long']['output'];
  /** End of the range (exclusive); null for all recorded usage. */
  to?: Maybe<Scalars['DateTime']['output']>;
};

/** A person with a Steward account (owned by the identity subgraph). */
export type User = {
  __typename?: 'User';
  /** Stable identifier of the user. */
  id: Scalars['ID']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Budget: Budget;
  BudgetAlert: BudgetAlert;
  LlmUsageBatch: LlmUsageBatch;
  Project: Project;
  ProjectVersion: ProjectVersion;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Budget:
    ( { __typename: 'Budget' }
    & GraphQLRecursivePick<FederationTypes['Budget'], {"id":true}> );
  BudgetAlert:
    ( { __typename: 'BudgetAlert' }
    & GraphQLRecursivePick<FederationTypes['BudgetAlert'], {"id":true}> );
  LlmUsageBatch:
    ( { __typename: 'LlmUsageBatch' }
    & GraphQLRecursivePick<FederationTypes['LlmUsageBatch'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Project'], {"organization":{"id":true}}> ) );
  ProjectVersion:
    ( { __typename: 'ProjectVersion' }
    & GraphQLRecursivePick<FederationTypes['ProjectVersion'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['ProjectVersion'], {"project":{"organization":{"id":true}}}>
        | GraphQLRecursivePick<FederationTypes['ProjectVersion'], {"project":{"organization":{"id":true}}}>
        | GraphQLRecursivePick<FederationTypes['ProjectVersion'], {"project":{"organization":{"id":true}}}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Budget: ResolverTypeWrapper<BudgetMapped>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BudgetAlert: ResolverTypeWrapper<BudgetAlertMapped>;
  BudgetAlertConnection: ResolverTypeWrapper<Omit<BudgetAlertConnection, 'edges'> & { edges: Array<ResolversTypes['BudgetAlertEdge']> }>;
  BudgetAlertEdge: ResolverTypeWrapper<Omit<BudgetAlertEdge, 'node'> & { node: ResolversTypes['BudgetAlert'] }>;
  BudgetConnection: ResolverTypeWrapper<Omit<BudgetConnection, 'edges'> & { edges: Array<ResolversTypes['BudgetEdge']> }>;
  BudgetEdge: ResolverTypeWrapper<Omit<BudgetEdge, 'node'> & { node: ResolversTypes['Budget'] }>;
  BudgetForecast: ResolverTypeWrapper<BudgetForecast>;
  BudgetPeriod: BudgetPeriod;
  BudgetScope: BudgetScope;
  BudgetWindow: ResolverTypeWrapper<BudgetWindow>;
  ChargebackDimension: ChargebackDimension;
  ChargebackLine: ResolverTypeWrapper<ChargebackLineMapped>;
  ChargebackLineConnection: ResolverTypeWrapper<Omit<ChargebackLineConnection, 'edges'> & { edges: Array<ResolversTypes['ChargebackLineEdge']> }>;
  ChargebackLineEdge: ResolverTypeWrapper<Omit<ChargebackLineEdge, 'node'> & { node: ResolversTypes['ChargebackLine'] }>;
  ChargebackReport: ResolverTypeWrapper<ChargebackReportMapped>;
  CostForecast: ResolverTypeWrapper<CostForecastMapped>;
  CreateBudgetInput: CreateBudgetInput;
  DailyCost: ResolverTypeWrapper<DailyCost>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  IngestResult: ResolverTypeWrapper<IngestResultMapped>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LiveMeasurements: ResolverTypeWrapper<LiveMeasurements>;
  LlmRequestStatus: LlmRequestStatus;
  LlmUsageBatch: ResolverTypeWrapper<LlmUsageBatchMapped>;
  LlmUsageBatchConnection: ResolverTypeWrapper<Omit<LlmUsageBatchConnection, 'edges'> & { edges: Array<ResolversTypes['LlmUsageBatchEdge']> }>;
  LlmUsageBatchEdge: ResolverTypeWrapper<Omit<LlmUsageBatchEdge, 'node'> & { node: ResolversTypes['LlmUsageBatch'] }>;
  LlmUsageInput: LlmUsageInput;
  Long: ResolverTypeWrapper<Scalars['Long']['output']>;
  ModelPrice: ResolverTypeWrapper<ModelPriceMapped>;
  ModelPriceConnection: ResolverTypeWrapper<Omit<ModelPriceConnection, 'edges'> & { edges: Array<ResolversTypes['ModelPriceEdge']> }>;
  ModelPriceEdge: ResolverTypeWrapper<Omit<ModelPriceEdge, 'node'> & { node: ResolversTypes['ModelPrice'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<Organization>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Project: ResolverTypeWrapper<ProjectReferenceMapped>;
  ProjectVersion: ResolverTypeWrapper<ProjectVersionReferenceMapped>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SetModelPriceInput: SetModelPriceInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Team: ResolverTypeWrapper<Team>;
  UpdateBudgetInput: UpdateBudgetInput;
  UsageBucket: ResolverTypeWrapper<Omit<UsageBucket, 'stats'> & { stats: ResolversTypes['UsageStats'] }>;
  UsageDimension: UsageDimension;
  UsageFilter: UsageFilter;
  UsageGranularity: UsageGranularity;
  UsageGroup: ResolverTypeWrapper<UsageGroupValuesMapped>;
  UsageGroupSeries: ResolverTypeWrapper<Omit<UsageGroupSeries, 'buckets' | 'group' | 'totals'> & { buckets: Array<ResolversTypes['UsageBucket']>, group: ResolversTypes['UsageGroup'], totals: ResolversTypes['UsageStats'] }>;
  UsageReport: ResolverTypeWrapper<UsageReportMapped>;
  UsageSource: UsageSource;
  UsageStats: ResolverTypeWrapper<UsageStatsMapped>;
  UsageSummary: ResolverTypeWrapper<UsageSummaryMapped>;
  Usd: ResolverTypeWrapper<Scalars['Usd']['output']>;
  User: ResolverTypeWrapper<User>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Budget: BudgetMapped;
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  BudgetAlert: BudgetAlertMapped;
  BudgetAlertConnection: Omit<BudgetAlertConnection, 'edges'> & { edges: Array<ResolversParentTypes['BudgetAlertEdge']> };
  BudgetAlertEdge: Omit<BudgetAlertEdge, 'node'> & { node: ResolversParentTypes['BudgetAlert'] };
  BudgetConnection: Omit<BudgetConnection, 'edges'> & { edges: Array<ResolversParentTypes['BudgetEdge']> };
  BudgetEdge: Omit<BudgetEdge, 'node'> & { node: ResolversParentTypes['Budget'] };
  BudgetForecast: BudgetForecast;
  BudgetWindow: BudgetWindow;
  ChargebackLine: ChargebackLineMapped;
  ChargebackLineConnection: Omit<ChargebackLineConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChargebackLineEdge']> };
  ChargebackLineEdge: Omit<ChargebackLineEdge, 'node'> & { node: ResolversParentTypes['ChargebackLine'] };
  ChargebackReport: ChargebackReportMapped;
  CostForecast: CostForecastMapped;
  CreateBudgetInput: CreateBudgetInput;
  DailyCost: DailyCost;
  DateTime: Scalars['DateTime']['output'];
  IngestResult: IngestResultMapped;
  JSON: Scalars['JSON']['output'];
  LiveMeasurements: LiveMeasurements;
  LlmUsageBatch: LlmUsageBatchMapped;
  LlmUsageBatchConnection: Omit<LlmUsageBatchConnection, 'edges'> & { edges: Array<ResolversParentTypes['LlmUsageBatchEdge']> };
  LlmUsageBatchEdge: Omit<LlmUsageBatchEdge, 'node'> & { node: ResolversParentTypes['LlmUsageBatch'] };
  LlmUsageInput: LlmUsageInput;
  Long: Scalars['Long']['output'];
  ModelPrice: ModelPriceMapped;
  ModelPriceConnection: Omit<ModelPriceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ModelPriceEdge']> };
  ModelPriceEdge: Omit<ModelPriceEdge, 'node'> & { node: ResolversParentTypes['ModelPrice'] };
  Mutation: Record<PropertyKey, never>;
  Organization: Organization;
  PageInfo: PageInfo;
  Project: ProjectReferenceMapped;
  ProjectVersion: ProjectVersionReferenceMapped;
  Query: Record<PropertyKey, never>;
  SetModelPriceInput: SetModelPriceInput;
  Subscription: Record<PropertyKey, never>;
  Team: Team;
  UpdateBudgetInput: UpdateBudgetInput;
  UsageBucket: Omit<UsageBucket, 'stats'> & { stats: ResolversParentTypes['UsageStats'] };
  UsageFilter: UsageFilter;
  UsageGroup: UsageGroupValuesMapped;
  UsageGroupSeries: Omit<UsageGroupSeries, 'buckets' | 'group' | 'totals'> & { buckets: Array<ResolversParentTypes['UsageBucket']>, group: ResolversParentTypes['UsageGroup'], totals: ResolversParentTypes['UsageStats'] };
  UsageReport: UsageReportMapped;
  UsageStats: UsageStatsMapped;
  UsageSummary: UsageSummaryMapped;
  Usd: Scalars['Usd']['output'];
  User: User;
}>;

export type ViewerDependentDirectiveArgs = { };

export type ViewerDependentDirectiveResolver<Result, Parent, ContextType = MetricsContext, Args = ViewerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type BudgetResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['Budget'] = ResolversParentTypes['Budget'], FederationReferenceType extends FederationReferenceTypes['Budget'] = FederationReferenceTypes['Budget']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Budget']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alertThresholds?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  alerts?: Resolver<ResolversTypes['BudgetAlertConnection'], ParentType, ContextType, Partial<BudgetAlertsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  forecast?: Resolver<ResolversTypes['BudgetForecast'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  limitUsd?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['BudgetPeriod'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['BudgetScope'], ParentType, ContextType>;
  scopeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  spentUsd?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  trackedFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  utilization?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['BudgetWindow'], ParentType, ContextType>;
}>;

export type BudgetAlertResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['BudgetAlert'] = ResolversParentTypes['BudgetAlert'], FederationReferenceType extends FederationReferenceTypes['BudgetAlert'] = FederationReferenceTypes['BudgetAlert']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BudgetAlert']> | FederationReferenceType, FederationReferenceType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['Budget']>, ParentType, ContextType>;
  budgetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  limitUsd?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  spentUsd?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['BudgetWindow'], ParentType, ContextType>;
}>;

export type BudgetAlertConnectionResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['BudgetAlertConnection'] = ResolversParentTypes['BudgetAlertConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BudgetAlertEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type BudgetAlertEdgeResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['BudgetAlertEdge'] = ResolversParentTypes['BudgetAlertEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BudgetAlert'], ParentType, ContextType>;
}>;

export type BudgetConnectionResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['BudgetConnection'] = ResolversParentTypes['BudgetConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BudgetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type BudgetEdgeResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['BudgetEdge'] = ResolversParentTypes['BudgetEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Budget'], ParentType, ContextType>;
}>;

export type BudgetForecastResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['BudgetForecast'] = ResolversParentTypes['BudgetForecast']> = ResolversObject<{
  burnRatePerDayUsd?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  exhaustsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  projectedSpendUsd?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
}>;

export type BudgetWindowResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['BudgetWindow'] = ResolversParentTypes['BudgetWindow']> = ResolversObject<{
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ChargebackLineResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['ChargebackLine'] = ResolversParentTypes['ChargebackLine']> = ResolversObject<{
  attributedToId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  cacheReadTokens?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  cacheWriteTokens?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  costUsd?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  inputTokens?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  outputTokens?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type ChargebackLineConnectionResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['ChargebackLineConnection'] = ResolversParentTypes['ChargebackLineConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ChargebackLineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ChargebackLineEdgeResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['ChargebackLineEdge'] = ResolversParentTypes['ChargebackLineEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChargebackLine'], ParentType, ContextType>;
}>;

export type ChargebackReportResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['ChargebackReport'] = ResolversParentTypes['ChargebackReport']> = ResolversObject<{
  by?: Resolver<ResolversTypes['ChargebackDimension'], ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['ChargebackLineConnection'], ParentType, ContextType, Partial<ChargebackReportLinesArgs>>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totalCostUsd?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  totalRequests?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
}>;

export type CostForecastResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['CostForecast'] = ResolversParentTypes['CostForecast']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  interceptUsd?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectedTotalUsd?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  projection?: Resolver<Array<ResolversTypes['DailyCost']>, ParentType, ContextType>;
  rSquared?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  slopeUsdPerDay?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  trainingDays?: Resolver<Array<ResolversTypes['DailyCost']>, ParentType, ContextType>;
  trainingFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  trainingTo?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type DailyCostResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['DailyCost'] = ResolversParentTypes['DailyCost']> = ResolversObject<{
  costUsd?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type IngestResultResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alertsRaised?: Resolver<Array<ResolversTypes['BudgetAlert']>, ParentType, ContextType>;
  batches?: Resolver<Array<ResolversTypes['LlmUsageBatch']>, ParentType, ContextType>;
  costUsd?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skippedRequestIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unpricedModels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LiveMeasurementsResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['LiveMeasurements'] = ResolversParentTypes['LiveMeasurements']> = ResolversObject<{
  costPerRequestUsd?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  errorRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p95LatencyMs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
}>;

export type LlmUsageBatchResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['LlmUsageBatch'] = ResolversParentTypes['LlmUsageBatch'], FederationReferenceType extends FederationReferenceTypes['LlmUsageBatch'] = FederationReferenceTypes['LlmUsageBatch']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LlmUsageBatch']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cacheReadTokens?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  cacheWriteTokens?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  costUsd?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputTokens?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  occurredFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  occurredTo?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outputTokens?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  projectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LlmUsageBatchConnectionResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['LlmUsageBatchConnection'] = ResolversParentTypes['LlmUsageBatchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LlmUsageBatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type LlmUsageBatchEdgeResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['LlmUsageBatchEdge'] = ResolversParentTypes['LlmUsageBatchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LlmUsageBatch'], ParentType, ContextType>;
}>;

export interface LongScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Long'], any> {
  name: 'Long';
}

export type ModelPriceResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['ModelPrice'] = ResolversParentTypes['ModelPrice']> = ResolversObject<{
  cacheReadUsdPerMillion?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  cacheWriteUsdPerMillion?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputUsdPerMillion?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  modelPattern?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outputUsdPerMillion?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ModelPriceConnectionResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['ModelPriceConnection'] = ResolversParentTypes['ModelPriceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ModelPriceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ModelPriceEdgeResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['ModelPriceEdge'] = ResolversParentTypes['ModelPriceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ModelPrice'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createBudget?: Resolver<ResolversTypes['Budget'], ParentType, ContextType, RequireFields<MutationCreateBudgetArgs, 'input'>>;
  deleteBudget?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteBudgetArgs, 'id'>>;
  recordLlmUsage?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationRecordLlmUsageArgs, 'organizationId' | 'records'>>;
  setModelPrice?: Resolver<ResolversTypes['ModelPrice'], ParentType, ContextType, RequireFields<MutationSetModelPriceArgs, 'input'>>;
  updateBudget?: Resolver<ResolversTypes['Budget'], ParentType, ContextType, RequireFields<MutationUpdateBudgetArgs, 'id' | 'input'>>;
}>;

export type OrganizationResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  usage?: Resolver<Maybe<ResolversTypes['UsageSummary']>, ParentType, ContextType, Partial<ProjectUsageArgs>>;
}>;

export type ProjectVersionResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['ProjectVersion'] = ResolversParentTypes['ProjectVersion'], FederationReferenceType extends FederationReferenceTypes['ProjectVersion'] = FederationReferenceTypes['ProjectVersion']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProjectVersion']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  liveMeasurements?: Resolver<Maybe<ResolversTypes['LiveMeasurements']>, ParentType, ContextType>;
  usage?: Resolver<Maybe<ResolversTypes['UsageSummary']>, ParentType, ContextType, Partial<ProjectVersionUsageArgs>>;
}>;

export type QueryResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  budget?: Resolver<Maybe<ResolversTypes['Budget']>, ParentType, ContextType, RequireFields<QueryBudgetArgs, 'id'>>;
  budgetAlert?: Resolver<Maybe<ResolversTypes['BudgetAlert']>, ParentType, ContextType, RequireFields<QueryBudgetAlertArgs, 'id'>>;
  budgetAlerts?: Resolver<ResolversTypes['BudgetAlertConnection'], ParentType, ContextType, RequireFields<QueryBudgetAlertsArgs, 'organizationId'>>;
  budgets?: Resolver<ResolversTypes['BudgetConnection'], ParentType, ContextType, RequireFields<QueryBudgetsArgs, 'organizationId'>>;
  chargebackReport?: Resolver<ResolversTypes['ChargebackReport'], ParentType, ContextType, RequireFields<QueryChargebackReportArgs, 'by' | 'from' | 'organizationId' | 'to'>>;
  costForecast?: Resolver<ResolversTypes['CostForecast'], ParentType, ContextType, RequireFields<QueryCostForecastArgs, 'horizonDays' | 'organizationId' | 'trailingDays'>>;
  effectiveModelPrice?: Resolver<Maybe<ResolversTypes['ModelPrice']>, ParentType, ContextType, RequireFields<QueryEffectiveModelPriceArgs, 'model' | 'organizationId' | 'provider'>>;
  llmUsageBatch?: Resolver<Maybe<ResolversTypes['LlmUsageBatch']>, ParentType, ContextType, RequireFields<QueryLlmUsageBatchArgs, 'id'>>;
  llmUsageBatches?: Resolver<ResolversTypes['LlmUsageBatchConnection'], ParentType, ContextType, RequireFields<QueryLlmUsageBatchesArgs, 'organizationId'>>;
  modelPrices?: Resolver<ResolversTypes['ModelPriceConnection'], ParentType, ContextType, RequireFields<QueryModelPricesArgs, 'organizationId'>>;
  usage?: Resolver<ResolversTypes['UsageReport'], ParentType, ContextType, RequireFields<QueryUsageArgs, 'filter' | 'granularity' | 'organizationId'>>;
}>;

export type SubscriptionResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  budgetAlertRaised?: SubscriptionResolver<ResolversTypes['BudgetAlert'], "budgetAlertRaised", ParentType, ContextType, RequireFields<SubscriptionBudgetAlertRaisedArgs, 'organizationId'>>;
  budgetUpdated?: SubscriptionResolver<ResolversTypes['Budget'], "budgetUpdated", ParentType, ContextType, RequireFields<SubscriptionBudgetUpdatedArgs, 'budgetId'>>;
  llmUsageRecorded?: SubscriptionResolver<ResolversTypes['LlmUsageBatch'], "llmUsageRecorded", ParentType, ContextType, RequireFields<SubscriptionLlmUsageRecordedArgs, 'organizationId'>>;
}>;

export type TeamResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UsageBucketResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['UsageBucket'] = ResolversParentTypes['UsageBucket']> = ResolversObject<{
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['UsageStats'], ParentType, ContextType>;
}>;

export type UsageGroupResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['UsageGroup'] = ResolversParentTypes['UsageGroup']> = ResolversObject<{
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  projectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  teamId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  versionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type UsageGroupSeriesResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['UsageGroupSeries'] = ResolversParentTypes['UsageGroupSeries']> = ResolversObject<{
  buckets?: Resolver<Array<ResolversTypes['UsageBucket']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['UsageGroup'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['UsageStats'], ParentType, ContextType>;
}>;

export type UsageReportResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['UsageReport'] = ResolversParentTypes['UsageReport']> = ResolversObject<{
  buckets?: Resolver<Array<ResolversTypes['UsageBucket']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['UsageGranularity'], ParentType, ContextType>;
  groupBy?: Resolver<Array<ResolversTypes['UsageDimension']>, ParentType, ContextType>;
  groupCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['UsageGroupSeries']>, ParentType, ContextType>;
  latencyRelativeError?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['UsageSource'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['UsageStats'], ParentType, ContextType>;
}>;

export type UsageStatsResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['UsageStats'] = ResolversParentTypes['UsageStats']> = ResolversObject<{
  cacheReadTokens?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  cacheWriteTokens?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  costPerRequestUsd?: Resolver<Maybe<ResolversTypes['Usd']>, ParentType, ContextType>;
  costUsd?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  errorRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  inputTokens?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  latencyP50Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  latencyP95Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  latencyP99Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outputTokens?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
}>;

export type UsageSummaryResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['UsageSummary'] = ResolversParentTypes['UsageSummary']> = ResolversObject<{
  costPerRequestUsd?: Resolver<Maybe<ResolversTypes['Usd']>, ParentType, ContextType>;
  costUsd?: Resolver<ResolversTypes['Usd'], ParentType, ContextType>;
  errorRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  inputTokens?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  latencyP50Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  latencyP95Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outputTokens?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export interface UsdScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Usd'], any> {
  name: 'Usd';
}

export type UserResolvers<ContextType = MetricsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MetricsContext> = ResolversObject<{
  Budget?: BudgetResolvers<ContextType>;
  BudgetAlert?: BudgetAlertResolvers<ContextType>;
  BudgetAlertConnection?: BudgetAlertConnectionResolvers<ContextType>;
  BudgetAlertEdge?: BudgetAlertEdgeResolvers<ContextType>;
  BudgetConnection?: BudgetConnectionResolvers<ContextType>;
  BudgetEdge?: BudgetEdgeResolvers<ContextType>;
  BudgetForecast?: BudgetForecastResolvers<ContextType>;
  BudgetWindow?: BudgetWindowResolvers<ContextType>;
  ChargebackLine?: ChargebackLineResolvers<ContextType>;
  ChargebackLineConnection?: ChargebackLineConnectionResolvers<ContextType>;
  ChargebackLineEdge?: ChargebackLineEdgeResolvers<ContextType>;
  ChargebackReport?: ChargebackReportResolvers<ContextType>;
  CostForecast?: CostForecastResolvers<ContextType>;
  DailyCost?: DailyCostResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  IngestResult?: IngestResultResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LiveMeasurements?: LiveMeasurementsResolvers<ContextType>;
  LlmUsageBatch?: LlmUsageBatchResolvers<ContextType>;
  LlmUsageBatchConnection?: LlmUsageBatchConnectionResolvers<ContextType>;
  LlmUsageBatchEdge?: LlmUsageBatchEdgeResolvers<ContextType>;
  Long?: GraphQLScalarType;
  ModelPrice?: ModelPriceResolvers<ContextType>;
  ModelPriceConnection?: ModelPriceConnectionResolvers<ContextType>;
  ModelPriceEdge?: ModelPriceEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectVersion?: ProjectVersionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  UsageBucket?: UsageBucketResolvers<ContextType>;
  UsageGroup?: UsageGroupResolvers<ContextType>;
  UsageGroupSeries?: UsageGroupSeriesResolvers<ContextType>;
  UsageReport?: UsageReportResolvers<ContextType>;
  UsageStats?: UsageStatsResolvers<ContextType>;
  UsageSummary?: UsageSummaryResolvers<ContextType>;
  Usd?: GraphQLScalarType;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = MetricsContext> = ResolversObject<{
  viewerDependent?: ViewerDependentDirectiveResolver<any, any, ContextType>;
}>;
